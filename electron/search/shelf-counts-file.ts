import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { removeFile, replaceFile } from '../library/durable-file.ts';
import { SearchDatabase, searchDatabaseFile } from './search-database.ts';
import { SHELF_NAMES, type ShelfName } from './sql-filters.ts';

/**
 * How many clips each shelf held when the library last closed, with the
 * change the search database had reached then (its `seq`). Counting a shelf
 * of 100,000 clips reads megabytes of the database, which a start whose
 * files are not in the system's cache waits for before its first list; the
 * first lists take the count from here instead (`FirstLists`). Written when
 * the search index closes, from the database in one read; removed before
 * the index changes anything, so that a count is only ever trusted for the
 * database it was read from, even after a crash.
 */
export interface ShelfCounts {
  seq: string;
  counts: Record<ShelfName, number>;
}

function shelfCountsFile(dir: string): string {
  return path.join(dir, 'search', 'shelf-counts.json');
}

/** The counts saved when the library in `dir` last closed; null when there are none, or they cannot be read. */
export function readShelfCounts(dir: string): ShelfCounts | null {
  try {
    const found = JSON.parse(readFileSync(shelfCountsFile(dir), 'utf8')) as Partial<ShelfCounts>;
    const counts = found?.counts;
    if (
      typeof found?.seq === 'string' &&
      SHELF_NAMES.every((shelf) => Number.isSafeInteger(counts?.[shelf]) && counts![shelf] >= 0)
    )
      return found as ShelfCounts;
  } catch {
    // None saved, or damaged: the first lists count.
  }
  return null;
}

/**
 * Removes the saved counts: the database is about to change. At once, not
 * awaited, so that what the index is asked next stays in the order it was
 * asked.
 */
export function forgetShelfCounts(dir: string): void {
  rmSync(shelfCountsFile(dir), { force: true });
}

/**
 * Saves each shelf's count from the library's search database, once its
 * index has closed; when the database cannot say (missing, damaged, texts
 * still to index), none are kept.
 */
export async function saveShelfCounts(dir: string): Promise<void> {
  let saved: ShelfCounts | null = null;
  try {
    const db = new SearchDatabase(searchDatabaseFile(dir), { readOnly: true });
    try {
      // One read: the counts are those of the change `seq` names.
      db.db.exec('BEGIN');
      const seq = db.meta('seq');
      if (seq !== null && db.staleCount() === 0) saved = { seq, counts: db.shelfCounts() };
      db.db.exec('COMMIT');
    } finally {
      db.close();
    }
  } catch {
    // Nothing to save from a database that cannot be read.
  }
  const file = shelfCountsFile(dir);
  if (saved) await replaceFile(file, JSON.stringify(saved), path.dirname(file));
  else await removeFile(file);
}
