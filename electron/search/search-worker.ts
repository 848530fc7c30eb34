/**
 * The search worker: a thread of its own that holds the library's search
 * database, so that indexing and queries (synchronous in `node:sqlite`) never
 * hold up the main process and the window's calls. Messages are handled one
 * at a time, in order: a query sees every change posted before it. Texts to
 * index in bulk (a rebuild, a large import) are indexed in the background, a
 * batch per turn, with queries answered in between.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parentPort } from 'node:worker_threads';
import { clipBodyFile } from '../library/body-file.ts';
import { bodyText, type Block } from '../model/article.ts';
import type { ClipSummary } from '../model/clip-summary.ts';
import { clipRow, LINE_BREAK, type ClipRow, type FtsFields } from './clip-row.ts';
import { hitTerms, matchPattern } from './hit-terms.ts';
import { textMatch, type IndexWords } from './match-expression.ts';
import { taggedMatch } from './tag-match.ts';
import type {
  ClipSelection,
  IndexHit,
  IndexingState,
  OpenResult,
  PageRequest,
  WorkerMessage,
  WorkerMethods,
  WorkerRequest,
} from './search-protocol.ts';
import { FormatMismatch, SearchDatabase, searchDatabaseFile } from './search-database.ts';
import { snippetOf } from './snippet.ts';
import {
  filterConditions,
  shelfCondition,
  tagsCondition,
  type SqlCondition,
} from './sql-filters.ts';
import { termsOf } from './terms.ts';
import { Vocabulary } from './vocabulary.ts';

/** Changes with more texts than this to read leave them to the background. */
const TEXTS_AT_ONCE = 64;
/** Texts indexed per background turn (one transaction), at most. */
const BATCH = 200;
/**
 * How long a background turn indexes before it lets the queries waiting
 * behind it be answered (ms): a rebuild or a large import then holds up a
 * search by about this much, not by a whole batch.
 */
const TURN_MS = 40;
/**
 * Typos are forgiven when the words as typed, or as the start of longer ones,
 * find fewer clips than this in the whole library: words found that often are
 * not misspelt, and forgiving them would look through the index's commonest words.
 */
const FORGIVE_TYPOS_BELOW = 100;
/** Terms of the vocabulary read into memory per background turn. */
const TERMS_PER_TURN = 5000;
/** Clips whose filter columns are read into memory per background turn: some 10 ms at 2,000. */
const FACTS_PER_TURN = 2000;

const port = parentPort!;
let dir = '';
let db: SearchDatabase | null = null;
/** The index's words, for typos: read from the database in the background once it opens. */
let vocabulary = new Vocabulary();
/** The last term read into `vocabulary` while it is read; null once it holds them all. */
let termsReadTo: string | null = null;
/** Every tag in use, with its terms: read from the database when first needed. */
let tagTerms: Map<string, string[]> | null = null;
/** Every outlet in use, as words: read from the database when first needed. */
let outlets: Set<string> | null = null;
let indexing: IndexingState | null = null;
let indexingScheduled = false;
const whenIndexed: Array<() => void> = [];
let reconciling: { seen: Set<string>; hashes: Map<string, string> } | null = null;

function post(message: WorkerMessage): void {
  port.postMessage(message);
}

function databaseFile(): string {
  return searchDatabaseFile(dir);
}

function removeDatabase(): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(databaseFile() + suffix, { force: true });
}

function database(): SearchDatabase {
  if (!db) throw new Error('The search database is not open.');
  return db;
}

/**
 * Opens the database, or makes it anew when it is damaged or of another
 * format. Any other failure (a lock held too long, a folder that cannot be
 * written) is reported and the database left as it is: it is not damaged.
 */
function openDatabase(): OpenResult {
  mkdirSync(path.dirname(databaseFile()), { recursive: true });
  // The index of Presscut before its SQLite one: nothing reads it any more.
  rmSync(path.join(dir, 'search', 'index.jsonl'), { force: true });
  let problem: string | null = null;
  try {
    db = new SearchDatabase(databaseFile());
  } catch (error) {
    if (!(error instanceof FormatMismatch) && !isDamage(error)) throw error;
    problem = `${databaseFile()} could not be used (${(error as Error).message})`;
    removeDatabase();
    db = new SearchDatabase(databaseFile());
  }
  vocabulary = new Vocabulary();
  termsReadTo = '';
  tagTerms = null;
  outlets = null;
  // At once: the window's first lists are read on main while this thread starts, and a query waits for a chunk at most.
  if (inTurns) clearImmediate(inTurns);
  inTurns = setImmediate(readInTurns);
  const seq = db.meta('seq');
  return { seq: problem || seq === null ? null : Number(seq), problem };
}

/** Whether an error means the database file is damaged, rather than a query being wrong. */
function isDamage(error: unknown): boolean {
  const { errcode, message } = error as { errcode?: number; message?: string };
  // SQLITE_CORRUPT (11), SQLITE_NOTADB (26), and their extended codes.
  return (
    (typeof errcode === 'number' && [11, 26].includes(errcode & 0xff)) ||
    /malformed|not a database|corrupt/i.test(message ?? '')
  );
}

/** Drops a damaged database for a new one; the main thread feeds it the library again. */
function reset(error: unknown): void {
  const message = `The search index is rebuilt: ${databaseFile()} is damaged (${(error as Error).message}).`;
  try {
    db?.db.close();
  } catch {
    // Closing a damaged database may fail too; it is removed either way.
  }
  db = null;
  removeDatabase();
  openDatabase();
  reconciling = null;
  indexing = null;
  post({ event: 'reset', message });
}

/** A clip's text as the index takes it: its terms, separated by spaces. Unreadable, it is left out (and said). */
function readText(id: string): string {
  const raw = readRaw(id, true);
  return raw && termsOf(raw).join(' ');
}

/** A clip's text as it reads; '' when it cannot be read (said when `report`). */
function readRaw(id: string, report = false): string {
  try {
    // Only the blocks' text is needed here; the store checks a body whole when it reads it.
    const body = JSON.parse(readFileSync(clipBodyFile(dir, id), 'utf8')) as { blocks?: Block[] };
    if (!Array.isArray(body?.blocks) || !body.blocks.every((b) => typeof b?.text === 'string'))
      throw new Error('it is damaged');
    return bodyText(body.blocks);
  } catch (error) {
    if (report)
      post({
        event: 'problem',
        message: `The text of clip ${id} is not searchable: ${(error as Error).message}`,
      });
    return '';
  }
}

/** The next turn of reading the vocabulary and filter columns into memory; null once they are. */
let inTurns: NodeJS.Immediate | null = null;

/** Reads the next terms of the database's vocabulary into memory. */
function readTerms(limit: number): void {
  if (termsReadTo === null) return;
  const terms = database().termsAfter(termsReadTo, limit);
  vocabulary.add(terms);
  termsReadTo = terms.length < limit ? null : terms.at(-1)!;
}

/**
 * Reads the vocabulary, then the clips' filter columns, a chunk per turn of
 * the event loop, so that the first query to forgive a typo or to filter
 * finds them in memory (at 100,000 clips they take a second), while a query
 * that comes meanwhile waits for one chunk at most: one of each per turn
 * made it wait for both.
 */
function readInTurns(): void {
  inTurns = null;
  if (!db) return;
  if (termsReadTo !== null) {
    readTerms(TERMS_PER_TURN);
    if (termsReadTo === null) vocabulary.sort();
  } else if (db.readFacts(FACTS_PER_TURN)) return;
  inTurns = setImmediate(readInTurns);
}

/** The whole vocabulary in memory: what is still unread of it is read now. */
function knownWords(): Vocabulary {
  while (termsReadTo !== null) readTerms(TERMS_PER_TURN * 10);
  return vocabulary;
}

/** The index's words as a query is expanded with: typos from the words in memory, starts from the database. */
const indexWords: IndexWords = {
  startsOther: (word) => database().startsOther(word),
  near: (word, max) => knownWords().near(word, max),
};

function indexText(id: string): void {
  const d = database();
  const wanted = d.wanted(id);
  if (!wanted) return;
  const text = readText(id);
  const { title, source, notes } = wanted.fields;
  addWords(`${title} ${source} ${notes} ${text}`.split(' '));
  d.putText(wanted, text);
}

/** Adds words to the vocabulary, the database's and the one in memory. */
function addWords(words: Iterable<string>): void {
  const distinct = new Set(words);
  distinct.delete('');
  distinct.delete(LINE_BREAK);
  const fresh = vocabulary.add(distinct);
  // While the vocabulary is still being read, the database tells which words are new.
  database().addTerms(termsReadTo === null ? fresh : [...distinct]);
}

/** Every tag in use, with its terms: to find clips by the words of their tags. */
function knownTags(): Map<string, string[]> {
  tagTerms ??= new Map(
    database()
      .tagNames()
      .map((tag) => [tag, termsOf(tag)]),
  );
  return tagTerms;
}

/** Every outlet in use, as words (`source_words`). */
function knownOutlets(): Set<string> {
  outlets ??= new Set(database().sourceWords());
  return outlets;
}

/** Puts rows in; returns the ids of those whose full-text entry is now stale. */
function putRows(rows: readonly ClipRow[]): string[] {
  const d = database();
  const tags = knownTags();
  // An outlet no longer in use, like a tag, stays known until the next start.
  for (const row of rows) if (row.sourceWords !== null) knownOutlets().add(row.sourceWords);
  for (const row of rows)
    for (const tag of row.tags) {
      if (tags.has(tag)) continue;
      // A tag no longer in use stays known until the next start: it finds no clip meanwhile.
      tags.set(tag, termsOf(tag));
      // Its words are offered for typos and starts, as the text's are.
      addWords(tags.get(tag)!);
    }
  return rows.filter((row) => d.put(row)).map((row) => row.id);
}

function scheduleIndexing(): void {
  const left = database().staleCount();
  if (left === 0) {
    finishIndexing();
    return;
  }
  indexing = { done: indexing?.done ?? 0, total: (indexing?.done ?? 0) + left };
  post({ event: 'progress', state: indexing });
  if (indexingScheduled) return;
  indexingScheduled = true;
  setImmediate(indexBatch);
}

function indexBatch(): void {
  indexingScheduled = false;
  if (!db) return;
  try {
    const ids = db.stale(BATCH);
    const started = performance.now();
    let done = 0;
    db.transaction(() => {
      while (done < ids.length && (done === 0 || performance.now() - started < TURN_MS))
        indexText(ids[done++]);
    });
    if (indexing) indexing = { ...indexing, done: indexing.done + done };
    scheduleIndexing();
  } catch (error) {
    if (!isDamage(error)) throw error;
    reset(error);
  }
}

/** Indexing, as a page reports it: while the library is being compared with the index, nothing of it is sure. */
function currentIndexing(): IndexingState | null {
  if (reconciling)
    return { done: 0, total: Math.max(reconciling.hashes.size, reconciling.seen.size) };
  return indexing;
}

function finishIndexing(): void {
  if (indexing) post({ event: 'progress', state: null });
  indexing = null;
  for (const resolve of whenIndexed.splice(0)) resolve();
}

function selectionConditions(selection: ClipSelection): SqlCondition[] {
  const conditions = [...tagsCondition(selection.tags)];
  if (selection.query)
    conditions.push(...filterConditions(selection.query.filters, [...knownOutlets()]));
  // A search looks across every shelf.
  else if (selection.shelf) conditions.push(shelfCondition(selection.shelf));
  return conditions;
}

/** A selection's page of hits, and their count; with the match it was found by. */
function select(request: PageRequest, idsOnly: boolean) {
  const d = database();
  const conditions = selectionConditions(request);
  const { query, order, offset, limit } = request;
  let match = query ? textMatch(query, indexWords, { typos: false }) : null;
  let tagged = match && taggedMatch(match, knownTags());
  let total: number | undefined;
  if (query && match && match.tiers.length > 0) {
    // Whether the words are rare is told by the whole library, not by what the filters let through.
    const found = d.count(match, [], tagged);
    const forgiving =
      found < FORGIVE_TYPOS_BELOW ? textMatch(query, indexWords, { typos: true }) : null;
    if (forgiving && forgiving.tiers.length > match.tiers.length) {
      match = forgiving;
      tagged = taggedMatch(match, knownTags());
    } else if (conditions.length === 0) total = found;
  }
  return {
    match,
    ...d.search({ match, conditions, order, offset, limit, idsOnly, total, tagged }),
  };
}

function page(request: PageRequest): {
  hits: IndexHit[];
  total: number;
  indexing: IndexingState | null;
} {
  const { match, hits, total } = select(request, false);
  const pattern = match && match.tiers.length > 0 ? matchPattern(match) : null;
  return {
    total,
    indexing: currentIndexing(),
    hits: hits.map((hit) => {
      const clip = JSON.parse(hit.summary) as ClipSummary;
      if (!match || match.tiers.length === 0)
        return { clip, score: hit.score, terms: match?.phrases ?? [], snippet: null };
      const fields = JSON.parse(hit.fields) as FtsFields;
      const raw = readRaw(hit.id);
      const fieldWords = [
        ...`${fields.title} ${fields.source} ${fields.notes}`.split(' '),
        ...clip.tags.flatMap((tag) => knownTags().get(tag) ?? termsOf(tag)),
      ];
      const { terms, first } = hitTerms(match, pattern, raw, fieldWords);
      return { clip, score: hit.score, terms, snippet: snippetOf(raw, first) };
    }),
  };
}

const methods: {
  [K in keyof WorkerMethods]: (
    args: Parameters<WorkerMethods[K]>[0],
  ) => ReturnType<WorkerMethods[K]>;
} = {
  open(args) {
    dir = args.dir;
    const result = openDatabase();
    if (database().staleCount() > 0) scheduleIndexing();
    return result;
  },
  apply({ records, removed, seq }) {
    const d = database();
    // A clip that came or went while the library is being compared is as this change left it.
    for (const r of records) reconciling?.seen.add(r.id);
    for (const id of removed) reconciling?.seen.delete(id);
    const stale = d.transaction(() => {
      for (const id of removed) d.remove(id);
      const ids = putRows(records.map(clipRow));
      if (ids.length <= TEXTS_AT_ONCE) ids.forEach(indexText);
      d.setMeta('seq', String(seq));
      return ids;
    });
    if (stale.length > TEXTS_AT_ONCE) scheduleIndexing();
    return null;
  },
  reconcileStart() {
    reconciling = { seen: new Set(), hashes: database().recordHashes() };
    return null;
  },
  reconcileChunk({ records }) {
    if (!reconciling) throw new Error('No reconciliation was started.');
    const { seen, hashes } = reconciling;
    const changed = records.map(clipRow).filter((row) => {
      seen.add(row.id);
      return hashes.get(row.id) !== row.recordHash;
    });
    database().transaction(() => putRows(changed));
    return null;
  },
  reconcileEnd({ seq }) {
    if (!reconciling) throw new Error('No reconciliation was started.');
    const { seen, hashes } = reconciling;
    reconciling = null;
    const d = database();
    d.transaction(() => {
      for (const id of hashes.keys()) if (!seen.has(id)) d.remove(id);
      // A few texts to catch up with are indexed at once; many, in the background.
      if (d.staleCount() <= TEXTS_AT_ONCE) d.stale(TEXTS_AT_ONCE).forEach(indexText);
      d.setMeta('seq', String(seq));
    });
    scheduleIndexing();
    return null;
  },
  page,
  ids(args) {
    return select(args, true).hits.map((h) => h.id);
  },
  counts() {
    const d = database();
    return { shelves: d.shelfCounts(), tags: d.tagCounts(), total: d.clipCount() };
  },
  status() {
    return currentIndexing();
  },
  indexed() {
    // Ready in full: what is read into memory in the background is read now.
    database().readAllFacts();
    knownWords();
    return null;
  },
  close() {
    db?.close();
    db = null;
    return null;
  },
};

async function handle({ id, method, args }: WorkerRequest): Promise<void> {
  const run = methods[method] as (args: unknown) => unknown;
  try {
    let value: unknown;
    try {
      value = run(args);
    } catch (error) {
      if (!db || !isDamage(error)) throw error;
      reset(error);
      value = run(args);
    }
    if (method === 'indexed' && indexing)
      await new Promise<void>((resolve) => whenIndexed.push(resolve));
    post({ id, ok: true, value });
    if (method === 'close') port.close();
  } catch (error) {
    post({ id, ok: false, message: (error as Error).message ?? String(error) });
  }
}

port.on('message', (request: WorkerRequest) => void handle(request));
