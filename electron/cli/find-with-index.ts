import type { LibraryStore } from '../library/store.ts';
import { parseQuery } from '../search/query.ts';
import { SearchIndex } from '../search/search-index.ts';
import { searchLibrary } from '../search/search-library.ts';

/** Runs a search as the app's search box does, over the library's own index. */
export async function findWithIndex(store: LibraryStore, text: string): Promise<string[]> {
  const index = await SearchIndex.open(store);
  try {
    const { hits } = await searchLibrary(index, store, parseQuery(text), {
      limit: Math.max(1, store.records().length),
      offset: 0,
    });
    return hits.map((h) => h.record.id);
  } finally {
    await index.close();
  }
}
