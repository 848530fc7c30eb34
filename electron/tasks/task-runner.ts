import { randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { PresscutError, messageOf } from '../../common/errors.ts';
import type { ClipBatch } from '../library/store.ts';
import type {
  FromWorker,
  HostMethod,
  LibrarySnapshot,
  MemoryState,
  ToWorker,
  WireError,
} from './protocol.ts';
import type { TaskInput, TaskName, TaskOutput } from './tasks.ts';
import type { OutletMemoryJson } from '../clipping/memory/outlet-memory.ts';

/** What main answers for a task's worker: the store and the search index live here. */
export interface TaskHost {
  snapshot(): LibrarySnapshot;
  body(id: string): Promise<unknown>;
  original(id: string): Promise<unknown>;
  find(query: string): Promise<string[]>;
  writeClips(batch: ClipBatch): Promise<unknown>;
}

/** A library's outlet memory as the runner sends it: who owns it, which version, and how to read it whole. */
export interface MemorySource {
  owner: string;
  version: number;
  json(): OutletMemoryJson;
}

export interface RunOptions {
  onProgress?: (label: string, done: number, total: number | null) => void;
  memory?: MemorySource;
  /** Given when the task reads or writes the library. */
  host?: TaskHost;
}

export interface RunningTask<T> {
  /** What `cancel` takes. */
  id: string;
  result: Promise<T>;
}

/**
 * Which worker a task runs in. Cleaning a paste never waits behind a
 * 5,000-item import: each lane has a worker of its own, and its tasks queue.
 */
const LANES: Record<TaskName, 'clip' | 'transfer'> = {
  extract: 'clip',
  clipFile: 'clip',
  import: 'transfer',
  export: 'transfer',
};

interface Job {
  id: string;
  kind: TaskName;
  input: unknown;
  options: RunOptions;
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** Set once the task asked main to write: from then on it finishes, whatever is asked. */
  committing: boolean;
}

interface Lane {
  worker: Worker | null;
  /** Settles once the lane's current worker has loaded. */
  ready: Promise<void>;
  running: Job | null;
  queue: Job[];
  /** The memory version each library's worker copy has. */
  memories: Map<string, number>;
}

/** The worker's own file beside this one: TypeScript from source (tests, the CLI), JavaScript once built. */
const WORKER_URL = new URL(
  import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js',
  import.meta.url,
);

function fromWire(error: WireError): Error {
  if (error.code) return new PresscutError(error.code, error.message);
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}

function toWire(error: unknown): WireError {
  if (error instanceof PresscutError) return { code: error.code, message: error.message };
  return { message: messageOf(error) };
}

function cancelled(kind: TaskName): PresscutError {
  const what = { extract: 'Cleaning', clipFile: 'Clipping', import: 'Import', export: 'Export' }[
    kind
  ];
  return new PresscutError('cancelled', `${what} cancelled: nothing was kept.`);
}

/**
 * Runs heavy work (cleaning pastes and files, imports, exports, backups) in
 * worker threads, so main's event loop stays free for the window. Tasks can be
 * cancelled until they start writing; a cancelled worker is ended at once and
 * a new one started for the next task. Idle workers do not keep a process alive.
 */
export class TaskRunner {
  #lanes = new Map<'clip' | 'transfer', Lane>();
  #url: URL;

  constructor(url: URL = WORKER_URL) {
    this.#url = url;
  }

  run<K extends TaskName>(
    kind: K,
    input: TaskInput<K>,
    options: RunOptions = {},
  ): RunningTask<TaskOutput<K>> {
    const id = randomUUID();
    const result = new Promise<TaskOutput<K>>((resolve, reject) => {
      const lane = this.#lane(LANES[kind]);
      lane.queue.push({
        id,
        kind,
        input,
        options,
        resolve: resolve as (value: unknown) => void,
        reject,
        committing: false,
      });
      this.#next(lane);
    });
    return { id, result };
  }

  /**
   * Starts the worker that cleans pastes, if none runs, so the engines load
   * while the window opens rather than when the first paste waits for them.
   */
  warm(): Promise<void> {
    const lane = this.#lane('clip');
    if (!lane.running) this.#workerOf(lane).unref();
    return lane.ready;
  }

  /** Stops a task: it ends with a `cancelled` error. False when it is not running or queued, or already writing. */
  cancel(id: string): boolean {
    for (const lane of this.#lanes.values()) {
      const queued = lane.queue.findIndex((j) => j.id === id);
      if (queued >= 0) {
        const [job] = lane.queue.splice(queued, 1);
        job.reject(cancelled(job.kind));
        return true;
      }
      const job = lane.running;
      if (job?.id === id) {
        if (job.committing) return false;
        this.#endWorker(lane);
        job.reject(cancelled(job.kind));
        this.#next(lane);
        return true;
      }
    }
    return false;
  }

  /** Ends every worker; what was running or queued fails. */
  async close(): Promise<void> {
    for (const lane of this.#lanes.values()) {
      const jobs = [...(lane.running ? [lane.running] : []), ...lane.queue];
      lane.queue = [];
      lane.running = null;
      for (const job of jobs) job.reject(new PresscutError('cancelled', 'Presscut is closing.'));
      const worker = lane.worker;
      lane.worker = null;
      await worker?.terminate();
    }
  }

  #lane(name: 'clip' | 'transfer'): Lane {
    let lane = this.#lanes.get(name);
    if (!lane) {
      lane = {
        worker: null,
        ready: Promise.resolve(),
        running: null,
        queue: [],
        memories: new Map(),
      };
      this.#lanes.set(name, lane);
    }
    return lane;
  }

  #next(lane: Lane): void {
    if (lane.running) return;
    const job = lane.queue.shift();
    if (!job) {
      lane.worker?.unref();
      return;
    }
    lane.running = job;
    const worker = this.#workerOf(lane);
    worker.ref();
    let message: ToWorker;
    try {
      message = {
        type: 'run',
        id: job.id,
        kind: job.kind,
        input: job.input,
        memory: this.#memory(lane, job.options.memory),
        library: job.options.host?.snapshot(),
      };
    } catch (error) {
      this.#settle(lane, job, () => job.reject(error as Error));
      return;
    }
    worker.postMessage(message);
  }

  #memory(lane: Lane, source: MemorySource | undefined): MemoryState | undefined {
    if (!source) return undefined;
    const { owner, version } = source;
    if (lane.memories.get(owner) === version) return { owner, version };
    lane.memories.set(owner, version);
    return { owner, version, json: source.json() };
  }

  #workerOf(lane: Lane): Worker {
    if (lane.worker) return lane.worker;
    const worker = new Worker(this.#url);
    lane.worker = worker;
    lane.memories.clear();
    let loaded = () => {};
    lane.ready = new Promise<void>((resolve) => (loaded = resolve));
    worker.on('message', (message: FromWorker) =>
      message.type === 'ready' ? loaded() : this.#received(lane, worker, message),
    );
    const fail = (error: Error) => {
      loaded();
      if (lane.worker !== worker) return;
      lane.worker = null;
      const job = lane.running;
      if (job) this.#settle(lane, job, () => job.reject(error));
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The task worker stopped (exit code ${code}).`)));
    return worker;
  }

  #received(lane: Lane, worker: Worker, message: FromWorker): void {
    const job = lane.running;
    if (message.type === 'ready' || lane.worker !== worker || !job || job.id !== message.id) return;
    switch (message.type) {
      case 'progress':
        job.options.onProgress?.(message.label, message.done, message.total);
        break;
      case 'call':
        void this.#answer(worker, job, message.call, message.method, message.args);
        break;
      case 'done':
        this.#settle(lane, job, () => job.resolve(message.value));
        break;
      case 'failed':
        this.#settle(lane, job, () => job.reject(fromWire(message.error)));
        break;
    }
  }

  async #answer(
    worker: Worker,
    job: Job,
    call: number,
    method: HostMethod,
    args: unknown[],
  ): Promise<void> {
    const host = job.options.host;
    const reply = (message: ToWorker) => {
      try {
        worker.postMessage(message);
      } catch {
        // The worker was ended (the task cancelled) while main answered.
      }
    };
    try {
      if (!host) throw new Error('This task has no library.');
      let value: unknown;
      if (method === 'writeClips') {
        job.committing = true;
        value = await host.writeClips({
          ...(args[0] as ClipBatch),
          onProgress: (done, total) => reply({ type: 'call-progress', call, done, total }),
        });
      } else if (method === 'find') value = await host.find(args[0] as string);
      else value = await host[method](args[0] as string);
      reply({ type: 'reply', call, ok: true, value });
    } catch (error) {
      reply({ type: 'reply', call, ok: false, error: toWire(error) });
    }
  }

  #settle(lane: Lane, job: Job, settle: () => void): void {
    if (lane.running !== job) return;
    lane.running = null;
    settle();
    this.#next(lane);
  }

  #endWorker(lane: Lane): void {
    const worker = lane.worker;
    lane.worker = null;
    lane.running = null;
    void worker?.terminate();
  }
}

let shared: TaskRunner | null = null;

/** The process's task runner, like libuv's thread pool: one for every service in the process. */
export function sharedTaskRunner(): TaskRunner {
  shared ??= new TaskRunner();
  return shared;
}
