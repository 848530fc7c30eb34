import type { SQLInputValue } from 'node:sqlite';

/** The columns of `clips` that filters test. */
export const FILTER_COLUMNS = [
  'read',
  'archived',
  'favorite',
  'annotated',
  'noted',
  'published_day',
  'created',
  'source_words',
] as const;
export type FilterColumn = (typeof FILTER_COLUMNS)[number];

/** A clip's columns that filters test, as the clips table holds them. */
export type FilterValues = Record<FilterColumn, SQLInputValue>;

/** The reading-state columns, each a bit of `ClipFacts.flags`. */
export const FLAG_BITS = { read: 1, archived: 2, favorite: 4, annotated: 8, noted: 16 } as const;
export type FlagColumn = keyof typeof FLAG_BITS;
/** The bit of a rowid that is a clip's. */
const PRESENT = 32;

function isFlag(column: FilterColumn): column is FlagColumn {
  return Object.hasOwn(FLAG_BITS, column);
}

/**
 * What the filters test of every clip (`FILTER_COLUMNS`), by rowid, in
 * memory: a few bytes a clip, in typed arrays that a list's count runs
 * through in a millisecond. Read from the clips table a chunk at a time,
 * in rowid order, then kept as the table changes.
 */
export class ClipFacts {
  /** The reading states' bits (`FLAG_BITS`), and whether the rowid is a clip's. */
  flags = new Uint8Array(1024);
  created = new Float64Array(1024);
  /** The day the outlet printed (YYYY-MM-DD), or null. */
  readonly day: Array<string | null> = [];
  /** The outlet as words (`phraseText`), or null. */
  readonly source: Array<string | null> = [];
  /** The highest rowid read from the table so far; Infinity once every row is. */
  #readTo = 0;

  get complete(): boolean {
    return this.#readTo === Infinity;
  }

  /** The rowid after which the table is still to be read. */
  get readTo(): number {
    return this.#readTo;
  }

  /** A clip's value of a column, as the table holds it; null for a rowid that is no clip's. */
  get(column: FilterColumn, rowid: number): SQLInputValue {
    if (!(this.flags[rowid] & PRESENT)) return null;
    if (isFlag(column)) return this.flags[rowid] & FLAG_BITS[column] ? 1 : 0;
    if (column === 'created') return this.created[rowid];
    return (column === 'published_day' ? this.day[rowid] : this.source[rowid]) ?? null;
  }

  /** How many clips pass a test. */
  count(test: (facts: ClipFacts, rowid: number) => boolean): number {
    let n = 0;
    for (let rowid = 0; rowid < this.flags.length; rowid++)
      if (this.flags[rowid] & PRESENT && test(this, rowid)) n++;
    return n;
  }

  /**
   * Takes the next rows read from the table, in rowid order, and whether
   * they were the last; rows past what it has read are left for the reading,
   * which then finds them as they are.
   */
  read(rows: ReadonlyArray<FilterValues & { rowid: SQLInputValue }>, last: boolean): void {
    for (const row of rows) this.#set(Number(row.rowid), row);
    this.#readTo = last ? Infinity : Number(rows.at(-1)?.rowid ?? this.#readTo);
  }

  /** A row put in or changed. */
  put(rowid: number, values: FilterValues): void {
    if (rowid <= this.#readTo) this.#set(rowid, values);
  }

  remove(rowid: number): void {
    if (rowid < this.flags.length) this.flags[rowid] = 0;
    this.day[rowid] = null;
    this.source[rowid] = null;
  }

  #set(rowid: number, values: FilterValues): void {
    if (rowid >= this.flags.length) this.#grow(rowid);
    let flags = PRESENT;
    for (const column of Object.keys(FLAG_BITS) as FlagColumn[])
      if (values[column]) flags |= FLAG_BITS[column];
    this.flags[rowid] = flags;
    this.created[rowid] = Number(values.created);
    this.day[rowid] = (values.published_day as string | null) ?? null;
    this.source[rowid] = (values.source_words as string | null) ?? null;
  }

  #grow(rowid: number): void {
    const size = Math.max(rowid + 1, this.flags.length * 2);
    const flags = new Uint8Array(size);
    flags.set(this.flags);
    const created = new Float64Array(size);
    created.set(this.created);
    this.flags = flags;
    this.created = created;
  }
}
