import { Worker } from 'node:worker_threads';
import { liveRecord } from '../library/live-record.ts';
import type { LibraryChange, LibraryStore } from '../library/store.ts';
import { markStart } from '../library/start-marks.ts';
import { forgetShelfCounts, saveShelfCounts } from './shelf-counts-file.ts';
import type { ClipRecord } from '../model/clip.ts';
import type {
  IndexingState,
  WorkerMessage,
  WorkerMethod,
  WorkerMethods,
  WorkerRequest,
} from './search-protocol.ts';

export interface SearchIndexOptions {
  /** Told why the index was rebuilt, or why a clip's text could not be indexed; the index goes on either way. */
  onProblem?: (message: string) => void;
  /** Told how far indexing in the background has got; null once every text is in. */
  onProgress?: (state: IndexingState | null) => void;
}

/** Records sent to the worker per message when the whole library is compared with the index. */
const RECORDS_PER_MESSAGE = 2000;

/** The worker's file: its TypeScript source when running from source, the bundle beside main's otherwise. */
const WORKER = new URL(
  import.meta.url.endsWith('.ts') ? './search-worker.ts' : './search-worker.js',
  import.meta.url,
);

/**
 * The library's search index, as the main thread sees it: an SQLite database
 * in the library folder (`search/library.sqlite`) held by a worker thread. It
 * is ready as soon as it is opened, since it is kept on disk as it changes;
 * it follows every change of the library in the same step as it is
 * acknowledged, and compares itself with the library at start when it is
 * behind (killed mid-write) or was missing or damaged (rebuilt, in the
 * background, with progress: pages say meanwhile that it is indexing).
 */
export class SearchIndex {
  readonly dir: string;
  #worker: Worker;
  #calls = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  #nextCall = 1;
  #options: SearchIndexOptions;
  #store: LibraryStore | null = null;
  #stopFollowing: () => void = () => undefined;
  #openedAt: number | null = null;
  #indexing: IndexingState | null = null;
  #closed = false;
  #exited: Promise<void>;

  private constructor(dir: string, options: SearchIndexOptions) {
    this.dir = dir;
    this.#options = options;
    this.#worker = new Worker(WORKER);
    this.#worker.once('online', () => markStart('search-thread'));
    this.#worker.on('message', (message: WorkerMessage) => this.#receive(message));
    this.#exited = new Promise((resolve) => this.#worker.once('exit', () => resolve()));
    this.#worker.on('error', (error) => {
      for (const call of this.#calls.values()) call.reject(error);
      this.#calls.clear();
    });
  }

  /**
   * Opens the index of the library in `dir` without waiting for the library:
   * lists, counts and searches answer from what it holds on disk at once.
   * `follow` then brings it up to date with the library.
   */
  static async start(dir: string, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const index = new SearchIndex(dir, options);
    try {
      const { seq, problem } = await index.#call('open', { dir });
      if (problem) options.onProblem?.(`The search index is rebuilt: ${problem}.`);
      index.#openedAt = seq;
      markStart('search-open');
    } catch (error) {
      await index.close();
      throw error;
    }
    return index;
  }

  /** Whether the database was made anew at start (it was missing or damaged): it holds nothing until it follows a library. */
  get madeNew(): boolean {
    return this.#openedAt === null;
  }

  /** Opens the index of an open library and brings it up to date with it. */
  static async open(store: LibraryStore, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const index = await SearchIndex.start(store.dir, options);
    await index.follow(store);
    return index;
  }

  /**
   * Follows the library's changes from now on. When the index is behind it
   * (or new), the whole library is compared with it first: records that
   * differ are updated, and their texts indexed in the background.
   */
  async follow(store: LibraryStore): Promise<void> {
    // The shelves' counts saved at the last close hold only until the index changes.
    forgetShelfCounts(this.dir);
    this.#store = store;
    this.#stopFollowing = store.onChange((change) => this.#follow(change));
    if (this.#openedAt !== store.seq) await this.#reconcile();
  }

  /** Clips in a shelf, with tags, or found by a search: one page of them and how many there are. */
  page(request: Parameters<WorkerMethods['page']>[0]): Promise<ReturnType<WorkerMethods['page']>> {
    return this.#call('page', request);
  }

  /** The ids of the clips a selection holds, in its order, from `offset`. */
  ids(request: Parameters<WorkerMethods['ids']>[0]): Promise<string[]> {
    return this.#call('ids', request);
  }

  /** How many clips each shelf holds, and each tag. */
  counts(): Promise<ReturnType<WorkerMethods['counts']>> {
    return this.#call('counts', undefined);
  }

  /** How far indexing in the background has got; null when every text is in. */
  get indexing(): IndexingState | null {
    return this.#indexing;
  }

  /** Waits for the changes the library reported so far to be in the index (their texts may still be indexing, see `indexed`). */
  async settled(): Promise<void> {
    await this.#call('status', undefined);
  }

  /** Waits until every clip's text is in the index, and what the worker keeps in memory of it (filters' columns, words) is read. */
  async indexed(): Promise<void> {
    await this.#call('indexed', undefined);
  }

  /** Stops following the library and closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#stopFollowing();
    try {
      await this.#call('close', undefined);
    } finally {
      await this.#worker.terminate();
      await this.#exited;
    }
    // For the next start's first lists (`FirstLists`): counting a shelf there would read megabytes.
    await saveShelfCounts(this.dir).catch(() => undefined);
  }

  #follow({ updated, purged }: LibraryChange): void {
    const store = this.#store!;
    const records: ClipRecord[] = [];
    const removed = [...purged];
    for (const id of updated) {
      const record = liveRecord(store, id);
      if (record) records.push(record);
      else removed.push(id);
    }
    void this.#call('apply', { records, removed, seq: store.seq }).catch((error: Error) =>
      this.#options.onProblem?.(`The search index missed a change: ${error.message}`),
    );
  }

  /** Sends the whole library to the worker in chunks, each record as it is when its chunk goes. */
  async #reconcile(): Promise<void> {
    const store = this.#store!;
    const ids = store.everyRecord().map((r) => r.id);
    await this.#call('reconcileStart', undefined);
    for (let i = 0; i < ids.length; i += RECORDS_PER_MESSAGE) {
      const records: ClipRecord[] = [];
      for (const id of ids.slice(i, i + RECORDS_PER_MESSAGE)) {
        const record = liveRecord(store, id);
        if (record) records.push(record);
      }
      await this.#call('reconcileChunk', { records });
    }
    await this.#call('reconcileEnd', { seq: store.seq });
  }

  #receive(message: WorkerMessage): void {
    if ('event' in message) {
      if (message.event === 'progress') {
        this.#indexing = message.state;
        this.#options.onProgress?.(message.state);
      } else if (message.event === 'problem') this.#options.onProblem?.(message.message);
      else {
        this.#options.onProblem?.(message.message);
        if (this.#store && !this.#closed)
          this.#reconcile().catch((error: Error) =>
            this.#options.onProblem?.(`The search index could not be rebuilt: ${error.message}`),
          );
      }
      return;
    }
    const call = this.#calls.get(message.id);
    if (!call) return;
    this.#calls.delete(message.id);
    if (message.ok) call.resolve(message.value);
    else call.reject(new Error(message.message));
  }

  #call<M extends WorkerMethod>(
    method: M,
    args: Parameters<WorkerMethods[M]>[0],
  ): Promise<ReturnType<WorkerMethods[M]>> {
    const id = this.#nextCall++;
    const request: WorkerRequest = { id, method, args };
    return new Promise((resolve, reject) => {
      this.#calls.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.#worker.postMessage(request);
    });
  }
}
