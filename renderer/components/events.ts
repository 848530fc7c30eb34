import type {
  ArticleChoice,
  ClipEdit,
  ExportRequest,
  HighlightColor,
  Paste,
  SettingsPatch,
  TagColor,
} from '../../electron/api/contract.ts';

/** Where something is on screen, for placing a popup beside it. */
export interface ScreenRect {
  left: number;
  top: number;
  bottom: number;
  width: number;
}

/** Every event a Presscut component sends up, with its detail. All bubble and cross shadow roots. */
export interface PresscutEventMap {
  /** The person chose a clip in the list: alone, added to the selection (ctrl/cmd), or a run of them (shift). */
  'clip-select': { id: string; mode: 'single' | 'toggle' | 'range' };
  /** The person asked to delete a clip. */
  'clip-delete': { id: string };
  /** The person clicked a link in an article. */
  'link-open': { url: string };
  /** Something was pasted or typed into the New clip box. */
  'paste-submit': Paste;
  /** The person asked for the New clip box. */
  'paste-box-open': null;
  'paste-box-close': null;
  /** The person saved the previewed articles they kept. */
  'preview-save': { articles: ArticleChoice[] };
  'preview-cancel': null;
  'toast-undo': null;
  'toast-dismiss': null;
  /** Text was selected in an article (body-text offsets), or the selection went away. */
  'text-select': { start: number; end: number; rect: ScreenRect } | null;
  /** A highlight was clicked. */
  'highlight-click': { id: string; rect: ScreenRect };
  /** The person asked to highlight a range of the text, and maybe to write a note on it. */
  'highlight-create': { start: number; end: number; color: HighlightColor; withNote: boolean };
  /** The highlight toolbar's choice: the reader knows the range it applies to. */
  'highlight-choose': { color: HighlightColor; withNote: boolean };
  /** A popup asked to be closed. */
  'popup-close': null;
  'annotation-update': { id: string; color?: HighlightColor; note?: string };
  'annotation-delete': { id: string };
  /** Scroll to an annotation of the open clip. */
  'annotation-reveal': { id: string };
  /** Open an annotation's clip, at the annotation. */
  'annotation-open': { clipId: string; annotationId: string };
  'annotation-filter': { text?: string; tags?: string[] };
  'page-note-change': { note: string };
  /** Tags to add to or remove from the clip(s) the component is about. */
  'tags-change': { add?: string[]; remove?: string[] };
  'tag-filter-toggle': { name: string };
  'tag-filter-clear': null;
  'tag-rename': { from: string; to: string };
  'tag-color': { name: string; color: TagColor | null };
  'tag-delete': { name: string };
  'selection-clear': null;
  'view-change': { view: 'library' | 'annotations' };
  'edit-start': null;
  'edit-cancel': null;
  'edit-save': ClipEdit;
  'removed-restore': { index: number };
  'clip-reclean': null;
  /** The reader's notes panel is to open or close. */
  'notes-toggle': null;
  /** Show the paste the clip came from. */
  'original-show': null;
  'search-change': { query: string };
  'shelf-change': { shelf: 'clips' | 'unread' | 'favorites' | 'archive' };
  /** How far the open clip has been read, and whether its end was reached. */
  'reading-progress': { progress: number; atEnd: boolean };
  'reading-toggle': { key: 'read' | 'archived' | 'favorite' };
  /** A setting was changed (theme, typography…). */
  'settings-change': SettingsPatch;
  /** Move to the previous or next clip of the list. */
  'clip-step': { delta: 1 | -1 };
  /** The person pressed a new global shortcut in the settings, or turned it off (''). */
  'shortcut-change': { accelerator: string };
  /** Files were dropped on the window. */
  'files-drop': { files: File[] };
  /** Files were chosen or dropped to import. */
  'import-files': { files: File[] };
  /** The person asked for an export of a format and a selection. */
  'export-request': ExportRequest;
  /** The import or export dialog asked to be opened or closed. */
  'transfer-open': { dialog: 'import' | 'export' };
  'transfer-close': null;
  /** The person has read the notice about a restored backup. */
  'recovery-dismiss': null;
}

export type PresscutEvent<K extends keyof PresscutEventMap> = CustomEvent<PresscutEventMap[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'clip-select': PresscutEvent<'clip-select'>;
    'clip-delete': PresscutEvent<'clip-delete'>;
    'link-open': PresscutEvent<'link-open'>;
    'paste-submit': PresscutEvent<'paste-submit'>;
    'paste-box-open': PresscutEvent<'paste-box-open'>;
    'paste-box-close': PresscutEvent<'paste-box-close'>;
    'preview-save': PresscutEvent<'preview-save'>;
    'preview-cancel': PresscutEvent<'preview-cancel'>;
    'toast-undo': PresscutEvent<'toast-undo'>;
    'toast-dismiss': PresscutEvent<'toast-dismiss'>;
    'text-select': PresscutEvent<'text-select'>;
    'highlight-click': PresscutEvent<'highlight-click'>;
    'highlight-create': PresscutEvent<'highlight-create'>;
    'highlight-choose': PresscutEvent<'highlight-choose'>;
    'popup-close': PresscutEvent<'popup-close'>;
    'annotation-update': PresscutEvent<'annotation-update'>;
    'annotation-delete': PresscutEvent<'annotation-delete'>;
    'annotation-reveal': PresscutEvent<'annotation-reveal'>;
    'annotation-open': PresscutEvent<'annotation-open'>;
    'annotation-filter': PresscutEvent<'annotation-filter'>;
    'page-note-change': PresscutEvent<'page-note-change'>;
    'tags-change': PresscutEvent<'tags-change'>;
    'tag-filter-toggle': PresscutEvent<'tag-filter-toggle'>;
    'tag-filter-clear': PresscutEvent<'tag-filter-clear'>;
    'tag-rename': PresscutEvent<'tag-rename'>;
    'tag-color': PresscutEvent<'tag-color'>;
    'tag-delete': PresscutEvent<'tag-delete'>;
    'selection-clear': PresscutEvent<'selection-clear'>;
    'view-change': PresscutEvent<'view-change'>;
    'edit-start': PresscutEvent<'edit-start'>;
    'edit-cancel': PresscutEvent<'edit-cancel'>;
    'edit-save': PresscutEvent<'edit-save'>;
    'removed-restore': PresscutEvent<'removed-restore'>;
    'clip-reclean': PresscutEvent<'clip-reclean'>;
    'notes-toggle': PresscutEvent<'notes-toggle'>;
    'original-show': PresscutEvent<'original-show'>;
    'search-change': PresscutEvent<'search-change'>;
    'shelf-change': PresscutEvent<'shelf-change'>;
    'reading-progress': PresscutEvent<'reading-progress'>;
    'reading-toggle': PresscutEvent<'reading-toggle'>;
    'settings-change': PresscutEvent<'settings-change'>;
    'clip-step': PresscutEvent<'clip-step'>;
    'shortcut-change': PresscutEvent<'shortcut-change'>;
    'files-drop': PresscutEvent<'files-drop'>;
    'import-files': PresscutEvent<'import-files'>;
    'export-request': PresscutEvent<'export-request'>;
    'transfer-open': PresscutEvent<'transfer-open'>;
    'transfer-close': PresscutEvent<'transfer-close'>;
    'recovery-dismiss': PresscutEvent<'recovery-dismiss'>;
  }
}
