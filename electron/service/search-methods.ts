import type { PresscutApi } from '../api/contract.ts';
import { toSummary } from '../model/clip.ts';
import { parseQuery } from '../search/query.ts';
import { SearchIndex } from '../search/search-index.ts';
import { searchLibrary } from '../search/search-library.ts';
import type { ServiceContext } from './context.ts';

type SearchMethods = Pick<PresscutApi, 'searchClips'>;

const DEFAULT_LIMIT = 100;

/**
 * Search over the library's index. The index loads in the background as the
 * service starts (a search waits for it), follows every change, and is saved
 * when the library closes.
 */
export function searchMethods({ store, log }: ServiceContext): SearchMethods {
  const opening = SearchIndex.open(store, { onProblem: log });
  // Nothing to save if it never opened; the search that waits for it reports why.
  store.beforeClose(async () => (await opening.catch(() => null))?.close());
  return {
    async searchClips(text, { limit = DEFAULT_LIMIT, offset = 0 } = {}) {
      const query = parseQuery(text);
      const { hits, total } = await searchLibrary(await opening, store, query, { limit, offset });
      return {
        hits: hits.map(({ record, score, terms }) => ({ clip: toSummary(record), score, terms })),
        total,
      };
    },
  };
}
