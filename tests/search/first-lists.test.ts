import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Shelf } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { FirstLists } from '../../electron/search/first-lists.ts';
import { searchDatabaseFile } from '../../electron/search/search-database.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import type { PageRequest } from '../../electron/search/search-protocol.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;

const SHELVES: Shelf[] = ['clips', 'unread', 'favorites', 'archive'];
const window = (shelf: Shelf, offset = 0, limit = 3): PageRequest => ({
  query: null,
  shelf,
  tags: [],
  order: 'newest',
  offset,
  limit,
});

beforeAll(async () => {
  ({ dir, remove } = await tempDir());
  const store = await LibraryStore.open(dir);
  const index = await SearchIndex.open(store);
  const titles = ['Harbour strike', 'Port reopens', 'Ferries return', 'Grain deal', 'Floods'];
  for (const [i, title] of titles.entries()) {
    const [record] = await store.addPaste(
      { text: title },
      [article(title, `${title}, said the port.`)],
      new Date(Date.UTC(2025, 0, 1 + i)),
    );
    await store.updateRecord(record.id, (r) => ({
      ...r,
      tags: i % 2 ? ['port'] : [],
      reading: { ...r.reading, read: i === 1, archived: i === 2, favorite: i === 3 },
    }));
  }
  await index.indexed();
  await index.close();
  await store.close();
});
afterAll(async () => {
  await remove();
});

/** Sets what the search database holds, as a crash or an older Presscut might have left it. */
function alter(sql: string): void {
  const db = new DatabaseSync(searchDatabaseFile(dir));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe('FirstLists', () => {
  it("answers each shelf's windows as the search worker does", async () => {
    const lists = FirstLists.open(dir)!;
    const index = await SearchIndex.start(dir);
    try {
      for (const shelf of SHELVES)
        for (const offset of [0, 2]) {
          const request = window(shelf, offset);
          expect(lists.page(request), `${shelf} from ${offset}`).toEqual(await index.page(request));
        }
      expect(lists.page(window('clips'))!.total).toBe(4);
    } finally {
      lists.close();
      await index.close();
    }
  });

  it('leaves searches and lists of tags to the worker', () => {
    const lists = FirstLists.open(dir)!;
    try {
      expect(lists.page({ ...window('clips'), tags: ['port'] })).toBeNull();
      expect(lists.page({ ...window('clips'), query: parseQuery('port') })).toBeNull();
    } finally {
      lists.close();
    }
  });

  it('does not answer from a database that is missing, still indexing, or of another format', async () => {
    const empty = await tempDir();
    try {
      expect(FirstLists.open(empty.dir)).toBeNull();
    } finally {
      await empty.remove();
    }
    // A clip's text not in the full-text index yet: pages say it is indexing, which the worker knows.
    alter('UPDATE clips SET fts_hash = NULL WHERE rowid = (SELECT min(rowid) FROM clips)');
    expect(FirstLists.open(dir)).toBeNull();
    alter('UPDATE clips SET fts_hash = want_hash');
    FirstLists.open(dir)!.close();
    alter("UPDATE meta SET value = '0' WHERE key = 'format'");
    expect(FirstLists.open(dir)).toBeNull();
  });
});
