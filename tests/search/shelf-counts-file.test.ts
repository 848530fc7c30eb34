import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { FirstLists } from '../../electron/search/first-lists.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import type { PageRequest } from '../../electron/search/search-protocol.ts';
import { readShelfCounts } from '../../electron/search/shelf-counts-file.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
const desktop = { openExternal: async () => undefined };
const firstWindow: PageRequest = {
  query: null,
  shelf: 'clips',
  tags: [],
  order: 'newest',
  offset: 0,
  limit: 2,
};

async function addClips(store: LibraryStore, titles: string[]): Promise<void> {
  for (const title of titles)
    await store.addPaste({ text: title }, [article(title, `${title}, said the port.`)], new Date());
}

/** The first lists' total of the main shelf, as main would answer it at start. */
function firstTotal(): number | undefined {
  const lists = FirstLists.open(dir);
  try {
    return lists?.page(firstWindow)?.total;
  } finally {
    lists?.close();
  }
}

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  const store = await LibraryStore.open(dir);
  const service = createPresscutService(store, desktop);
  await addClips(store, ['Harbour strike', 'Port reopens', 'Ferries return']);
  const [first] = store.records();
  await store.updateRecord(first.id, (r) => ({ ...r, reading: { ...r.reading, archived: true } }));
  await service.listWindow({ shelf: 'clips', order: 'newest', offset: 0, limit: 10 });
  await store.close();
});
afterEach(async () => {
  await remove();
});

describe('shelf counts saved at close', () => {
  it("are each shelf's count as the search index gives it", async () => {
    const saved = readShelfCounts(dir);
    const index = await SearchIndex.start(dir);
    try {
      expect(saved?.counts).toEqual((await index.counts()).shelves);
      expect(saved?.counts.clips).toBe(2);
    } finally {
      await index.close();
    }
  });

  it('give the first lists their totals while the database is the one they were read from', async () => {
    const saved = readShelfCounts(dir)!;
    expect(firstTotal()).toBe(2);
    // Told apart from a count made now: the first lists take the saved number as it is.
    const file = path.join(dir, 'search', 'shelf-counts.json');
    await writeFile(file, JSON.stringify({ ...saved, counts: { ...saved.counts, clips: 7 } }));
    expect(firstTotal()).toBe(7);
    await writeFile(
      file,
      JSON.stringify({ ...saved, seq: 'other', counts: { ...saved.counts, clips: 7 } }),
    );
    expect(firstTotal()).toBe(2);
    await writeFile(file, '{"seq":');
    expect(firstTotal()).toBe(2);
  });

  it('are dropped once the index follows the library, so a crash before the next close leaves none to mislead', async () => {
    const store = await LibraryStore.open(dir);
    const index = await SearchIndex.open(store);
    try {
      expect(readShelfCounts(dir)).toBeNull();
      await addClips(store, ['Grain deal']);
      await index.settled();
      // As a crash would leave the library, its index never closed: the first lists count.
      expect(firstTotal()).toBe(3);
    } finally {
      await index.close();
      await store.close();
    }
    expect(readShelfCounts(dir)?.counts.clips).toBe(3);
    expect(firstTotal()).toBe(3);
  });
});
