import type {
  ClipQuery,
  ClipWindowRequest,
  LibraryCounts,
  PresscutApi,
  TagSummary,
} from '../api/contract.ts';
import type { LibraryIndex } from '../library/index-schema.ts';
import type { ClipSelection, PageRequest } from '../search/search-protocol.ts';
import { parseQuery } from '../search/query.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { ServiceContext } from './context.ts';

/** What the index answers alone, without the library's records. */
export type IndexMethods = Pick<PresscutApi, 'searchClips' | 'listWindow' | 'listClipIds'>;
type SearchMethods = IndexMethods & Pick<PresscutApi, 'countClips'>;

const DEFAULT_LIMIT = 100;

/** What the index selects for a list: a search across every shelf, else the shelf; then the tags. */
function selection({ shelf, tags = [], search = '' }: ClipQuery): ClipSelection {
  const query = search.trim() ? parseQuery(search) : null;
  return { query, shelf: query ? null : shelf, tags };
}

/** What the index is asked for a window of the list. */
export function windowRequest({ offset, limit, ...query }: ClipWindowRequest): PageRequest {
  return { ...selection(query), order: query.order ?? 'score', offset, limit };
}

/** Search and the list's windows over an index, as it is when a call comes. */
export function indexMethods(opening: Promise<SearchIndex>): IndexMethods {
  return {
    async searchClips(text, { limit = DEFAULT_LIMIT, offset = 0 } = {}) {
      const query = parseQuery(text);
      const index = await opening;
      return index.page({ query, shelf: null, tags: [], order: 'score', offset, limit });
    },

    async listWindow(request) {
      const index = await opening;
      return { ...(await index.page(windowRequest(request))), offset: request.offset };
    },

    async listClipIds(query, { offset, limit } = { offset: 0 }) {
      const index = await opening;
      return index.ids({
        ...selection(query),
        order: query.order ?? 'score',
        offset,
        limit: limit ?? Number.MAX_SAFE_INTEGER,
      });
    },
  };
}

/**
 * Search, and the list's windows and counts, over the library's index. The
 * index opens in the background as the service starts (a call waits for
 * it), unless it was `started` before the library was read
 * (`openPresscutService`); it is brought up to date with the library, then
 * follows every change, and is closed when the library closes.
 */
export function searchMethods(
  { store, log }: ServiceContext,
  started: Promise<SearchIndex> = SearchIndex.start(store.dir, { onProblem: log }),
  complete = false,
): SearchMethods {
  const opening = started.then(async (index) => {
    await index.follow(store);
    if (complete) await index.indexed();
    return index;
  });
  // A call that waits for it reports why it could not open or follow; nothing else need.
  opening.catch(() => undefined);
  // Nothing to close if it never opened.
  store.beforeClose(async () => (await started.catch(() => null))?.close());
  return {
    ...indexMethods(opening),

    async countClips() {
      return countsOf(await opening, store.tags());
    },
  };
}

/** How many clips each shelf and tag holds, from the index; each tag with its colour. */
export async function countsOf(
  index: SearchIndex,
  colors: Readonly<LibraryIndex['tags']>,
): Promise<LibraryCounts> {
  const { shelves, total, tags } = await index.counts();
  const named: TagSummary[] = tags
    .map(({ name, count }) => ({
      name,
      count,
      color: Object.hasOwn(colors, name) ? colors[name].color : null,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
  return { shelves, total, tags: named };
}
