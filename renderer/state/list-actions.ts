import type { AppStore } from './app-store.ts';
import { visibleClips } from './selectors.ts';
import type { Shelf } from './state.ts';

/** Most hits a search puts in the list at once. */
export const SEARCH_LIMIT = 500;

/** What the list shows (a shelf, a search, a tag filter) and which of its clips are chosen. */
export class ListActions {
  #store: AppStore;
  #searchRun = 0;

  constructor(store: AppStore) {
    this.#store = store;
  }

  /** Shows a shelf; a search in progress gives way to it. */
  showShelf(shelf: Shelf): void {
    this.#searchRun++;
    this.#store.update({
      ui: { view: 'library' },
      list: { shelf, query: '', search: null, searchError: null },
    });
  }

  /** Runs a search as the person types; an empty box goes back to the shelf. */
  async search(query: string): Promise<void> {
    const store = this.#store;
    const run = ++this.#searchRun;
    store.update({ ui: { view: 'library' }, list: { query } });
    if (!query.trim()) {
      store.update({ list: { search: null, searchError: null } });
      return;
    }
    try {
      const { hits, total } = await store.api.searchClips(query, { limit: SEARCH_LIMIT });
      if (run !== this.#searchRun) return;
      store.update({
        list: {
          search: { query, hits: hits.map((h) => ({ id: h.clip.id, terms: h.terms })), total },
          searchError: null,
        },
      });
    } catch (error) {
      if (run === this.#searchRun)
        store.update({
          list: { searchError: error instanceof Error ? error.message : String(error) },
        });
    }
  }

  toggleTagFilter(name: string): void {
    const { tagFilter } = this.#store.state.list;
    this.#store.update({
      list: {
        tagFilter: tagFilter.includes(name)
          ? tagFilter.filter((t) => t !== name)
          : [...tagFilter, name],
      },
    });
  }

  clearTagFilter(): void {
    this.#store.update({ list: { tagFilter: [] } });
  }

  /**
   * Click: open one clip. Ctrl/Cmd-click: add or take it out of the
   * selection. Shift-click: select the run up to it from `anchor` (where the
   * run started; the open clip without one).
   */
  select(id: string, mode: 'single' | 'toggle' | 'range', anchor?: string): void {
    const store = this.#store;
    const { selection } = store.state.list;
    if (mode === 'single') {
      void store.open(id);
      return;
    }
    if (mode === 'toggle') {
      store.update({
        list: {
          selection: selection.includes(id)
            ? selection.filter((x) => x !== id)
            : [...selection, id],
        },
      });
      return;
    }
    const ids = visibleClips(store.state).map((c) => c.id);
    const start = ids.indexOf(anchor ?? store.state.reader.id ?? selection[0] ?? id);
    const target = ids.indexOf(id);
    const [from, to] = start < target ? [start, target] : [target, start];
    store.update({ list: { selection: ids.slice(Math.max(0, from), to + 1) } });
  }

  /** Chooses every clip the list shows. */
  selectAll(): void {
    this.#store.update({ list: { selection: visibleClips(this.#store.state).map((c) => c.id) } });
  }

  /** Keeps only the open clip chosen. */
  clearSelection(): void {
    const { id } = this.#store.state.reader;
    this.#store.update({ list: { selection: id ? [id] : [] } });
  }

  /** Opens the clip before or after the open one in the list. */
  async step(delta: 1 | -1): Promise<void> {
    const clips = visibleClips(this.#store.state);
    const at = clips.findIndex((c) => c.id === this.#store.state.reader.id);
    const next = clips[at + delta];
    if (next) await this.#store.open(next.id);
  }
}
