import type { SQLInputValue } from 'node:sqlite';
import {
  FILTER_COLUMNS,
  type ClipTest,
  type ColumnReader,
  type FilterColumn,
} from './sql-filters.ts';

/** A clip's columns that filters test, as the clips table holds them. */
export type FilterValues = Record<FilterColumn, SQLInputValue>;

/**
 * What the filters test of every clip (`FILTER_COLUMNS`), by rowid, in
 * memory: a few bytes a clip. Read from the clips table a chunk at a time,
 * in rowid order, then kept as the table changes.
 */
export class ClipFacts {
  #columns = Object.fromEntries(FILTER_COLUMNS.map((c) => [c, [] as SQLInputValue[]])) as Record<
    FilterColumn,
    SQLInputValue[]
  >;
  /** The highest rowid read from the table so far; Infinity once every row is. */
  #readTo = 0;

  get complete(): boolean {
    return this.#readTo === Infinity;
  }

  /** A clip's value of a column; null for a clip it does not hold. */
  readonly get: ColumnReader = (column, rowid) => this.#columns[column][rowid] ?? null;

  /** How many clips pass a test. */
  count(test: ClipTest): number {
    // Every clip has a time it was clipped at: the rowids that hold one are the clips.
    const created = this.#columns.created;
    let n = 0;
    for (let rowid = 0; rowid < created.length; rowid++)
      if (created[rowid] != null && test(this.get, rowid)) n++;
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

  /** The rowid after which the table is still to be read. */
  get readTo(): number {
    return this.#readTo;
  }

  /** A row put in or changed. */
  put(rowid: number, values: FilterValues): void {
    if (rowid <= this.#readTo) this.#set(rowid, values);
  }

  remove(rowid: number): void {
    for (const column of FILTER_COLUMNS) this.#columns[column][rowid] = null;
  }

  #set(rowid: number, values: FilterValues): void {
    for (const column of FILTER_COLUMNS) this.#columns[column][rowid] = values[column];
  }
}
