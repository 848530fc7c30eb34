import type { PresscutApi } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';
import type { FindClips } from '../transfer/export/selection.ts';

/** Every clip a query finds, through the service's own search: what the search box would list. */
export function findWith(searchClips: PresscutApi['searchClips'], store: LibraryStore): FindClips {
  return async (query) =>
    (await searchClips(query, { limit: Math.max(1, store.records().length) })).hits.map(
      (h) => h.clip.id,
    );
}
