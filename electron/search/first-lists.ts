import type { ClipSummary } from '../model/clip-summary.ts';
import type { IndexPage, PageRequest } from './search-protocol.ts';
import { SearchDatabase, searchDatabaseFile } from './search-database.ts';
import { readShelfCounts, type ShelfCounts } from './shelf-counts-file.ts';
import { shelfCondition } from './sql-filters.ts';

/**
 * The list's windows as the search database on disk holds them, read on
 * main's thread while the search worker starts (a thread takes a while to
 * start, and more on a busy machine): the window's first list needs no
 * worker. Shelves only, not searches; and only from a database that holds
 * every clip's text, so that nothing is being indexed that a page should
 * say. A few milliseconds a window, even at 100,000 clips.
 */
export class FirstLists {
  #db: SearchDatabase;
  /** Each shelf's count as saved at the last close, when the database is as it was then: counting reads megabytes. */
  #counts: ShelfCounts['counts'] | null;

  private constructor(db: SearchDatabase, counts: ShelfCounts['counts'] | null) {
    this.#db = db;
    this.#counts = counts;
  }

  /** The lists of the library in `dir`; null when its database cannot answer them (missing, new, damaged, of another format, indexing). */
  static open(dir: string): FirstLists | null {
    let db: SearchDatabase;
    try {
      db = new SearchDatabase(searchDatabaseFile(dir), { readOnly: true });
    } catch {
      return null;
    }
    try {
      const seq = db.meta('seq');
      if (seq !== null && db.staleCount() === 0) {
        const saved = readShelfCounts(dir);
        return new FirstLists(db, saved?.seq === seq ? saved.counts : null);
      }
    } catch {
      // Damaged: the worker finds it too, and rebuilds it.
    }
    db.close();
    return null;
  }

  /**
   * A shelf's page; null for a search or a list of tags (a tag's clips can
   * take main's thread a while to find), or when the database cannot be
   * read: the worker then answers.
   */
  page({ query, shelf, tags, offset, limit }: PageRequest): IndexPage | null {
    if (query || tags.length > 0 || !shelf || !this.#db.db.isOpen) return null;
    try {
      const { hits, total } = this.#db.search({
        match: null,
        conditions: [shelfCondition(shelf)],
        order: 'newest',
        offset,
        limit,
        tagged: null,
        total: this.#counts?.[shelf],
      });
      return {
        total,
        indexing: null,
        hits: hits.map((hit) => ({
          clip: JSON.parse(hit.summary) as ClipSummary,
          score: hit.score,
          terms: [],
          snippet: null,
        })),
      };
    } catch {
      return null;
    }
  }

  close(): void {
    this.#db.close();
  }
}
