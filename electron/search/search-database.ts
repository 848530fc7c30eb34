import path from 'node:path';
import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import { ClipFacts, FILTER_COLUMNS, type FilterValues } from './clip-facts.ts';
import { tagKeys, type ClipRow, type FtsFields } from './clip-row.ts';
import { lengthProblem } from './database-length.ts';
import type { TextMatch } from './match-expression.ts';
import type { TaggedMatch, TaggedTier } from './tag-match.ts';
import {
  clipColumn,
  joinConditions,
  negated,
  placeholders,
  rowidIn,
  SHELF_NAMES,
  shelfCondition,
  type ShelfName,
  type SqlCondition,
} from './sql-filters.ts';

/**
 * Bump whenever what the database holds, or how, changes: a database of
 * another format is dropped and built again from the library.
 */
export const FORMAT = 4;

/**
 * Ranking a tier costs time for every clip in it; past this many, its clips
 * come newest first instead (those with the words in a title, tag, outlet or
 * note before the others), which costs next to nothing.
 */
export const RANKED_AT_MOST = 5000;
/**
 * A tier with phrases is found first, then scored by its phrases' uncommon
 * words, when it holds at most this many clips (each is looked up in the
 * full-text index on its own).
 */
const RANKED_AMONG_AT_MOST = 500;

const NEWEST_FIRST = 'c.created DESC, c.position, c.id';
/**
 * The database's page: small, since a change writes each page it touches
 * whole to the write-ahead log (a reading-progress change writes three).
 */
const PAGE_SIZE = 1024;
/** Clips whose filter columns are read into memory per query, when a search needs them all at once. */
const FACTS_PER_READ = 20_000;
/** The columns of `clips` a clip's row sets, besides its id. */
const CLIP_COLUMNS = [
  'created',
  'position',
  'published_day',
  'read',
  'archived',
  'favorite',
  'annotated',
  'noted',
  'source_words',
  'revision',
  'record_hash',
  'want_hash',
] as const;
/** How long a query waits for a lock another connection holds before it fails (ms). */
const BUSY_TIMEOUT_MS = 2000;
/** bm25's weight of each column, in the order of the fts table: title, source, notes, text. */
const BM25 = 'bm25(fts, 3, 2, 1.5, 1)';
const SHORT_FIELDS = '{title source notes}';

const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE clips (
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  created INTEGER NOT NULL,
  position INTEGER NOT NULL,
  published_day TEXT,
  read INTEGER NOT NULL,
  archived INTEGER NOT NULL,
  favorite INTEGER NOT NULL,
  annotated INTEGER NOT NULL,
  noted INTEGER NOT NULL,
  source_words TEXT,
  -- The text's revision.
  revision INTEGER NOT NULL,
  record_hash TEXT NOT NULL,
  -- What the full-text index should hold of the clip, and what it holds (NULL: nothing yet).
  want_hash TEXT NOT NULL,
  fts_hash TEXT
);
-- What a list in order, and its filters, read: the list's window is found without reading the table.
CREATE INDEX clips_newest ON clips (created DESC, position, id, archived, read, favorite, annotated, noted, published_day);
-- What source: reads, once the outlets it names are found among those in use.
CREATE INDEX clips_source ON clips (source_words) WHERE source_words IS NOT NULL;
-- What counting a shelf, a reading state or a date range reads.
CREATE INDEX clips_state ON clips (archived, read, favorite, annotated, noted, published_day, created);
-- What a page shows of a clip, apart from what lists and filters read: so that
-- counting or filtering 100,000 clips reads a narrow table, not every summary.
CREATE TABLE summaries (
  rowid INTEGER PRIMARY KEY,
  summary TEXT NOT NULL,
  -- The short fields as the full-text index takes them (JSON).
  fields TEXT NOT NULL
);
CREATE INDEX clips_stale ON clips (rowid) WHERE fts_hash IS NOT want_hash;
CREATE TABLE clip_tags (clip INTEGER NOT NULL, tag TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY (clip, tag)) WITHOUT ROWID;
CREATE INDEX clip_tags_key ON clip_tags (key, clip);
CREATE INDEX clip_tags_tag ON clip_tags (tag, clip);
CREATE TABLE vocabulary (term TEXT PRIMARY KEY) WITHOUT ROWID;
-- Tags are not in it: a tag edit then writes clip_tags, not the clip's whole entry.
CREATE VIRTUAL TABLE fts USING fts5 (
  title, source, notes, text,
  content = '', contentless_delete = 1,
  tokenize = "unicode61 remove_diacritics 0 categories 'L* N* M* C*'"
);
`;

/** The database was made by a Presscut that kept it otherwise: it is made anew. */
export class FormatMismatch extends Error {
  constructor(format: string | null) {
    super(`it is of format ${format ?? 'unknown'}, this Presscut uses ${FORMAT}`);
  }
}

export interface RowHit {
  rowid: number;
  id: string;
  summary: string;
  /** FtsFields, as JSON. */
  fields: string;
  score: number;
}

export interface TextSearch {
  match: TextMatch | null;
  conditions: SqlCondition[];
  /** By how well clips match (the default), or newest first. */
  order: 'score' | 'newest';
  offset: number;
  limit: number;
  /** Only the hits' ids are wanted (`summary` and `fields` are left empty). */
  idsOnly?: boolean;
  /** How many clips the match finds (`count`), when it was counted already. */
  total?: number;
  /** How the match finds clips by their tags (`taggedMatch`); null: by their text and other fields alone. */
  tagged: TaggedMatch | null;
}

/**
 * The search database of a library (SQLite, `node:sqlite`): every clip's
 * summary and what the filters need, and a full-text index (FTS5, contentless:
 * it holds the words' positions, not the text). Synchronous: it runs in the
 * search worker, never on the main thread.
 */
/** The search database of the library in `dir`. */
export function searchDatabaseFile(dir: string): string {
  return path.join(dir, 'search', 'library.sqlite');
}

export class SearchDatabase {
  readonly db: DatabaseSync;
  #statements = new Map<string, StatementSync>();
  #readOnly: boolean;
  /** What filters test of each clip, read from the clips table in the background, or when a search first needs it. */
  #facts = new ClipFacts();

  /**
   * Opens the database in `file`, made when there is none. With `readOnly`
   * (main's first lists, while the worker starts) it is only read: one that
   * is missing, damaged or holds nothing yet fails to open.
   */
  constructor(file: string, { readOnly = false } = {}) {
    const cut = lengthProblem(file);
    if (cut) throw cut;
    this.db = new DatabaseSync(file, { timeout: BUSY_TIMEOUT_MS, readOnly });
    this.#readOnly = readOnly;
    try {
      if (!readOnly) this.#prepare();
      this.#checkFormat();
      // A page of each table at its end, so that a file that is not a database, or a cut-short one, is
      // found now, at a cost that does not grow with the library (damage found later rebuilds it too).
      // Read-only too: main then lets go of a file the worker will find damaged and remove.
      this.#get('SELECT max(rowid) AS n FROM clips');
      this.#get('SELECT count(*) AS n FROM fts WHERE fts MATCH \'"presscut"\'');
      if (readOnly) return;
      // A filter's form on rowids (`SqlCondition.byRowid`) reads the clips' columns through these.
      for (const column of FILTER_COLUMNS)
        this.db.function(clipColumn(column), { directOnly: true }, (rowid) =>
          this.#facts.get(column, Number(rowid)),
        );
    } catch (error) {
      this.db.close();
      throw error;
    }
  }

  /** Sets the connection up for writing, and makes the tables of a new database. */
  #prepare(): void {
    this.db.exec(
      // The page size takes effect only in a new database, before its first table.
      `PRAGMA page_size = ${PAGE_SIZE}; PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;` +
        // A cache that holds the clips table and the full-text index's busiest pages at 100,000 clips.
        'PRAGMA cache_size = -32768;',
    );
    const created = this.db
      .prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'meta'")
      .get() as { n: number };
    if (created.n === 0) {
      this.db.exec(`BEGIN; ${SCHEMA} COMMIT;`);
      this.setMeta('format', String(FORMAT));
    }
  }

  /** Fails unless the database is of this Presscut's format. */
  #checkFormat(): void {
    const format = this.meta('format');
    if (format !== String(FORMAT)) throw new FormatMismatch(format);
  }

  close(): void {
    if (!this.db.isOpen) return;
    if (this.#readOnly) return this.db.close();
    try {
      this.db.exec('PRAGMA optimize; PRAGMA wal_checkpoint(TRUNCATE);');
    } finally {
      this.db.close();
    }
  }

  meta(key: string): string | null {
    return (this.#get('SELECT value FROM meta WHERE key = ?', key)?.value as string) ?? null;
  }

  setMeta(key: string, value: string): void {
    this.#run(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      key,
      value,
    );
  }

  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.db.isTransaction) this.db.exec('ROLLBACK');
      throw error;
    }
  }

  /** The vocabulary's terms after `after`, in order, at most `limit`. */
  termsAfter(after: string, limit: number): string[] {
    return this.#all(
      'SELECT term FROM vocabulary WHERE term > ? ORDER BY term LIMIT ?',
      after,
      limit,
    ).map((r) => r.term as string);
  }

  /** Whether a term other than `word` starts with it (the terms with a start lie right after it, in order). */
  startsOther(word: string): boolean {
    const next = this.#get(
      'SELECT term FROM vocabulary WHERE term > ? ORDER BY term LIMIT 1',
      word,
    );
    return typeof next?.term === 'string' && next.term.startsWith(word);
  }

  addTerms(terms: readonly string[]): void {
    for (const term of terms) this.#run('INSERT OR IGNORE INTO vocabulary (term) VALUES (?)', term);
  }

  /** Each clip's record hash, by id: what a reconciliation with the library compares. */
  recordHashes(): Map<string, string> {
    return new Map(
      this.#all('SELECT id, record_hash FROM clips').map((r) => [
        r.id as string,
        r.record_hash as string,
      ]),
    );
  }

  /**
   * Puts a clip's row in, or brings it up to date; its full-text entry is
   * marked stale when its fields or text changed. Returns whether it is.
   */
  put(row: ClipRow): boolean {
    const values: Record<(typeof CLIP_COLUMNS)[number], SQLInputValue> = {
      created: row.created,
      position: row.position,
      published_day: row.publishedDay,
      read: Number(row.read),
      archived: Number(row.archived),
      favorite: Number(row.favorite),
      annotated: Number(row.annotated),
      noted: Number(row.noted),
      source_words: row.sourceWords,
      revision: row.revision,
      record_hash: row.recordHash,
      want_hash: row.ftsHash,
    };
    const was = this.#get(
      `SELECT rowid, fts_hash, ${CLIP_COLUMNS.join(', ')} FROM clips WHERE id = ?`,
      row.id,
    );
    let rowid: number;
    if (!was)
      rowid = this.#get(
        `INSERT INTO clips (id, ${CLIP_COLUMNS.join(', ')}) VALUES (?${', ?'.repeat(CLIP_COLUMNS.length)}) RETURNING rowid`,
        row.id,
        ...CLIP_COLUMNS.map((column) => values[column]),
      )!.rowid as number;
    else {
      rowid = was.rowid as number;
      // Only the columns that changed are set: the indexes over the others are not written again.
      const changed = CLIP_COLUMNS.filter((column) => was[column] !== values[column]);
      if (changed.length > 0)
        this.#run(
          `UPDATE clips SET ${changed.map((column) => `${column} = ?`).join(', ')} WHERE rowid = ?`,
          ...changed.map((column) => values[column]),
          rowid,
        );
    }
    this.#facts.put(rowid, values);
    const fields = JSON.stringify(row.fields);
    const shown = was && this.#get('SELECT summary, fields FROM summaries WHERE rowid = ?', rowid);
    if (!shown || shown.summary !== row.summary || shown.fields !== fields)
      this.#run(
        `INSERT INTO summaries (rowid, summary, fields) VALUES (?, ?, ?)
         ON CONFLICT (rowid) DO UPDATE SET summary = excluded.summary, fields = excluded.fields`,
        rowid,
        row.summary,
        fields,
      );
    // Only the tags that came or went are written: a tag added writes its own entries alone.
    const had = new Set(
      this.#all('SELECT tag FROM clip_tags WHERE clip = ?', rowid).map((r) => r.tag as string),
    );
    const has = new Set(row.tags);
    for (const tag of had)
      if (!has.has(tag)) this.#run('DELETE FROM clip_tags WHERE clip = ? AND tag = ?', rowid, tag);
    for (const [tag, key] of tagKeys(row))
      if (!had.has(tag))
        this.#run('INSERT INTO clip_tags (clip, tag, key) VALUES (?, ?, ?)', rowid, tag, key);
    return (was?.fts_hash ?? null) !== row.ftsHash;
  }

  /** What the full-text index should hold of a clip besides its text. */
  wanted(id: string): { rowid: number; fields: FtsFields; wantHash: string } | null {
    const found = this.#get(
      'SELECT c.rowid, s.fields, c.want_hash FROM clips c JOIN summaries s ON s.rowid = c.rowid WHERE c.id = ?',
      id,
    );
    return found
      ? {
          rowid: found.rowid as number,
          fields: JSON.parse(found.fields as string) as FtsFields,
          wantHash: found.want_hash as string,
        }
      : null;
  }

  /** Writes a clip's full-text entry: its fields and its text (as terms), as `wanted` gave them. */
  putText(wanted: { rowid: number; fields: FtsFields; wantHash: string }, text: string): void {
    const { rowid, fields, wantHash } = wanted;
    this.#run('DELETE FROM fts WHERE rowid = ?', rowid);
    this.#run(
      'INSERT INTO fts (rowid, title, source, notes, text) VALUES (?, ?, ?, ?, ?)',
      rowid,
      fields.title,
      fields.source,
      fields.notes,
      text,
    );
    this.#run('UPDATE clips SET fts_hash = ? WHERE rowid = ?', wantHash, rowid);
  }

  remove(id: string): void {
    const found = this.#get('DELETE FROM clips WHERE id = ? RETURNING rowid', id);
    if (!found) return;
    this.#facts.remove(found.rowid as number);
    this.#run('DELETE FROM summaries WHERE rowid = ?', found.rowid as number);
    this.#run('DELETE FROM clip_tags WHERE clip = ?', found.rowid as number);
    this.#run('DELETE FROM fts WHERE rowid = ?', found.rowid as number);
  }

  /** Clips whose full-text entry is missing or out of date, by id, at most `limit`. */
  stale(limit: number): string[] {
    return this.#all('SELECT id FROM clips WHERE fts_hash IS NOT want_hash LIMIT ?', limit).map(
      (r) => r.id as string,
    );
  }

  staleCount(): number {
    return this.#get('SELECT count(*) AS n FROM clips WHERE fts_hash IS NOT want_hash')!
      .n as number;
  }

  clipCount(): number {
    return this.#get('SELECT count(*) AS n FROM clips')!.n as number;
  }

  /** Reads the next `limit` clips' filter columns into memory; true once every clip's are. */
  readFacts(limit: number): boolean {
    if (this.#facts.complete) return true;
    const rows = this.#all(
      `SELECT rowid, ${FILTER_COLUMNS.join(', ')} FROM clips WHERE rowid > ? ORDER BY rowid LIMIT ?`,
      this.#facts.readTo,
      limit,
    ) as Array<FilterValues & { rowid: SQLInputValue }>;
    this.#facts.read(rows, rows.length < limit);
    return this.#facts.complete;
  }

  /** Reads every clip's filter columns into memory now, those not read yet. */
  readAllFacts(): void {
    while (!this.readFacts(FACTS_PER_READ));
  }

  /** Clips matching a search, or a list's conditions, as a page and the count of them all. */
  search({ match, conditions, order, offset, limit, idsOnly = false, total, tagged }: TextSearch): {
    hits: RowHit[];
    total: number;
  } {
    const filter = joinConditions([...conditions, ...exclusions(match, tagged)]);
    const found =
      !match || match.tiers.length === 0
        ? this.#listed(filter, offset, limit, total)
        : tagged?.tiers
          ? this.#matchedTagged(tagged.tiers, match.ranked, filter, order, offset, limit, total)
          : this.#matched(match, filter, order, offset, limit, total);
    if (!idsOnly) this.#summarise(found.hits);
    return found;
  }

  /** How many clips a search finds: its loosest tier holds every clip the others do. */
  count(match: TextMatch, conditions: SqlCondition[], tagged: TaggedMatch | null): number {
    const filter = joinConditions([...conditions, ...exclusions(match, tagged)]);
    return tagged?.tiers
      ? this.#countWhere(tierCondition(tagged.tiers.at(-1)!), filter)
      : this.#matching(tierExpressions(match).at(-1)!, filter);
  }

  #countWhere(condition: SqlCondition, filter: SqlCondition): number {
    return this.#get(
      `SELECT count(*) AS n FROM clips c WHERE ${condition.sql} AND ${filter.sql}`,
      ...condition.params,
      ...filter.params,
    )!.n as number;
  }

  /**
   * `#matched` for a match some of whose words are in tags: each tier a
   * condition on the clips; within a tier, the clips whose tags hold more of
   * the query first (a person's own tags say best what a clip is about), then
   * newest first.
   */
  #matchedTagged(
    tiers: readonly TaggedTier[],
    ranked: boolean,
    filter: SqlCondition,
    order: TextSearch['order'],
    offset: number,
    limit: number,
    counted?: number,
  ): { hits: RowHit[]; total: number } {
    const conditions = tiers.map(tierCondition);
    return pageOfTiers(
      tiers.length,
      (tier) => this.#countWhere(conditions[tier], filter),
      (tier, size, wanted, skip) => {
        const own = joinConditions([
          conditions[tier],
          ...(tier > 0 ? [negated(conditions[tier - 1])] : []),
        ]);
        if (!ranked || order !== 'score') return this.#newest(own, filter, size, wanted, skip);
        const byTags = tagScore(tiers[tier]);
        const where = joinConditions([own, filter]);
        return this.#all(
          `SELECT ${COLUMNS}, ${byTags.sql} AS score FROM clips c WHERE ${where.sql}
           ORDER BY score DESC, ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
          ...byTags.params,
          ...where.params,
          wanted,
          skip,
        );
      },
      { offset, limit, counted },
    );
  }

  /** A page's summaries, read once the page is chosen (choosing it reads only the narrow clips table), in one query. */
  #summarise(hits: RowHit[]): void {
    if (hits.length === 0) return;
    const found = new Map(
      this.#all(
        'SELECT rowid, summary, fields FROM summaries WHERE rowid IN (SELECT value FROM json_each(?))',
        JSON.stringify(hits.map((hit) => hit.rowid)),
      ).map((r) => [r.rowid as number, r]),
    );
    for (const hit of hits) {
      hit.summary = found.get(hit.rowid)?.summary as string;
      hit.fields = found.get(hit.rowid)?.fields as string;
    }
  }

  /** How many clips match an expression and the filter: the full-text index alone counts them when nothing is filtered. */
  #matching(expression: string, filter: SqlCondition): number {
    const byRowid = filter.sql === '1' || filter.clips ? null : this.#byRowid(filter);
    const sql =
      filter.sql === '1'
        ? 'SELECT count(*) AS n FROM fts WHERE fts MATCH ?'
        : filter.clips
          ? `SELECT count(*) AS n FROM (SELECT rowid FROM fts WHERE fts MATCH ? INTERSECT ${filter.clips.sql})`
          : byRowid
            ? `SELECT count(*) AS n FROM fts WHERE fts MATCH ? AND ${byRowid.sql}`
            : `SELECT count(*) AS n FROM clips c WHERE c.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) AND ${filter.sql}`;
    return this.#get(sql, expression, ...(byRowid ?? filter).params)!.n as number;
  }

  /**
   * A filter as a condition on the full-text table's rowids, its clips'
   * columns read from memory; null when it has no such form, or memory does
   * not hold every clip's yet (the search then reads them from the table).
   */
  #byRowid(filter: SqlCondition): { sql: string; params: SQLInputValue[] } | null {
    return this.#facts.complete ? (filter.byRowid ?? null) : null;
  }

  /** A page of a search's hits, tier after tier (`pageOfTiers`), and their count. */
  #matched(
    match: TextMatch,
    filter: SqlCondition,
    order: TextSearch['order'],
    offset: number,
    limit: number,
    counted?: number,
  ): { hits: RowHit[]; total: number } {
    const tiers = tierExpressions(match);
    const byScore = match.ranked && order === 'score';
    return pageOfTiers(
      tiers.length,
      (tier) => this.#matching(tiers[tier], filter),
      (tier, size, wanted, skip) => {
        const own = tier === 0 ? tiers[0] : `(${tiers[tier]}) NOT (${match.tiers[tier - 1]})`;
        return byScore && size <= RANKED_AMONG_AT_MOST && match.ranking[tier] !== match.tiers[tier]
          ? this.#rankedAmong(own, match.ranking[tier], filter, wanted, skip)
          : byScore && size <= RANKED_AT_MOST
            ? this.#ranked(own, filter, size, wanted, skip)
            : byScore
              ? this.#shortFirst(own, match.tiers[tier], filter, size, wanted, skip)
              : this.#newest(own, filter, size, wanted, skip);
      },
      { offset, limit, counted },
    );
  }

  /**
   * A page of the `size` clips matching an expression and the filter, best
   * first (then newest first). Reading a clip from the clips table costs
   * about what scoring it does: so with no filter, or one that lets most
   * through, the scores are worked out in the full-text index alone, and
   * only the best few clips (twice what the page needs) are read there, the
   * page's end and every clip that ties with it (which of those it holds
   * depends on their dates). When those are not enough, every clip is read,
   * as it is for a filter that lets few through (scored once it has).
   */
  #ranked(own: string, filter: SqlCondition, size: number, limit: number, offset: number): Rows {
    const reach = offset + limit;
    const byRowid = filter.sql === '1' ? null : this.#byRowid(filter);
    // A filter on rowids is tested as the full-text index is read: the clips are then scored as if unfiltered.
    const filtered = filter.sql !== '1' && !byRowid;
    const matching = filtered ? this.#matching(own, NO_FILTER) : size;
    const wanted = Math.ceil((2 * (reach + 1) * matching) / Math.max(size, 1));
    if (filtered && (2 * size < matching || wanted >= matching))
      return this.#scoredAll(own, filter, limit, offset);
    const best = this.#all(
      `SELECT rowid, -${BM25} AS score FROM fts WHERE fts MATCH ?${byRowid ? ` AND ${byRowid.sql}` : ''}
       ORDER BY score DESC LIMIT ?`,
      own,
      ...(byRowid?.params ?? []),
      wanted,
    );
    const passing = filtered
      ? this.#all(
          `SELECT c.rowid, b.value ->> 1 AS score FROM json_each(?) b JOIN clips c ON c.rowid = b.value ->> 0
           WHERE ${filter.sql} ORDER BY b.key`,
          JSON.stringify(best.map((r) => [r.rowid, r.score])),
          ...filter.params,
        )
      : best;
    // Every clip the expression matches was scored, or every one scoring as well as the page's end.
    const every = best.length < wanted;
    const end = passing.length >= reach ? (passing[reach - 1].score as number) : null;
    if (!every && (end === null || (best.at(-1)!.score as number) >= end))
      return this.#scoredAll(own, filter, limit, offset);
    return this.#pageOfScored(
      every ? passing : passing.filter((r) => (r.score as number) >= end!),
      limit,
      offset,
    );
  }

  /**
   * `#ranked` for a few clips matching an expression with phrases: they are
   * found first, then scored by `rankBy` (`TextMatch.ranking`), which takes
   * no pass through every clip holding a phrase's words to score it.
   */
  #rankedAmong(
    own: string,
    rankBy: string,
    filter: SqlCondition,
    limit: number,
    offset: number,
  ): Rows {
    const byRowid = filter.sql === '1' ? null : this.#byRowid(filter);
    const matched = this.#get(
      `SELECT json_group_array(rowid) AS ids FROM fts WHERE fts MATCH ?${byRowid ? ` AND ${byRowid.sql}` : ''}`,
      own,
      ...(byRowid?.params ?? []),
    )!.ids;
    const ids =
      filter.sql === '1' || byRowid
        ? matched
        : this.#get(
            `SELECT json_group_array(c.rowid) AS ids FROM json_each(?) b JOIN clips c ON c.rowid = b.value
             WHERE ${filter.sql}`,
            matched,
            ...filter.params,
          )!.ids;
    // `+rowid`: the clips are tested as FTS5 finds `rankBy`'s, not each looked up in it on its own (given
    // as rowids, FTS5 evaluates the expression once per clip: at 100,000 clips 500 of them took 400 ms, not 3).
    const scored = this.#all(
      `SELECT rowid, -${BM25} AS score FROM fts WHERE fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))`,
      rankBy,
      ids,
    );
    return this.#pageOfScored(scored, limit, offset);
  }

  /** A page of clips scored already (`rowid`, `score`), best first, then newest first. */
  #pageOfScored(scored: Rows, limit: number, offset: number): Rows {
    return this.#all(
      `SELECT ${COLUMNS}, b.value ->> 1 AS score FROM json_each(?) b JOIN clips c ON c.rowid = b.value ->> 0
       ORDER BY score DESC, ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      JSON.stringify(scored.map((r) => [r.rowid, r.score])),
      limit,
      offset,
    );
  }

  /** `#ranked`, scoring every clip the expression matches and reading each from the clips table. */
  #scoredAll(own: string, filter: SqlCondition, limit: number, offset: number): Rows {
    return this.#all(
      `SELECT ${COLUMNS}, -${BM25} AS score FROM fts JOIN clips c ON c.rowid = fts.rowid
       WHERE fts MATCH ? AND ${filter.sql} ORDER BY score DESC, ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      own,
      ...filter.params,
      limit,
      offset,
    );
  }

  /**
   * A tier too big to rank: the clips with its words in a title, tag, outlet
   * or note first, then the others, each newest first.
   */
  #shortFirst(
    own: string,
    tier: string,
    filter: SqlCondition,
    size: number,
    limit: number,
    offset: number,
  ): Rows {
    const short = `${SHORT_FIELDS} : (${tier})`;
    const inShort = `(${own}) AND (${short})`;
    const shortCount = this.#matching(inShort, filter);
    const first =
      offset < shortCount ? this.#newest(inShort, filter, shortCount, limit, offset) : [];
    if (first.length >= limit) return first;
    const rest = this.#newest(
      `(${own}) NOT (${short})`,
      filter,
      size - shortCount,
      limit - first.length,
      Math.max(0, offset - shortCount),
    );
    return [...first, ...rest];
  }

  /** The `size` clips matching an expression and the filter, newest first. */
  #newest(
    found: string | SqlCondition,
    filter: SqlCondition,
    size: number,
    limit: number,
    offset: number,
  ): Rows {
    const where = joinConditions([typeof found === 'string' ? inFts(found) : found, filter]);
    return this.#all(
      `SELECT ${COLUMNS} FROM ${clipsInOrder(size)} WHERE ${where.sql}
       ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      ...where.params,
      limit,
      offset,
    );
  }

  #listed(
    filter: SqlCondition,
    offset: number,
    limit: number,
    counted?: number,
  ): { hits: RowHit[]; total: number } {
    const total =
      counted ??
      (this.#facts.complete && filter.test && !filter.clips
        ? this.#facts.count(filter.test)
        : (this.#get(
            filter.clips
              ? `SELECT count(*) AS n FROM (${filter.clips.sql})`
              : `SELECT count(*) AS n FROM clips c WHERE ${filter.sql}`,
            ...filter.params,
          )!.n as number));
    const hits = this.#all(
      `SELECT ${COLUMNS} FROM ${clipsInOrder(total)} WHERE ${filter.sql} ORDER BY ${NEWEST_FIRST} LIMIT ? OFFSET ?`,
      ...filter.params,
      limit,
      offset,
    ).map((r) => rowHit(r, 0));
    return { hits, total };
  }

  /** How many clips each shelf holds. */
  shelfCounts(): Record<ShelfName, number> {
    const counts = {} as Record<ShelfName, number>;
    for (const shelf of SHELF_NAMES) {
      const condition = shelfCondition(shelf);
      counts[shelf] = this.#facts.complete
        ? this.#facts.count(condition.test!)
        : (this.#get(`SELECT count(*) AS n FROM clips c WHERE ${condition.sql}`)!.n as number);
    }
    return counts;
  }

  /** Every outlet in use, as words. */
  sourceWords(): string[] {
    return this.#all('SELECT DISTINCT source_words FROM clips WHERE source_words IS NOT NULL').map(
      (r) => r.source_words as string,
    );
  }

  /** Every tag in use. */
  tagNames(): string[] {
    return this.#all('SELECT DISTINCT tag FROM clip_tags').map((r) => r.tag as string);
  }

  /** Every tag in use, with how many clips carry it. */
  tagCounts(): Array<{ name: string; count: number }> {
    return this.#all('SELECT tag AS name, count(*) AS count FROM clip_tags GROUP BY tag').map(
      (r) => ({
        name: r.name as string,
        count: r.count as number,
      }),
    );
  }

  #statement(sql: string): StatementSync {
    let statement = this.#statements.get(sql);
    if (!statement) {
      // Queries differ by their filters: keep the statements of the last few hundred shapes.
      if (this.#statements.size >= 300) this.#statements.clear();
      statement = this.db.prepare(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  #get(sql: string, ...params: SQLInputValue[]): Record<string, SQLInputValue> | undefined {
    return this.#statement(sql).get(...params) as Record<string, SQLInputValue> | undefined;
  }

  #all(sql: string, ...params: SQLInputValue[]): Record<string, SQLInputValue>[] {
    return this.#statement(sql).all(...params) as Record<string, SQLInputValue>[];
  }

  #run(sql: string, ...params: SQLInputValue[]): void {
    this.#statement(sql).run(...params);
  }
}

type Rows = Record<string, SQLInputValue>[];

/**
 * A page of a search's hits, tier after tier, and their count. Each tier is
 * counted only when the page reaches it or lies beyond it; the total is the
 * loosest tier's count, since each tier holds the one before it. `pageOf`
 * gives a tier's own clips (those the tier before did not find), in order.
 */
function pageOfTiers(
  tierCount: number,
  countTier: (tier: number) => number,
  pageOf: (tier: number, size: number, limit: number, offset: number) => Rows,
  { offset, limit, counted }: { offset: number; limit: number; counted?: number },
): { hits: RowHit[]; total: number } {
  const counts: number[] = [];
  if (counted !== undefined) counts[tierCount - 1] = counted;
  const countOf = (tier: number) => (counts[tier] ??= countTier(tier));
  const total = countOf(tierCount - 1);
  const hits: RowHit[] = [];
  let skip = offset;
  for (let tier = 0; tier < tierCount && hits.length < limit; tier++) {
    const size = countOf(tier) - (tier > 0 ? countOf(tier - 1) : 0);
    if (skip >= size) {
      skip -= size;
      continue;
    }
    for (const r of pageOf(tier, size, limit - hits.length, skip))
      hits.push(rowHit(r, ((r.score as number) ?? 0) / (tier + 1)));
    skip = 0;
  }
  return { hits, total };
}

/** Past this many clips, a page newest first is found walking the list's order rather than sorting them all. */
const WALKED_FROM = 1000;

/**
 * The clips table as a page newest first of `size` clips reads it: many, by
 * walking the list's order until the page is full (a filter on an indexed
 * column would otherwise have its index chosen, and every clip it lets through
 * sorted); few, as the query planner sees best (found, then sorted).
 */
function clipsInOrder(size: number): string {
  return size > WALKED_FROM ? 'clips c INDEXED BY clips_newest' : 'clips c';
}

const NO_FILTER: SqlCondition = { sql: '1', params: [] };

/** The clips an expression matches in the full-text index. */
function inFts(expression: string): SqlCondition {
  return rowidIn('SELECT rowid FROM fts WHERE fts MATCH ?', [expression]);
}

/** The clips carrying any of the tags, as a subquery. */
function clipsTagged(tags: readonly string[]): string {
  return `SELECT clip FROM clip_tags WHERE tag IN (${placeholders(tags)})`;
}

function taggedWith(tags: readonly string[]): SqlCondition {
  return rowidIn(clipsTagged(tags), [...tags]);
}

/** A tier of a match found in tags too, as a condition on the clips: each part in the text or the tags. */
function tierCondition(tier: TaggedTier): SqlCondition {
  return joinConditions([
    ...(tier.fts ? [inFts(tier.fts)] : []),
    // One set of both (a UNION), not two tested in turn: SQLite then merges them rather than visiting every clip.
    ...tier.either.map((part) =>
      rowidIn(`SELECT rowid FROM fts WHERE fts MATCH ? UNION ${clipsTagged(part.tags)}`, [
        part.fts,
        ...part.tags,
      ]),
    ),
  ]);
}

/** How many parts of a tier a clip's tags hold. */
function tagScore(tier: TaggedTier): SqlCondition {
  const held = tier.either.map((part) => taggedWith(part.tags));
  if (held.length === 0) return { sql: '0', params: [] };
  return { sql: held.map((h) => `(${h.sql})`).join(' + '), params: held.flatMap((h) => h.params) };
}

/**
 * What a search leaves out, as conditions on the clips: what the words left
 * out find, where the full-text expressions do not leave it out themselves
 * (a query with no words to find, or one found in tags too), and the clips
 * of the tags that hold them.
 */
function exclusions(match: TextMatch | null, tagged: TaggedMatch | null): SqlCondition[] {
  const conditions: SqlCondition[] = [];
  if (match?.excluded && (match.tiers.length === 0 || tagged?.tiers))
    conditions.push(negated(inFts(match.excluded)));
  if (tagged && tagged.excludedTags.length > 0) {
    conditions.push(negated(taggedWith(tagged.excludedTags)));
  }
  return conditions;
}

/** A search's tiers as they match: each without the words and phrases left out. */
function tierExpressions(match: TextMatch): string[] {
  return match.tiers.map((tier) => (match.excluded ? `(${tier}) NOT (${match.excluded})` : tier));
}

/** The columns a page selects; its summaries are read after (`#summarise`). */
const COLUMNS = "c.rowid, c.id, '' AS summary, '' AS fields";

function rowHit(r: Record<string, SQLInputValue>, score: number): RowHit {
  return {
    rowid: r.rowid as number,
    id: r.id as string,
    summary: r.summary as string,
    fields: r.fields as string,
    score,
  };
}
