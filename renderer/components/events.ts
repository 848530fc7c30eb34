import type { ReferenceElement } from '../overlays/place.ts';
import type {
  ArticleChoice,
  CitationStyle,
  ReviewFormat,
  ReviewSettings,
  ClipEdit,
  ExportRequest,
  HighlightColor,
  Paste,
  SettingsPatch,
  TagColor,
} from '../../electron/api/contract.ts';
import type { Shelf, View } from '../state/state.ts';

/** What a floating panel opens beside: an element, or anything with a box on screen (a selection). */
export type Anchor = ReferenceElement;

/** Every event a Presscut component sends up, with its detail. All bubble and cross shadow roots. */
export interface PresscutEventMap {
  /** The person chose a clip in the list: alone, or added to the selection or taken out of it (ctrl/cmd, Space). */
  'clip-select': { id: string; mode: 'single' | 'toggle' };
  /** The person chose a run of the list (shift), by places in it: both ends included. */
  'clip-range': { from: number; to: number };
  /** The list shows its rows `first` to `last`. */
  'rows-shown': { first: number; last: number };
  /** The person chose every clip of the list (Ctrl+A). */
  'selection-all': null;
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
  /** The person asked to read the library's clip a previewed article repeats. */
  'library-match-open': { clipId: string };
  /** The person chose to save a previewed article the library already has, or to skip it. */
  'library-match-keep': { keep: boolean };
  'toast-undo': null;
  /** The window's failure message was dismissed. */
  'alert-dismiss': null;
  'toast-dismiss': null;
  /** Text was selected in an article (body-text offsets), or the selection went away. */
  'text-select': { start: number; end: number; anchor: Anchor } | null;
  /** A highlight was clicked. */
  'highlight-click': { id: string; anchor: Anchor };
  /** The reader opened the note of a new highlight for writing, as it was asked to. */
  'note-opened': { id: string };
  /** The person asked to highlight a range of the text, and maybe to write a note on it. */
  'highlight-create': { start: number; end: number; color: HighlightColor; withNote: boolean };
  /** The highlight toolbar's choice: the reader knows the range it applies to. */
  'highlight-choose': { color: HighlightColor; withNote: boolean };
  /** A popover panel opened or closed. */
  'panel-toggle': { open: boolean };
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
  'view-change': { view: View };
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
  'shelf-change': { shelf: Shelf };
  /** How far the open clip has been read, and whether its end was reached. */
  'reading-progress': { progress: number; atEnd: boolean };
  'reading-toggle': { key: 'read' | 'archived' | 'favorite' };
  /** The open clip has been in front of the person for about its reading time. */
  'reading-time': null;
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
  /** The settings dialog is to open. */
  'settings-open': null;
  /** The import or export dialog asked to be opened or closed. */
  'transfer-open': { dialog: 'import' | 'export' };
  'transfer-close': null;
  /** The person asked to stop a long task of main's (an import, an export, a cleaning). */
  'task-cancel': { id: string };
  /** The person has read the notice about a restored backup. */
  'recovery-dismiss': null;
  /** The press review builder is to open, or close. */
  'review-open': null;
  'review-close': null;
  /** A change of the review's settings. */
  'review-change': Partial<ReviewSettings>;
  /** A story moved in the review: by some places (keys), or before another (a drop). */
  'review-move': { key: string; by?: number; before?: string };
  'review-write': { format: ReviewFormat };
  'review-preset-save': { name: string };
  'review-preset-use': { name: string };
  'review-preset-delete': { name: string };
  /** Copy the references of clips in a style. */
  'citation-copy': { ids: string[]; style: CitationStyle };
}

export type PresscutEvent<K extends keyof PresscutEventMap> = CustomEvent<PresscutEventMap[K]>;

/** Each Presscut event by name, as `addEventListener` and Lit's `@name=` bindings see it. */
type PresscutEvents = { [K in keyof PresscutEventMap]: PresscutEvent<K> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging: the map is the mapped type above
  interface GlobalEventHandlersEventMap extends PresscutEvents {}
}
