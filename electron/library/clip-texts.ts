import { readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import { clipBodyFile, clipsFolder } from './body-file.ts';
import { removeFile, syncFolder } from './durable-file.ts';
import { stagingDir } from './layout.ts';

/** A staged text's name: the clip's id, then the revision whose journal line makes it the clip's text. */
const STAGED = /^([A-Za-z0-9_-]+)\.(\d+)\.json$/;

/**
 * Where each clip's text is on disk. A clip's text is `clips/ID.json`. A new
 * text for a clip the library already holds is first written beside it, as
 * `staging/ID.REVISION.json`; the journal line that gives the clip that
 * revision switches to it, and only then is it renamed over `clips/ID.json`.
 * So an acknowledged text is never overwritten before its successor is
 * acknowledged: killed in between, the next start finishes the rename (the
 * record has that revision) or removes the staged file (it does not).
 */
export class ClipTexts {
  readonly libraryDir: string;
  readonly stagingDir: string;
  /** Texts whose journal line may be written, not yet renamed into place: id → revision. */
  #staged = new Map<string, number>();

  constructor(libraryDir: string) {
    this.libraryDir = libraryDir;
    this.stagingDir = stagingDir(libraryDir);
  }

  /** The file that holds the text of a clip at `revision`: its staged text while that is not in place yet. */
  fileOf(id: string, revision: number): string {
    return this.#staged.get(id) === revision ? this.stagedFile(id, revision) : this.placedFile(id);
  }

  placedFile(id: string): string {
    return clipBodyFile(this.libraryDir, id);
  }

  stagedFile(id: string, revision: number): string {
    return path.join(this.stagingDir, `${id}.${revision}.json`);
  }

  /** Notes a text staged for a clip, so that it is read once the journal gives the clip its revision. */
  staged(id: string, revision: number): void {
    this.#staged.set(id, revision);
  }

  /** Forgets the staged texts of a change that did not land. */
  dropped(ids: Iterable<string>): void {
    for (const id of ids) this.#staged.delete(id);
  }

  /** Puts acknowledged staged texts in place, and makes that durable. */
  async place(ids: Iterable<string>): Promise<void> {
    let moved = false;
    for (const id of ids) {
      const revision = this.#staged.get(id);
      if (revision === undefined) continue;
      await rename(this.stagedFile(id, revision), this.placedFile(id));
      this.#staged.delete(id);
      moved = true;
    }
    if (moved) await syncFolder(clipsFolder(this.libraryDir));
  }

  /**
   * At open, before anything is written: staged texts whose revision the
   * library's record has are put in place (a crash came between the journal
   * line and the rename); any other (a change that never landed) and
   * temporary files left by a crash are removed.
   */
  async tidy(revisionOf: (id: string) => number | undefined): Promise<void> {
    let moved = false;
    for (const name of await readdir(this.stagingDir)) {
      const staged = STAGED.exec(name);
      const file = path.join(this.stagingDir, name);
      if (staged && revisionOf(staged[1]) === Number(staged[2])) {
        await rename(file, this.placedFile(staged[1]));
        moved = true;
      } else {
        await removeFile(file);
      }
    }
    if (moved) await syncFolder(clipsFolder(this.libraryDir));
  }

  /** Removes a clip's text for good. */
  async remove(id: string): Promise<void> {
    const revision = this.#staged.get(id);
    if (revision !== undefined) await removeFile(this.stagedFile(id, revision));
    this.#staged.delete(id);
    await removeFile(this.placedFile(id));
  }
}
