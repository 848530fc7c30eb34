import type { ClipSummary } from '../../electron/api/contract.ts';
import type { AppState, Shelf } from './state.ts';

const SHELVES: Record<Shelf, (c: ClipSummary) => boolean> = {
  clips: (c) => !c.reading.archived,
  unread: (c) => !c.reading.read && !c.reading.archived,
  favorites: (c) => c.reading.favorite,
  archive: (c) => c.reading.archived,
};

/** Whether a clip carries every tag of the filter. */
export function matchesTags(clip: ClipSummary, tags: readonly string[]): boolean {
  return tags.every((t) => clip.tags.includes(t));
}

/** Remembers the last answer, for as long as the slices it was computed from stay the same. */
function lastOf<S extends object[], R>(compute: (...slices: S) => R): (...slices: S) => R {
  let last: { slices: S; result: R } | null = null;
  return (...slices) => {
    if (!last || slices.some((s, i) => s !== last!.slices[i]))
      last = { slices, result: compute(...slices) };
    return last.result;
  };
}

const visible = lastOf((library: AppState['library'], list: AppState['list']) => {
  const { clips } = library;
  const { search, searchError, shelf, tagFilter } = list;
  // A query that cannot run shows nothing rather than the results of an older one.
  if (searchError) return [];
  let shown: ClipSummary[];
  if (search) {
    const byId = new Map(clips.map((c) => [c.id, c]));
    shown = search.hits.map((h) => byId.get(h.id)).filter((c): c is ClipSummary => c !== undefined);
  } else {
    shown = clips.filter(SHELVES[shelf]);
  }
  return tagFilter.length ? shown.filter((c) => matchesTags(c, tagFilter)) : shown;
});

/**
 * The clips the list shows: the search's hits in rank order while there is a
 * query (across every shelf), else the shelf's clips; in both cases only those
 * carrying every tag of the filter. The same array while nothing it depends on changed.
 */
export function visibleClips(state: AppState): ClipSummary[] {
  return visible(state.library, state.list);
}

const terms = lastOf(
  (list: AppState['list']): ReadonlyMap<string, string[]> =>
    new Map((list.search?.hits ?? []).map((h) => [h.id, h.terms])),
);

/** The words each search hit matched, to mark in the list and the reader. */
export function searchTerms(state: AppState): ReadonlyMap<string, string[]> {
  return terms(state.list);
}

const counts = lastOf((library: AppState['library']) => {
  const result: Record<Shelf, number> = { clips: 0, unread: 0, favorites: 0, archive: 0 };
  for (const clip of library.clips)
    for (const shelf of Object.keys(SHELVES) as Shelf[]) if (SHELVES[shelf](clip)) result[shelf]++;
  return result;
});

/** How many clips each shelf holds. */
export function shelfCounts(state: AppState): Record<Shelf, number> {
  return counts(state.library);
}

/** Whether a modal dialog is open: the window's own keys and paste wait until it closes. */
export function modalOpen(state: AppState): boolean {
  return state.ui.dialog !== null;
}

/** The clips chosen for a bulk action, as the list knows them. */
export function selectedClips(state: AppState): ClipSummary[] {
  const chosen = new Set(state.list.selection);
  return state.library.clips.filter((c) => chosen.has(c.id));
}
