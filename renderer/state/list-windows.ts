import type { ClipQuery, ClipSummary, ClipWindow } from '../../electron/api/contract.ts';
import type { ListState } from './state.ts';
import type { StoreHost } from './store-host.ts';
import { messageOf } from '../../common/errors.ts';

/** What the windows need of the store: main, the state, and a way to change it. */
export type ListHost = Pick<StoreHost, 'api' | 'state' | 'update'>;

/** Clips per window asked of main: a few screens of rows. */
export const WINDOW = 50;
/** Windows the list holds at most: those farthest from the screen are let go first. */
const HELD = 40;
/** Rows beyond those on screen, on each side, whose windows are asked for too: a scroll finds them there. */
const MARGIN = 20;
/** Windows asked for at once: while they are on their way, a fast scroll passes over the others. */
const IN_FLIGHT = 2;
/** How soon a list found while the search index is being built is asked again, for the clips indexed since. */
const WHILE_INDEXING_MS = 1000;
/** The most rows one call can bring (the contract's `MAX_WINDOW`). */
const MAX_ROWS = 500;

/**
 * The list's rows, window by window: asks main for the windows of the list
 * around what is on screen, takes them into `list.rows` as they come, and
 * lets go of those far off, so the window holds a few thousand clips at most
 * whatever the library's size. Each list (a shelf, a search, a filter) and
 * each refresh of it is a generation: a window of an older one that arrives
 * late is dropped.
 */
export class ListWindows {
  #store: ListHost;
  #query: ClipQuery = { shelf: 'clips', order: 'newest' };
  #generation = 0;
  /** The generation `list.rows` holds. */
  #rowsGeneration = 0;
  /** A list asked for that has not come yet: what it changes with its rows. */
  #pending: Partial<ListState> | null = null;
  /** Windows of the rows held, by number (window n holds rows n × WINDOW …). */
  #held = new Set<number>();
  /** Windows asked for that have not come yet. */
  #asked = new Set<number>();
  /** The rows on screen, as the list last said. */
  #shown = { first: 0, last: 0 };

  constructor(store: ListHost) {
    this.#store = store;
  }

  /**
   * Shows another list, from its top: its first window comes, then replaces
   * the rows, with `patch` (what the list is) in the same step. A failure
   * (a malformed search) is thrown, and the list then shows nothing; false
   * when another list or refresh came after this one.
   */
  async show(query: ClipQuery, patch: Partial<ListState>): Promise<boolean> {
    this.#query = query;
    this.#pending = { ...patch, listId: this.#store.state.list.listId + 1 };
    this.#shown = { first: 0, last: 0 };
    return this.#load(this.#shown);
  }

  /** The same list again after a change: the windows on screen are asked anew, the others let go. */
  async refresh(): Promise<boolean> {
    // A search that cannot run has nothing to refresh.
    if (this.#store.state.list.searchError && !this.#pending) return false;
    return this.#load(this.#shown);
  }

  /** The list has rows `first` to `last` on screen: asks for the windows they need. */
  viewed(first: number, last: number): void {
    this.#shown = { first: Math.max(0, first), last: Math.max(first, last) };
    this.#fill();
  }

  /** The id of the clip at a place of the list: from the rows, else from main. */
  async idAt(index: number): Promise<string | undefined> {
    const { rows } = this.#store.state.list;
    if (index < 0 || index >= rows.length) return undefined;
    return rows[index]?.id ?? (await this.ids(index, index))[0];
  }

  /** The ids of the clips from one place of the list to another, both included. */
  async ids(from: number, to: number): Promise<string[]> {
    const { rows } = this.#store.state.list;
    const ids: string[] = [];
    for (let i = from; i <= to && i < rows.length; i++) {
      const id = rows[i]?.id;
      if (!id)
        return this.#store.api.listClipIds(this.#query, { offset: from, limit: to - from + 1 });
      ids.push(id);
    }
    return ids;
  }

  /** Every id of the list, in its order. */
  allIds(): Promise<string[]> {
    return this.#store.api.listClipIds(this.#query);
  }

  /** Where a clip is in the list (-1 when it is not): from the rows, else from main. */
  async indexOf(id: string): Promise<number> {
    const { rows } = this.#store.state.list;
    const at = rows.findIndex((r) => r?.id === id);
    if (at >= 0 || this.#held.size * WINDOW >= rows.length) return at;
    return (await this.allIds()).indexOf(id);
  }

  /**
   * Asks for the windows covering `around`, and makes the rows that list once
   * they come. A failure is thrown when no other load came after this one:
   * the rows are then emptied, for the list has none to show.
   */
  async #load(around: { first: number; last: number }): Promise<boolean> {
    const generation = ++this.#generation;
    const first = Math.floor(around.first / WINDOW) * WINDOW;
    const limit = Math.min(MAX_ROWS, Math.ceil((around.last + 1) / WINDOW) * WINDOW - first);
    const call = (offset: number) =>
      this.#store.api.listWindow({ ...this.#query, offset, limit: Math.max(limit, WINDOW) });
    let window: ClipWindow;
    try {
      window = await call(first);
      // The list got shorter than where the screen was: its end, then.
      if (window.hits.length === 0 && window.total > 0 && generation === this.#generation)
        window = await call(Math.floor((window.total - 1) / WINDOW) * WINDOW);
    } catch (error) {
      if (generation !== this.#generation) return false;
      window = { hits: [], offset: 0, total: 0, indexing: null };
      this.#land(generation, window);
      throw error;
    }
    if (generation !== this.#generation) return false;
    this.#land(generation, window);
    this.#fill();
    if (window.indexing) this.#askAgainSoon(generation);
    return true;
  }

  /** Refreshes the list in a moment, unless another list or refresh came first. */
  #askAgainSoon(generation: number): void {
    setTimeout(() => {
      if (generation !== this.#generation) return;
      this.refresh().catch((error: unknown) =>
        this.#store.update({ ui: { error: messageOf(error) } }),
      );
    }, WHILE_INDEXING_MS);
  }

  /** Makes the rows the list of `window`, with what the list asked for is. */
  #land(generation: number, window: ClipWindow): void {
    const rows = new Array<ClipSummary | null>(window.total).fill(null);
    this.#held.clear();
    this.#asked.clear();
    this.#rowsGeneration = generation;
    this.#store.update({
      list: {
        ...this.#pending,
        ...this.#take(window, rows, new Map()),
        loaded: true,
      },
    });
    this.#pending = null;
  }

  /** Puts a window's clips into rows (changed in place) and terms; notes the windows it covers as held. */
  #take(
    window: ClipWindow,
    rows: (ClipSummary | null)[],
    terms: Map<string, string[]>,
  ): Pick<ListState, 'rows' | 'terms' | 'indexing'> {
    for (const [i, hit] of window.hits.entries()) {
      rows[window.offset + i] = hit.clip;
      if (this.#query.search) terms.set(hit.clip.id, hit.terms);
    }
    const end = window.offset + window.hits.length;
    for (let n = window.offset / WINDOW; n * WINDOW < end; n++) this.#held.add(n);
    return { rows, terms, indexing: window.indexing };
  }

  /** Asks for the windows near the screen the rows lack, a few at a time. */
  #fill(): void {
    if (this.#rowsGeneration !== this.#generation) return;
    const total = this.#store.state.list.rows.length;
    const last = Math.min(
      Math.ceil(total / WINDOW) - 1,
      Math.floor((this.#shown.last + MARGIN) / WINDOW),
    );
    for (let n = Math.floor(Math.max(0, this.#shown.first - MARGIN) / WINDOW); n <= last; n++) {
      if (this.#asked.size >= IN_FLIGHT) return;
      if (!this.#held.has(n) && !this.#asked.has(n)) void this.#ask(n);
    }
  }

  async #ask(n: number): Promise<void> {
    const generation = this.#generation;
    this.#asked.add(n);
    try {
      const window = await this.#store.api.listWindow({
        ...this.#query,
        offset: n * WINDOW,
        limit: WINDOW,
      });
      if (generation !== this.#generation) return;
      this.#asked.delete(n);
      const { list } = this.#store.state;
      // The list changed under it (a change main did not tell): see it anew.
      if (window.total !== list.rows.length) {
        void this.refresh();
        return;
      }
      this.#store.update({
        list: this.#take(window, this.#letGo([...list.rows]), new Map(list.terms)),
      });
      this.#fill();
    } catch (error) {
      if (generation !== this.#generation) return;
      this.#asked.delete(n);
      this.#store.update({ ui: { error: messageOf(error) } });
    }
  }

  /** Empties the windows farthest from the screen, beyond the number the list holds; returns the rows. */
  #letGo(rows: (ClipSummary | null)[]): (ClipSummary | null)[] {
    const centre = (this.#shown.first + this.#shown.last) / 2 / WINDOW;
    const far = [...this.#held].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const n of far.slice(0, Math.max(0, this.#held.size + 1 - HELD))) {
      this.#held.delete(n);
      rows.fill(null, n * WINDOW, Math.min(rows.length, (n + 1) * WINDOW));
    }
    return rows;
  }
}
