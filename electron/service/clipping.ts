import type { ExtractOptions } from '../clipping/extract.ts';
import { OutletMemoryFile } from '../library/outlet-memory-file.ts';
import type { LibraryStore } from '../library/store.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import type { ClipRecord } from '../model/clip.ts';

/**
 * How the services clip: the engines see what the library has learnt of each
 * outlet's boilerplate, and every paste saved teaches it more.
 */
export interface Clipping {
  /** The engines' options for a clip made at `clippedAt`, with the library's outlet memory. */
  options(clippedAt: Date): Promise<ExtractOptions>;
  /** Keeps the paste and the articles chosen from it, then learns the page's outlet from it. */
  save(paste: Paste, articles: readonly ExtractedArticle[], clippedAt: Date): Promise<ClipRecord[]>;
}

export function createClipping(store: LibraryStore, log: (message: string) => void): Clipping {
  const memory = new OutletMemoryFile(store, log);
  return {
    async options(clippedAt) {
      return { clippedAt, memory: await memory.ready };
    },
    async save(paste, articles, clippedAt) {
      const records = await store.addPaste(paste, articles, clippedAt);
      // The page's furniture is its own outlet's: the main story's, learnt only after the paste was cleaned.
      await memory.learn(articles[0]?.source ?? null, paste.text);
      return records;
    },
  };
}
