import type { PresscutApi } from '../api/contract.ts';
import type { FindClips } from '../transfer/export/selection.ts';

/**
 * Every clip a query finds, in the search box's order: ids alone, from the
 * index, so an export of a search reads no clip's text to build snippets it
 * would not show. A search covers every shelf; the shelf named is ignored.
 */
export function findWith(listClipIds: PresscutApi['listClipIds']): FindClips {
  return (query) => listClipIds({ shelf: 'clips', search: query });
}
