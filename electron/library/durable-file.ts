import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { Adapter } from 'lowdb';

/**
 * Makes a folder's entries (files created, renamed into it or removed) survive
 * a power cut. Windows cannot open a folder to sync it; NTFS journals its
 * entries itself.
 */
export async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes `data` to `file` and waits until it is on the disk. */
export async function writeSynced(
  file: string,
  data: string | Uint8Array,
  flag: 'w' | 'wx' = 'w',
): Promise<void> {
  const handle = await open(file, flag);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Puts `data` at `file` in one step: written whole and synced under a
 * temporary name in `tempDir` (on the same disk), then renamed over `file`.
 * Killed at any moment, `file` holds the old content or the new, never part
 * of it. The rename itself is durable once `file`'s folder is synced
 * (`syncFolder`), which a caller writing many files does once for them all.
 */
export async function replaceFile(
  file: string,
  data: string | Uint8Array,
  tempDir: string,
): Promise<void> {
  const temp = path.join(tempDir, `${randomBytes(8).toString('hex')}.tmp`);
  try {
    await writeSynced(temp, data, 'wx');
    await rename(temp, file);
  } catch (error) {
    await removeFile(temp).catch(() => undefined);
    throw error;
  }
}

/**
 * Copies a file whole, as `replaceFile` puts one (a synced temporary, then a
 * rename), and makes the copy durable, folder included. The system copies
 * it: the file is never held in memory (an index of 100,000 clips is 90 MB).
 */
export async function copyDurably(from: string, to: string, tempDir: string): Promise<void> {
  const temp = path.join(tempDir, `${randomBytes(8).toString('hex')}.tmp`);
  try {
    await copyFile(from, temp, constants.COPYFILE_EXCL);
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, to);
  } catch (error) {
    await removeFile(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(path.dirname(to));
}

/** Removes a file; one already gone is fine. */
export async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

/**
 * A lowdb adapter for a JSON file that is replaced whole and synced, file
 * and folder, before `write` resolves. A missing file reads as null.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly file: string;
  #tempDir: string;

  constructor(file: string, tempDir: string) {
    this.file = file;
    this.#tempDir = tempDir;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await this.replace(data);
    await this.sync();
  }

  /** Puts the new content in place (see `replaceFile`); it is durable once `sync` resolves. */
  async replace(data: T): Promise<void> {
    await replaceFile(this.file, JSON.stringify(data), this.#tempDir);
  }

  async sync(): Promise<void> {
    await syncFolder(path.dirname(this.file));
  }
}
