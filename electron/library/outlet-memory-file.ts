import path from 'node:path';
import { OutletMemory } from '../clipping/memory/outlet-memory.ts';
import { DurableJsonFile } from './durable-file.ts';
import { stagingDir } from './layout.ts';
import type { LibraryStore } from './store.ts';

/** Saving waits this long after a clip was learnt, so a burst of clips writes the file once. */
const SAVE_DELAY_MS = 2000;

/**
 * The outlet memory of one library, kept in `outlet-memory.json` beside the
 * index. It is learnt from the library's clips and can always be learnt again,
 * so a missing or damaged file starts an empty memory rather than failing.
 */
export class OutletMemoryFile {
  readonly ready: Promise<OutletMemory>;
  #file: DurableJsonFile<unknown>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #dirty = false;

  constructor(store: LibraryStore, onProblem: (message: string) => void = () => undefined) {
    const file = path.join(store.dir, 'outlet-memory.json');
    this.#file = new DurableJsonFile<unknown>(file, stagingDir(store.dir));
    this.ready = this.#file.read().then(
      (data) => {
        if (data === null) return new OutletMemory();
        const loaded = OutletMemory.fromJSON(data);
        if (loaded.ok) return loaded.memory;
        onProblem(`${file} could not be read (${loaded.error}); the outlet memory starts again.`);
        return new OutletMemory();
      },
      (error: Error) => {
        onProblem(`${file} could not be read (${error.message}); the outlet memory starts again.`);
        return new OutletMemory();
      },
    );
    store.beforeClose(() => this.#flush());
  }

  /** Learns a stored paste of an outlet, and saves the memory soon after. */
  async learn(outlet: string | null, pasteText: string): Promise<void> {
    if (!outlet) return;
    (await this.ready).learn(outlet, pasteText);
    this.#dirty = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#flush(), SAVE_DELAY_MS);
  }

  async #flush(): Promise<void> {
    clearTimeout(this.#timer);
    if (!this.#dirty) return;
    this.#dirty = false;
    await this.#file.write((await this.ready).toJSON());
  }
}
