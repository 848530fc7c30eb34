import type { LibraryStore } from '../library/store.ts';
import { parseQuery } from '../search/query.ts';
import { SearchIndex } from '../search/search-index.ts';

/** Runs a search as the app's search box does, over the library's own index. */
export async function findWithIndex(store: LibraryStore, text: string): Promise<string[]> {
  const index = await SearchIndex.open(store, {
    onProblem: (message) => console.error(`presscut: ${message}`),
  });
  try {
    // A command waits for the index to hold every text, so it finds what the window would.
    await index.indexed();
    return await index.ids({
      query: parseQuery(text),
      shelf: null,
      tags: [],
      order: 'score',
      offset: 0,
      limit: Math.max(1, store.records().length),
    });
  } finally {
    await index.close();
  }
}
