import type { ClipRecord } from '../model/clip.ts';
import type { ClipSummary } from '../model/clip-summary.ts';
import type { SearchQuery } from './query.ts';
import type { ShelfName } from './sql-filters.ts';

/** How far the search index is from holding every clip's text; null once it does. */
export interface IndexingState {
  done: number;
  total: number;
}

/** Which clips a list or search is over: the search's query across every shelf, else the shelf; then the tags. */
export interface ClipSelection {
  query: SearchQuery | null;
  shelf: ShelfName | null;
  /** Tags a clip must all carry, by exact name. */
  tags: string[];
}

export interface PageRequest extends ClipSelection {
  order: 'score' | 'newest';
  offset: number;
  limit: number;
}

export interface IndexHit {
  clip: ClipSummary;
  score: number;
  terms: string[];
  /** Text around the first matched word; null for a list without a query. */
  snippet: string | null;
}

export interface IndexPage {
  hits: IndexHit[];
  total: number;
  indexing: IndexingState | null;
}

export interface OpenResult {
  /** The library change the database last followed; null for a new database. */
  seq: number | null;
  /** Why the database had to be made anew (damaged, of another format); null when it did not. */
  problem: string | null;
}

/** What the main thread asks of the search worker; each answers with the method's result. */
export interface WorkerMethods {
  open(args: { dir: string }): OpenResult;
  /** Follows a change of the library: records as they are now, ids that left it. */
  apply(args: { records: ClipRecord[]; removed: string[]; seq: number }): null;
  reconcileStart(): null;
  reconcileChunk(args: { records: ClipRecord[] }): null;
  /** Drops what the library no longer holds; the texts that changed are indexed in the background. */
  reconcileEnd(args: { seq: number }): null;
  page(args: PageRequest): IndexPage;
  ids(args: PageRequest): string[];
  counts(): {
    shelves: Record<ShelfName, number>;
    tags: Array<{ name: string; count: number }>;
    total: number;
  };
  status(): IndexingState | null;
  /** Answers once every text is indexed, and what the worker keeps in memory of the index is read. */
  indexed(): null;
  close(): null;
}

export type WorkerMethod = keyof WorkerMethods;

export interface WorkerRequest {
  id: number;
  method: WorkerMethod;
  args: unknown;
}

export type WorkerMessage =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
  | { event: 'progress'; state: IndexingState | null }
  | { event: 'problem'; message: string }
  /** The database was found damaged and made anew: the library must be fed to it again. */
  | { event: 'reset'; message: string };
