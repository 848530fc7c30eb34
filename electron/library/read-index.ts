import { readFile, stat } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { PresscutError, type ErrorCode } from '../../common/errors.ts';
import { ownProperty, readIndexBytes, type IndexEntry, type ReadIndex } from './index-bytes.ts';
import type { LibraryIndex } from './index-schema.ts';

/** An index file this big or bigger is read off the main thread. */
export const READ_OFF_THREAD_FROM = 4 * 1024 * 1024;

export interface IndexReadRequest {
  file: string;
  /** One Int32: how many chunks main is ready to take. */
  turns: SharedArrayBuffer;
}

export type IndexReadMessage =
  { entries: IndexEntry[] } | { read: ReadIndex } | { error: { code: string; message: string } };

/** The worker's file: its TypeScript source when running from source, the bundle beside main's otherwise. */
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './index-read-worker.ts' : './index-read-worker.js',
  import.meta.url,
);

/**
 * Reads and checks the library's index file; null when there is none. A big
 * one is read in a worker thread, its records handed over a chunk at a time,
 * so that opening a library of 100,000 clips never holds main's event loop
 * for more than a chunk's worth of records (see `index-read-worker.ts`);
 * before it reads each next chunk, it waits for `betweenChunks`, so that
 * what must answer first (a search typed while the library opens) does not
 * share the machine's cores with the read.
 */
export async function readIndexFile(
  file: string,
  offThreadFrom = READ_OFF_THREAD_FROM,
  betweenChunks?: () => Promise<void>,
): Promise<{ index: LibraryIndex; migratedFrom: number | null } | null> {
  const size = await stat(file).then(
    (s) => s.size,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    },
  );
  if (size === null) return null;
  const clips: LibraryIndex['clips'] = {};
  const take = (entries: IndexEntry[]) => {
    for (const [id, record] of entries) ownProperty(clips, id, record);
  };
  const { shell, migratedFrom } =
    size < offThreadFrom
      ? readIndexBytes(await readFile(file), file, take)
      : await readInWorker(file, take, betweenChunks);
  return { index: { ...shell, clips }, migratedFrom };
}

/**
 * V8's default: each scavenge that finds most of the young generation alive
 * doubles it, up to tens of MB a semi-space.
 */
const SEMI_SPACE_GROWTH = 2;

function readInWorker(
  file: string,
  take: (entries: IndexEntry[]) => void,
  betweenChunks: () => Promise<void> = async () => undefined,
): Promise<ReadIndex> {
  // Every record that arrives stays: growing the young generation for them only copies them more
  // and leaves main's heap ~100 MB bigger at 100,000 clips. It keeps its size while they arrive.
  setFlagsFromString('--semi-space-growth-factor=1');
  const turns = new Int32Array(new SharedArrayBuffer(4));
  Atomics.store(turns, 0, 1);
  const request: IndexReadRequest = { file, turns: turns.buffer as SharedArrayBuffer };
  const worker = new Worker(WORKER, { workerData: request });
  return new Promise<ReadIndex>((resolve, reject) => {
    worker.on('message', (message: IndexReadMessage) => {
      if ('entries' in message) {
        take(message.entries);
        // Until it is given its turn, the worker waits, parsing nothing.
        void betweenChunks().then(() => {
          Atomics.add(turns, 0, 1);
          Atomics.notify(turns, 0);
        });
      } else if ('read' in message) resolve(message.read);
      else reject(new PresscutError(message.error.code as ErrorCode, message.error.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) =>
      reject(new PresscutError('internal', `Reading ${file} stopped (exit ${code}).`)),
    );
  }).finally(() => {
    setFlagsFromString(`--semi-space-growth-factor=${SEMI_SPACE_GROWTH}`);
    void worker.terminate();
  });
}
