/**
 * The messages between main and its task workers. Main sends a task (with
 * the outlet memory when the worker's copy is stale, and a snapshot of the
 * library's records when the task reads the library); the worker answers with
 * progress, calls back for what only main may do (read a clip's text, search,
 * write a batch), and ends with the result or an error.
 */
import type { ErrorCode } from '../../common/errors.ts';
import type { OutletMemoryJson } from '../clipping/memory/outlet-memory.ts';
import type { ClipRecord } from '../model/clip.ts';
import type { LibraryIndex } from '../library/index-schema.ts';
import type { Settings } from '../model/settings.ts';
import type { TaskName } from './tasks.ts';

/** The outlet memory of one library, by version: sent whole only when the worker holds an older one. */
export interface MemoryState {
  owner: string;
  version: number;
  json?: OutletMemoryJson;
}

/** The library as a task found it: its records (deleted ones too) and tags, taken when the task starts. */
export interface LibrarySnapshot {
  records: readonly ClipRecord[];
  everyRecord: readonly ClipRecord[];
  tags: LibraryIndex['tags'];
  settings: Settings;
}

/** What a worker asks main for while a task runs. */
export type HostMethod = 'body' | 'original' | 'find' | 'writeClips';

export interface WireError {
  code?: ErrorCode;
  message: string;
  stack?: string;
}

export type ToWorker =
  | {
      type: 'run';
      id: string;
      kind: TaskName;
      input: unknown;
      memory?: MemoryState;
      library?: LibrarySnapshot;
    }
  | { type: 'reply'; call: number; ok: true; value: unknown }
  | { type: 'reply'; call: number; ok: false; error: WireError }
  /** A call's own progress (a batch being written), for the worker to pass on. */
  | { type: 'call-progress'; call: number; done: number; total: number };

export type FromWorker =
  /** The worker has loaded what its tasks need. */
  | { type: 'ready' }
  | { type: 'progress'; id: string; label: string; done: number; total: number | null }
  | { type: 'call'; id: string; call: number; method: HostMethod; args: unknown[] }
  | { type: 'done'; id: string; value: unknown }
  | { type: 'failed'; id: string; error: WireError };
