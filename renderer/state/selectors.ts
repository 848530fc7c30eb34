import type { ClipSummary } from '../../electron/api/contract.ts';
import type { AppState, Shelf } from './state.ts';

/** Remembers the last answer, for as long as the slices it was computed from stay the same. */
function lastOf<S extends object[], R>(compute: (...slices: S) => R): (...slices: S) => R {
  let last: { slices: S; result: R } | null = null;
  return (...slices) => {
    if (!last || slices.some((s, i) => s !== last!.slices[i]))
      last = { slices, result: compute(...slices) };
    return last.result;
  };
}

/** The words each search hit matched, to mark in the list and the reader. */
export function searchTerms(state: AppState): ReadonlyMap<string, string[]> {
  return state.list.terms;
}

const NO_COUNTS: Record<Shelf, number> = { clips: 0, unread: 0, favorites: 0, archive: 0 };

/** How many clips each shelf holds, as main last counted them. */
export function shelfCounts(state: AppState): Record<Shelf, number> {
  return state.library.counts?.shelves ?? NO_COUNTS;
}

/** Whether the library holds no clip at all, as main counted it (false until it did). */
export function libraryEmpty(state: AppState): boolean {
  return state.library.counts?.total === 0;
}

/** Whether a modal dialog is open: the window's own keys and paste wait until it closes. */
export function modalOpen(state: AppState): boolean {
  return state.ui.dialog !== null;
}

const selected = lastOf((list: AppState['list']) => {
  const chosen = new Set(list.selection);
  const clips = list.rows.filter((c): c is ClipSummary => c !== null && chosen.has(c.id));
  return { clips, complete: clips.length === chosen.size };
});

/**
 * The clips chosen for a bulk action that the list holds, and whether that
 * is all of them (a selection of the whole list reaches past its windows).
 */
export function selectedClips(state: AppState): { clips: ClipSummary[]; complete: boolean } {
  return selected(state.list);
}
