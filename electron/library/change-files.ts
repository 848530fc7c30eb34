import path from 'node:path';
import { removeFile, replaceFile, syncFolder, writeSynced } from './durable-file.ts';

/**
 * The files one change writes before the journal line that makes it count:
 * each written whole and synced, then their folders synced together before
 * that line is written, and removed again if the change does not land.
 */
export class ChangeFiles {
  #tempDir: string;
  #written: string[] = [];
  #folders = new Set<string>();

  constructor(tempDir: string) {
    this.#tempDir = tempDir;
  }

  /** A file under the name it is read by, put there in one step (see `replaceFile`). */
  async put(file: string, data: string | Uint8Array): Promise<void> {
    await replaceFile(file, data, this.#tempDir);
    this.#wrote(file);
  }

  /** A file nothing reads until the journal names it: written under its own name. */
  async write(file: string, data: string | Uint8Array): Promise<void> {
    await writeSynced(file, data);
    this.#wrote(file);
  }

  /** Makes every name written durable; done before the journal line that refers to them. */
  async sync(): Promise<void> {
    for (const folder of this.#folders) await syncFolder(folder);
  }

  /** Removes what was written, for a change that did not land; a file that will not go stays, unreferenced. */
  async discard(): Promise<void> {
    for (const file of this.#written.splice(0)) await removeFile(file).catch(() => undefined);
  }

  #wrote(file: string): void {
    this.#written.push(file);
    this.#folders.add(path.dirname(file));
  }
}
