import { setImmediate as nextTurn } from 'node:timers/promises';
import type { LibraryChange, LibraryStore } from '../library/store.ts';
import { storyText } from '../model/article.ts';
import type { ClipRecord } from '../model/clip.ts';
import { liveRecord as live } from '../library/live-record.ts';
import {
  NearDuplicateIndex,
  sketchText,
  type NearDuplicate,
  type TextSketch,
} from './near-duplicate-index.ts';
import { readSketches, sketchFile, writeSketches, type SavedSketch } from './sketch-file.ts';

const READ_AT_ONCE = 16;
/** Saved on close once this many clips changed: fewer are quicker to sketch again at the next start. */
const SAVE_AFTER_CHANGES = 50;

export interface LibraryNearDuplicate extends NearDuplicate {
  record: ClipRecord;
}

/**
 * The near-duplicate index of a library's clips (their story text, without
 * title, images or captions): loaded from the library folder, brought up to
 * date in the background a few clips a turn, then following every change.
 */
export class LibraryNearDuplicates {
  #store: LibraryStore;
  #index = new NearDuplicateIndex();
  #sketches = new Map<string, SavedSketch>();
  #work: Promise<unknown> = Promise.resolve();
  #unsaved = 0;
  #stopFollowing: () => void;
  #onProblem: (message: string) => void;

  private constructor(store: LibraryStore, onProblem: (message: string) => void) {
    this.#store = store;
    this.#onProblem = onProblem;
    this.#stopFollowing = store.onChange((change) => this.#follow(change));
  }

  /** Starts loading and catching up; `find` waits for it. */
  static open(
    store: LibraryStore,
    options: { onProblem?: (message: string) => void } = {},
  ): LibraryNearDuplicates {
    const index = new LibraryNearDuplicates(store, options.onProblem ?? (() => undefined));
    void index.#enqueue(async () => {
      for (const saved of await readSketches(sketchFile(store.dir))) index.#put(saved);
      const live = new Set(store.records().map((r) => r.id));
      const gone = [...index.#sketches.keys()].filter((id) => !live.has(id));
      await index.#update([...gone, ...live]);
    });
    return index;
  }

  /** Waits for the changes reported so far to be in the index. */
  async settled(): Promise<void> {
    await this.#work;
  }

  /** The clips whose story is nearly the same text, most alike first. */
  async find(
    text: string | TextSketch,
    options: { exclude?: string } = {},
  ): Promise<LibraryNearDuplicate[]> {
    await this.settled();
    const sketch = typeof text === 'string' ? sketchText(text) : text;
    return this.#index.find(sketch, options).flatMap((match) => {
      const record = live(this.#store, match.id);
      return record ? [{ ...match, record }] : [];
    });
  }

  async close(): Promise<void> {
    this.#stopFollowing();
    await this.settled();
    if (this.#unsaved >= SAVE_AFTER_CHANGES) await this.save();
  }

  /** Writes the sketches to the library folder now (atomically). */
  save(): Promise<void> {
    return this.#enqueue(async () => {
      const changes = this.#unsaved;
      try {
        await writeSketches(sketchFile(this.#store.dir), this.#sketches.values());
        this.#unsaved -= changes;
      } catch (error) {
        this.#onProblem(
          `The near-duplicate index could not be saved: ${(error as Error).message}.`,
        );
      }
    });
  }

  #follow({ updated, purged }: LibraryChange): void {
    void this.#enqueue(() => this.#update([...updated, ...purged]));
  }

  async #update(ids: readonly string[]): Promise<void> {
    const toRead: ClipRecord[] = [];
    for (const id of ids) {
      const record = live(this.#store, id);
      if (!record || record.linkOnly) {
        if (this.#sketches.delete(id)) {
          this.#index.remove(id);
          this.#unsaved++;
        }
      } else if (this.#sketches.get(id)?.revision !== record.revision) toRead.push(record);
    }
    for (let i = 0; i < toRead.length; i += READ_AT_ONCE) {
      const read = await Promise.all(
        toRead.slice(i, i + READ_AT_ONCE).map(async (record) => {
          try {
            return { record, text: storyText((await this.#store.body(record.id)).blocks) };
          } catch (error) {
            this.#onProblem(
              `Clip ${record.id} is left out of the near-duplicate index: ${(error as Error).message}`,
            );
            return null;
          }
        }),
      );
      for (const entry of read) {
        if (!entry || !live(this.#store, entry.record.id)) continue;
        this.#put({
          id: entry.record.id,
          revision: entry.record.revision,
          sketch: sketchText(entry.text),
        });
        this.#unsaved++;
      }
      // Sketching is work for the main process: let the window's calls through between batches.
      await nextTurn();
    }
  }

  #put(saved: SavedSketch): void {
    this.#sketches.set(saved.id, saved);
    this.#index.add(saved.id, saved.sketch);
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#work.then(task);
    this.#work = run.catch((error: Error) =>
      this.#onProblem(`The near-duplicate index stopped following the library: ${error.message}`),
    );
    return run;
  }
}
