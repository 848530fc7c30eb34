import type { PresscutApi } from '../api/contract.ts';
import { parseQuery } from '../search/query.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { ServiceContext } from './context.ts';

type SearchMethods = Pick<PresscutApi, 'searchClips'>;

const DEFAULT_LIMIT = 100;

/**
 * Search over the library's index. The index opens in the background as the
 * service starts (a search waits for it), follows every change, and is
 * closed when the library closes.
 */
export function searchMethods({ store, log }: ServiceContext): SearchMethods {
  const opening = SearchIndex.open(store, { onProblem: log });
  // Nothing to close if it never opened; the search that waits for it reports why.
  store.beforeClose(async () => (await opening.catch(() => null))?.close());
  return {
    async searchClips(text, { limit = DEFAULT_LIMIT, offset = 0 } = {}) {
      const query = parseQuery(text);
      const index = await opening;
      const { hits, total, indexing } = await index.page({
        query,
        shelf: null,
        tags: [],
        order: 'score',
        offset,
        limit,
      });
      return {
        hits: hits.map(({ clip, score, terms, snippet }) => ({ clip, score, terms, snippet })),
        total,
        indexing,
      };
    },
  };
}
