import { randomUUID } from 'node:crypto';
import type { TaskProgress } from '../api/contract.ts';
import { OutletMemoryFile } from '../library/outlet-memory-file.ts';
import type { LibraryStore } from '../library/store.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import type { ClipRecord } from '../model/clip.ts';
import type { FileClip } from '../files/file-to-clip.ts';
import type { FileToClip } from '../api/contract.ts';
import type { MemorySource, TaskRunner } from '../tasks/task-runner.ts';

/**
 * How the services clip: the engines, in a worker, see what the library has
 * learnt of each outlet's boilerplate, and every paste saved teaches it more.
 */
export interface Clipping {
  /** The articles of a paste, cleaned in a worker; `onProgress` hears when it starts (with the id that cancels it) and ends. */
  extract(
    paste: Paste,
    clippedAt: Date,
    onProgress?: (progress: Omit<TaskProgress, 'task'>) => void,
  ): Promise<ExtractedArticle[]>;
  /** A file as a paste and its articles, cleaned in a worker. */
  clipFile(file: FileToClip, clippedAt: Date): Promise<FileClip>;
  /** The outlet memory, for a task in a worker (an import). */
  memory(): Promise<MemorySource>;
  /** Keeps the paste and the articles chosen from it, then learns the page's outlet from it. */
  save(paste: Paste, articles: readonly ExtractedArticle[], clippedAt: Date): Promise<ClipRecord[]>;
}

export function createClipping(
  store: LibraryStore,
  tasks: TaskRunner,
  log: (message: string) => void,
): Clipping {
  const file = new OutletMemoryFile(store, log);
  // Workers keep a copy of the memory; the version tells them when theirs is old.
  const owner = randomUUID();
  let version = 0;
  const memory = async (): Promise<MemorySource> => {
    const current = await file.ready;
    return { owner, version, json: () => current.toJSON() };
  };
  return {
    async extract(paste, clippedAt, onProgress) {
      const { id, result } = tasks.run('extract', { paste, clippedAt }, { memory: await memory() });
      const label = 'Cleaning the paste';
      onProgress?.({ id, label, done: 0, total: null });
      try {
        return await result;
      } finally {
        onProgress?.({ id, label, done: 1, total: 1 });
      }
    },
    async clipFile(clip, clippedAt) {
      return tasks.run('clipFile', { file: clip, clippedAt }, { memory: await memory() }).result;
    },
    memory,
    async save(paste, articles, clippedAt) {
      const records = await store.addPaste(paste, articles, clippedAt);
      // The page's furniture is its own outlet's: the main story's, learnt only after the paste was cleaned.
      await file.learn(articles[0]?.source ?? null, paste.text);
      version++;
      return records;
    },
  };
}
