import type {
  AnnotationEntry,
  ClipDetail,
  ClipSummary,
  ExportedFile,
  LibraryCounts,
  ImportSummary,
  IndexingProgress,
  LibraryRecovery,
  Paste,
  PastePreview,
  TaskProgress,
  PresscutEvents,
  ReviewPreview,
  ReviewSettings,
  Settings,
  ShortcutStatus,
  TagSummary,
} from '../../electron/api/contract.ts';

/**
 * The window's whole state, in slices. Each slice is replaced, never changed
 * in place, so a component can tell by identity whether what it shows moved.
 * An action changes slices through `AppStore.update`.
 */
export interface AppState {
  ui: UiState;
  library: LibraryState;
  list: ListState;
  reader: ReaderState;
  annotations: AnnotationsState;
  paste: PasteState;
  settings: SettingsState;
  transfer: TransferState;
  review: ReviewState;
}

/** A change of some fields of some slices. */
export type StatePatch = { [K in keyof AppState]?: Partial<AppState[K]> };

export type View = 'library' | 'annotations';

/** Which part of the library the list shows. */
export type Shelf = 'clips' | 'unread' | 'favorites' | 'archive';

/** The modal dialogs; at most one is open. */
export type Dialog =
  'paste-box' | 'preview' | 'original' | 'shortcuts' | 'settings' | 'import' | 'export' | 'review';

export interface Toast {
  message: string;
  /** Offered as the toast's Undo button (and Ctrl+Z). */
  undo?: () => Promise<void>;
}

/** What the window shows around the library. */
export interface UiState {
  view: View;
  /** The modal dialog open, if any: while one is, the window's own keys and paste wait. */
  dialog: Dialog | null;
  /** True while an action talks to main. */
  busy: boolean;
  toast: Toast | null;
  /** A failure no dialog or field is there to show. */
  error: string | null;
}

/** The library as the window knows it: what main counted, never its clips. */
export interface LibraryState {
  /** Clips per shelf and in all; null until main first counted them. */
  counts: Omit<LibraryCounts, 'tags'> | null;
  tags: TagSummary[];
}

/**
 * Which clips the list shows, and which of them are chosen. The window never
 * holds the whole list: `rows` has one place per clip of it, and holds the
 * clips of the windows main sent (those around what is on screen); the other
 * places are empty until they are scrolled to.
 */
export interface ListState {
  shelf: Shelf;
  /** Tags the list is filtered by: a clip must carry all of them. */
  tagFilter: string[];
  /** What the search box holds. */
  query: string;
  /** The search the rows answer, while there is one (across every shelf); null for the shelf's clips. */
  search: string | null;
  /** Why the query could not be run (a malformed filter). */
  searchError: string | null;
  /** The list, in its order, as long as it is: a clip main has not sent (yet) is null. */
  rows: readonly (ClipSummary | null)[];
  /** Changes when the rows are another list (a shelf, a search, a filter), not when the same list is refreshed. */
  listId: number;
  /** False until the first window of the list arrived. */
  loaded: boolean;
  /** The words each search hit received matched, to mark in the list and the reader. */
  terms: ReadonlyMap<string, string[]>;
  /** Set while the search index is being built: a search then finds the clips indexed so far. */
  indexing: IndexingProgress | null;
  /** Clips chosen in the list for a bulk action (ctrl- and shift-click, Ctrl+A). */
  selection: string[];
}

/** The clip open in the reader, and what the reader was asked to do with it. */
export interface ReaderState {
  /** The clip being opened or open; `clip` follows once main sent it. */
  id: string | null;
  clip: ClipDetail | null;
  /** Whether the person opened it, or the app did for them (after a save, a delete): only the first counts towards reading it. */
  openedBy: 'person' | 'app';
  /** Tags offered for the open clip. */
  suggestions: string[];
  /** True while the open clip is being edited. */
  editing: boolean;
  /** An annotation the reader should scroll to once the clip is open. */
  reveal: string | null;
  /** A new highlight whose note the reader should open for writing. */
  noteFor: string | null;
  /** The open clip's original paste, while its dialog is shown. */
  original: Paste | null;
}

/** The library-wide Annotations view. */
export interface AnnotationsState {
  filter: { text: string; tags: string[] };
  entries: AnnotationEntry[];
}

/** A paste on its way to becoming clips. */
export interface PasteState {
  /** Articles found in a paste, waiting for the person to save them. */
  preview: { paste: Paste; result: PastePreview } | null;
  /** A paste or clip main is cleaning, while it is: what cancels it. */
  cleaning: TaskProgress | null;
  /** True while the previewed articles are being saved. */
  saving: boolean;
  /** Why what was put in the New clip box could not be clipped, shown in the box. */
  boxError: string | null;
}

/** The person's settings, and what main says of the global shortcut. */
export interface SettingsState {
  values: Settings | null;
  /** Whether the global clipboard shortcut works, as main last said. */
  shortcutStatus: ShortcutStatus | null;
  /** Why main refused the shortcut the person last chose. */
  shortcutError: string | null;
}

/** Import, export, and what the person is told about the library's backups. */
export interface TransferState {
  /** True while an import or export runs. */
  running: boolean;
  progress: PresscutEvents['progress'] | null;
  /** What the last import did. */
  summary: ImportSummary | null;
  /** The last export, for the window to save. */
  exported: ExportedFile | null;
  /** Why the last import or export failed, shown in its dialog. */
  error: string | null;
  /** A damaged index was replaced by a backup at start: what the person must be told. */
  recovery: LibraryRecovery | null;
}

/** The press review being built. */
export interface ReviewState {
  settings: ReviewSettings;
  /** The review as main made it for the last settings; null until it came. */
  preview: ReviewPreview | null;
  /** Why the review could not be made or written, shown in the builder. */
  error: string | null;
  /** True while main writes a file of it. */
  writing: boolean;
  /** The last file written, for the window to save. */
  exported: ExportedFile | null;
}

/** A review's settings before the person changed any: the schema's defaults in main. */
export function defaultReviewSettings(): ReviewSettings {
  return {
    title: 'Press review',
    organisation: '',
    period: '',
    introduction: '',
    selection: { since: '24h' },
    group: 'outlet',
    order: [],
    fields: { outlet: true, byline: true, date: true, link: true },
    body: 'highlights',
    bodies: {},
    comments: {},
    coverage: true,
    references: null,
  };
}

export function initialState(): AppState {
  return {
    ui: { view: 'library', dialog: null, busy: false, toast: null, error: null },
    library: { counts: null, tags: [] },
    list: {
      shelf: 'clips',
      tagFilter: [],
      query: '',
      search: null,
      searchError: null,
      rows: [],
      listId: 0,
      loaded: false,
      terms: new Map(),
      indexing: null,
      selection: [],
    },
    reader: {
      id: null,
      clip: null,
      openedBy: 'person',
      suggestions: [],
      editing: false,
      reveal: null,
      noteFor: null,
      original: null,
    },
    annotations: { filter: { text: '', tags: [] }, entries: [] },
    paste: { preview: null, cleaning: null, saving: false, boxError: null },
    settings: { values: null, shortcutStatus: null, shortcutError: null },
    transfer: {
      running: false,
      progress: null,
      summary: null,
      exported: null,
      error: null,
      recovery: null,
    },
    review: {
      settings: defaultReviewSettings(),
      preview: null,
      error: null,
      writing: false,
      exported: null,
    },
  };
}
