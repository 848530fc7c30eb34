import type { ClipQuery } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';
import { ListWindows } from './list-windows.ts';
import type { ListState, Shelf } from './state.ts';
import { messageOf } from '../../common/errors.ts';

/**
 * What the list shows (a shelf, a search, a tag filter) and which of its
 * clips are chosen. Main does the choosing, ordering and counting: the list
 * asks it for the windows it shows (`ListWindows`), and for ids where a
 * selection or a step reaches past them.
 */
export class ListActions {
  #store: StoreHost;
  #windows: ListWindows;

  constructor(store: StoreHost) {
    this.#store = store;
    this.#windows = new ListWindows(store);
  }

  /** Shows a shelf; a search in progress gives way to it. */
  async showShelf(shelf: Shelf): Promise<void> {
    this.#store.update({ ui: { view: 'library' }, list: { query: '' } });
    await this.#show({ shelf, search: null });
  }

  /** Runs a search as the person types; an empty box goes back to the shelf. */
  async search(query: string): Promise<void> {
    this.#store.update({ ui: { view: 'library' }, list: { query } });
    await this.#show({ search: query.trim() ? query : null });
  }

  async toggleTagFilter(name: string): Promise<void> {
    const { tagFilter } = this.#store.state.list;
    await this.setTagFilter(
      tagFilter.includes(name) ? tagFilter.filter((t) => t !== name) : [...tagFilter, name],
    );
  }

  /** Shows the clips carrying every one of these tags (all of the shelf's or search's, without any). */
  async setTagFilter(tagFilter: string[]): Promise<void> {
    await this.#show({ tagFilter });
  }

  /** The list as it is now: the windows on screen and their length, asked again after a change. */
  async refresh(): Promise<void> {
    await this.#store.run(async () => void (await this.#windows.refresh()));
  }

  /** The list shows rows `first` to `last`: the windows they need are asked for. */
  viewed(first: number, last: number): void {
    this.#windows.viewed(first, last);
  }

  /**
   * Shows another list (a shelf, a search, a tag filter), from its top. A
   * search that cannot run (a malformed filter) says why and shows nothing.
   */
  async #show(change: Partial<Pick<ListState, 'shelf' | 'search' | 'tagFilter'>>): Promise<void> {
    const store = this.#store;
    const next = { ...store.state.list, ...change };
    const query: ClipQuery = {
      shelf: next.shelf,
      tags: next.tagFilter,
      ...(next.search
        ? { search: next.search, order: 'score' as const }
        : { order: 'newest' as const }),
    };
    try {
      await this.#windows.show(query, { ...change, searchError: null });
    } catch (error) {
      const message = messageOf(error);
      if (next.search) store.update({ list: { searchError: message } });
      else store.update({ ui: { error: message } });
    }
  }

  /** Click: open one clip. Ctrl/Cmd-click or Space: add it to the selection, or take it out. */
  select(id: string, mode: 'single' | 'toggle'): void {
    const store = this.#store;
    if (mode === 'single') {
      void store.open(id);
      return;
    }
    const { selection } = store.state.list;
    store.update({
      list: {
        selection: selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id],
      },
    });
  }

  /** Shift-click or Shift with a move: the run of the list between two places, both included. */
  async selectRange(from: number, to: number): Promise<void> {
    const [start, end] = from < to ? [from, to] : [to, from];
    await this.#store.run(async () => {
      const selection = await this.#windows.ids(Math.max(0, start), end);
      this.#store.update({ list: { selection } });
    });
  }

  /** Chooses every clip of the list, the rows main has not sent included. */
  async selectAll(): Promise<void> {
    await this.#store.run(async () => {
      this.#store.update({ list: { selection: await this.#windows.allIds() } });
    });
  }

  /** Keeps only the open clip chosen. */
  clearSelection(): void {
    const { id } = this.#store.state.reader;
    this.#store.update({ list: { selection: id ? [id] : [] } });
  }

  /** Where a clip is in the list; -1 when it is not in it. */
  indexOf(id: string): Promise<number> {
    return this.#windows.indexOf(id);
  }

  /** The clip at a place of the list, if there is one. */
  idAt(index: number): Promise<string | undefined> {
    return this.#windows.idAt(index);
  }

  /** Opens the clip before or after the open one in the list. */
  async step(delta: 1 | -1): Promise<void> {
    const store = this.#store;
    const id = store.state.reader.id;
    if (!id) return;
    await store.run(async () => {
      const at = await this.indexOf(id);
      const next = at < 0 ? undefined : await this.idAt(at + delta);
      if (next && store.state.reader.id === id) await store.open(next);
    });
  }
}
