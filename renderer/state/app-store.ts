import type {
  AnnotationEntry,
  AppCommand,
  ArticleChoice,
  ClipDetail,
  ClipRecord,
  ClipSummary,
  Paste,
  PastePreview,
  PresscutApi,
  PresscutEventBridge,
  SearchHit,
  Settings,
  SettingsPatch,
  ShortcutStatus,
  TagSummary,
} from '../../electron/api/contract.ts';
import { AnnotationActions } from './annotation-actions.ts';
import { DesktopActions } from './desktop-actions.ts';
import { EditActions } from './edit-actions.ts';
import { ReadingActions } from './reading-actions.ts';
import { summaryOf } from './summaries.ts';
import { TagActions } from './tag-actions.ts';
import { initialTransferState, TransferActions, type TransferState } from './transfer-actions.ts';

export interface Toast {
  message: string;
  /** Offered as the toast's Undo button (and Ctrl+Z). */
  undo?: () => Promise<void>;
}

export type View = 'library' | 'annotations';

/** Which part of the library the list shows. */
export type Shelf = 'clips' | 'unread' | 'favorites' | 'archive';

/** How many clips the first load asks for before the whole list: more than a window shows. */
const FIRST_PAGE = 100;

/** Most hits a search puts in the list at once. */
export const SEARCH_LIMIT = 500;

const SHELVES: Record<Shelf, (c: ClipSummary) => boolean> = {
  clips: (c) => !c.reading.archived,
  unread: (c) => !c.reading.read && !c.reading.archived,
  favorites: (c) => c.reading.favorite,
  archive: (c) => c.reading.archived,
};

export interface AppState {
  view: View;
  clips: ClipSummary[];
  /** False until the library list first arrived. */
  loaded: boolean;
  tags: TagSummary[];
  /** Tags the list is filtered by: a clip must carry all of them. */
  tagFilter: string[];
  shelf: Shelf;
  /** What the search box holds. */
  query: string;
  /** The last search's hits (clip ids and the words to mark), while the box holds a query. */
  search: {
    query: string;
    hits: { id: string; terms: SearchHit['terms'] }[];
    total: number;
  } | null;
  /** Why the query could not be run (a malformed filter). */
  searchError: string | null;
  /** The clip open in the reader. */
  selectedId: string | null;
  /** Clips chosen in the list for a bulk action (ctrl- and shift-click). */
  selection: string[];
  openClip: ClipDetail | null;
  /** Tags offered for the open clip. */
  suggestions: string[];
  /** True while the open clip is being edited. */
  editing: boolean;
  /** An annotation the reader should scroll to once the clip is open. */
  reveal: string | null;
  /** A new highlight whose note the reader should open for writing. */
  noteFor: string | null;
  annotationFilter: { text: string; tags: string[] };
  annotationEntries: AnnotationEntry[];
  /** The "New clip" box, where a paste can be dropped by hand. */
  pasteBoxOpen: boolean;
  /** Articles found in a paste, waiting for the person to save them. */
  preview: { paste: Paste; result: PastePreview } | null;
  settings: Settings | null;
  /** The sheet of keyboard shortcuts is shown. */
  shortcutsOpen: boolean;
  /** The settings dialog is shown. */
  settingsOpen: boolean;
  /** Whether the global clipboard shortcut works, as main last said. */
  shortcutStatus: ShortcutStatus | null;
  /** Why main refused the shortcut the person last chose. */
  shortcutError: string | null;
  /** The open clip's original paste, while it is shown. */
  original: Paste | null;
  busy: boolean;
  toast: Toast | null;
  error: string | null;
  /** Import, export, backups. */
  transfer: TransferState;
}

/** Whether a clip carries every tag of the filter. */
export function matchesTags(clip: ClipSummary, tags: readonly string[]): boolean {
  return tags.every((t) => clip.tags.includes(t));
}

/**
 * The renderer's state and the actions that change it. Components never hold
 * library data of their own: the app element reads this store and passes
 * plain values down. Actions on tags, annotations and edits live in groups of
 * their own (`store.tagging`, `store.annotating`, `store.editing`).
 */
export class AppStore extends EventTarget {
  readonly api: PresscutApi;
  readonly tagging: TagActions;
  readonly annotating: AnnotationActions;
  readonly editing: EditActions;
  readonly desktop: DesktopActions;
  readonly reading: ReadingActions;
  readonly transfer: TransferActions;
  #running = 0;
  #searchRun = 0;
  #state: AppState = {
    view: 'library',
    clips: [],
    loaded: false,
    tags: [],
    tagFilter: [],
    shelf: 'clips',
    query: '',
    search: null,
    searchError: null,
    selectedId: null,
    selection: [],
    openClip: null,
    suggestions: [],
    editing: false,
    reveal: null,
    noteFor: null,
    annotationFilter: { text: '', tags: [] },
    annotationEntries: [],
    pasteBoxOpen: false,
    preview: null,
    settings: null,
    shortcutsOpen: false,
    settingsOpen: false,
    shortcutStatus: null,
    shortcutError: null,
    original: null,
    busy: false,
    toast: null,
    error: null,
    transfer: initialTransferState,
  };

  constructor(api: PresscutApi) {
    super();
    this.api = api;
    this.tagging = new TagActions(this);
    this.annotating = new AnnotationActions(this);
    this.editing = new EditActions(this);
    this.desktop = new DesktopActions(this);
    this.reading = new ReadingActions(this);
    this.transfer = new TransferActions(this);
  }

  get state(): Readonly<AppState> {
    return this.#state;
  }

  /**
   * The clips the list shows: the search's hits in rank order while there is
   * a query (across every shelf), else the shelf's clips; in both cases only
   * those carrying every tag of the filter.
   */
  get visibleClips(): ClipSummary[] {
    const { clips, tagFilter, search, shelf } = this.#state;
    let shown: ClipSummary[];
    if (search) {
      const byId = new Map(clips.map((c) => [c.id, c]));
      shown = search.hits
        .map((h) => byId.get(h.id))
        .filter((c): c is ClipSummary => c !== undefined);
    } else {
      shown = clips.filter(SHELVES[shelf]);
    }
    return tagFilter.length ? shown.filter((c) => matchesTags(c, tagFilter)) : shown;
  }

  /** The words each search hit matched, to mark in the list and the reader. */
  get searchTerms(): ReadonlyMap<string, string[]> {
    return new Map((this.#state.search?.hits ?? []).map((h) => [h.id, h.terms]));
  }

  /** How many clips each shelf holds. */
  get shelfCounts(): Record<Shelf, number> {
    const counts: Record<Shelf, number> = { clips: 0, unread: 0, favorites: 0, archive: 0 };
    for (const clip of this.#state.clips)
      for (const shelf of Object.keys(SHELVES) as Shelf[])
        if (SHELVES[shelf](clip)) counts[shelf]++;
    return counts;
  }

  /** Shows a shelf; a search in progress gives way to it. */
  showShelf(shelf: Shelf): void {
    this.#searchRun++;
    this.update({ shelf, view: 'library', query: '', search: null, searchError: null });
  }

  /** Runs a search as the person types; an empty box goes back to the shelf. */
  async search(query: string): Promise<void> {
    const run = ++this.#searchRun;
    this.update({ query, view: 'library' });
    if (!query.trim()) {
      this.update({ search: null, searchError: null });
      return;
    }
    try {
      const { hits, total } = await this.api.searchClips(query, { limit: SEARCH_LIMIT });
      if (run !== this.#searchRun) return;
      this.update({
        search: { query, hits: hits.map((h) => ({ id: h.clip.id, terms: h.terms })), total },
        searchError: null,
      });
    } catch (error) {
      if (run === this.#searchRun)
        this.update({ searchError: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Follows what main reports on its own; returns the function that stops following. */
  listen(events: PresscutEventBridge): () => void {
    const stops = [
      events.on('libraryChanged', () => void this.load()),
      events.on('command', ({ name }) => this.#command(name)),
      events.on('filesClipped', (result) => void this.desktop.showClipped(result)),
      events.on('clipboardPaste', ({ paste }) => void this.previewPaste(paste)),
      events.on('progress', (progress) => this.transfer.progressed(progress)),
    ];
    return () => stops.forEach((stop) => stop());
  }

  #command(name: AppCommand): void {
    switch (name) {
      case 'new-clip':
        this.openPasteBox();
        break;
      case 'show-shortcuts':
        this.showShortcuts(true);
        break;
      case 'show-settings':
        void this.desktop.openSettings();
        break;
      case 'import':
      case 'export':
        this.transfer.open(name);
        break;
    }
  }

  async load(): Promise<void> {
    await this.run(async () => {
      // The first time, the clips a window shows come first and the rest follow, so a large library opens at once.
      const first = this.#state.loaded ? undefined : this.api.listClips({ limit: FIRST_PAGE });
      const [page, tags, settings] = await Promise.all([
        first,
        this.api.listTags(),
        this.api.getSettings(),
      ]);
      const tagFilter = this.#state.tagFilter.filter((t) => tags.some((x) => x.name === t));
      if (page) {
        this.update({ clips: page, tags, settings, tagFilter, loaded: true });
        // Let the first page paint before the whole list comes in: receiving it keeps the page busy.
        await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
      }
      const clips = page && page.length < FIRST_PAGE ? page : await this.api.listClips();
      this.update({ clips, tags, settings, tagFilter, loaded: true });
    });
  }

  showView(view: View): void {
    this.update({ view });
    if (view === 'annotations') void this.annotating.loadEntries();
  }

  async open(id: string, reveal: string | null = null): Promise<void> {
    this.update({
      selectedId: id,
      selection: [id],
      editing: false,
      reveal,
      suggestions: [],
      view: 'library',
    });
    await this.run(async () => {
      const clip = await this.api.getClip(id);
      if (this.#state.selectedId !== id) return;
      this.update({ openClip: clip });
      void this.reading.opened(id);
      const suggestions = await this.api.suggestTags(id);
      if (this.#state.selectedId === id) this.update({ suggestions });
    });
  }

  /** Click: open one clip. Ctrl/Cmd-click: add or take it out of the selection. Shift-click: select the run up to it. */
  select(id: string, mode: 'single' | 'toggle' | 'range'): void {
    const { selection, selectedId } = this.#state;
    if (mode === 'single') {
      void this.open(id);
      return;
    }
    if (mode === 'toggle') {
      this.update({
        selection: selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id],
      });
      return;
    }
    const ids = this.visibleClips.map((c) => c.id);
    const anchor = ids.indexOf(selectedId ?? selection[0] ?? id);
    const target = ids.indexOf(id);
    const [from, to] = anchor < target ? [anchor, target] : [target, anchor];
    this.update({ selection: ids.slice(Math.max(0, from), to + 1) });
  }

  /** Opens the clip before or after the open one in the list. */
  async step(delta: 1 | -1): Promise<void> {
    const clips = this.visibleClips;
    const at = clips.findIndex((c) => c.id === this.#state.selectedId);
    const next = clips[at + delta];
    if (next) await this.open(next.id);
  }

  async updateSettings(patch: SettingsPatch): Promise<void> {
    await this.run(async () => this.update({ settings: await this.api.updateSettings(patch) }));
  }

  async showOriginal(): Promise<void> {
    const clip = this.#state.openClip;
    if (!clip) return;
    await this.run(async () =>
      this.update({ original: await this.api.getOriginal(clip.record.id) }),
    );
  }

  closeOriginal(): void {
    this.update({ original: null });
  }

  showShortcuts(open: boolean): void {
    this.update({ shortcutsOpen: open });
  }

  clearSelection(): void {
    this.update({ selection: this.#state.selectedId ? [this.#state.selectedId] : [] });
  }

  openPasteBox(): void {
    this.update({ pasteBoxOpen: true });
  }

  closePasteBox(): void {
    this.update({ pasteBoxOpen: false });
  }

  async previewPaste(paste: Paste): Promise<void> {
    if (!paste.text.trim() && !paste.html?.trim()) {
      this.update({
        error:
          'The clipboard holds no text to clip. Copy an article in your browser, then paste it here.',
      });
      return;
    }
    await this.run(async () => {
      const result = await this.api.previewPaste(paste);
      if (result.articles.length === 0) {
        this.update({
          error: 'No article was found in what was pasted: it holds no readable text.',
        });
        return;
      }
      this.update({ preview: { paste, result }, pasteBoxOpen: false });
    });
  }

  cancelPreview(): void {
    this.update({ preview: null });
  }

  async savePreview(articles: ArticleChoice[]): Promise<void> {
    const preview = this.#state.preview;
    if (!preview) return;
    await this.run(async () => {
      const saved = await this.api.clipPaste({
        paste: preview.paste,
        clippedAt: preview.result.clippedAt,
        articles,
      });
      this.update({ preview: null, clips: await this.api.listClips() });
      const n = saved.length;
      this.update({ toast: { message: n === 1 ? 'Clip saved.' : `${n} clips saved.` } });
      if (saved[0]) await this.open(saved[0].id);
    });
  }

  async remove(id: string): Promise<void> {
    const clip = this.#state.clips.find((c) => c.id === id);
    await this.run(async () => {
      await this.api.deleteClip(id);
      const closing = this.#state.selectedId === id;
      this.update({
        clips: this.#state.clips.filter((c) => c.id !== id),
        selection: this.#state.selection.filter((x) => x !== id),
        selectedId: closing ? null : this.#state.selectedId,
        openClip: closing ? null : this.#state.openClip,
        toast: { message: `Deleted “${clip?.title ?? 'clip'}”.`, undo: () => this.#restore(id) },
      });
      this.update({ tags: await this.api.listTags() });
    });
  }

  /** Runs the toast's undo, if it offers one. */
  async undo(): Promise<void> {
    const undo = this.#state.toast?.undo;
    if (!undo) return;
    this.update({ toast: null });
    await this.run(undo);
  }

  dismissToast(): void {
    this.update({ toast: null });
  }

  dismissError(): void {
    this.update({ error: null });
  }

  async openLink(url: string): Promise<void> {
    await this.run(() => this.api.openLink(url));
  }

  /** Takes in a clip's new record: the reader's copy and the list's line follow it. */
  applyRecord(record: ClipRecord): void {
    const { openClip, clips } = this.#state;
    this.update({
      openClip: openClip?.record.id === record.id ? { ...openClip, record } : openClip,
      clips: clips.map((c) => (c.id === record.id ? summaryOf(record) : c)),
    });
  }

  async #restore(id: string): Promise<void> {
    await this.api.restoreClip(id);
    this.update({
      clips: await this.api.listClips(),
      tags: await this.api.listTags(),
      toast: { message: 'Clip restored.' },
    });
    await this.open(id);
  }

  /** Runs an action, showing its failure as a message: errors from main are meant for the person. */
  async run(task: () => Promise<void>): Promise<void> {
    this.#running++;
    this.update({ busy: true });
    try {
      await task();
    } catch (error) {
      this.update({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#running--;
      this.update({ busy: this.#running > 0 });
    }
  }

  update(patch: Partial<AppState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}
