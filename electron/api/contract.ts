/**
 * The one API between Presscut's main process and its renderer: every
 * method's name, arguments and result. The preload, the IPC registration, the
 * argument schemas main checks calls against and the browser-test bridge all
 * derive from it. It imports nothing at run time, so the renderer and the
 * preload can use it as it is; it re-exports the model's types the window
 * needs, so the renderer imports types from here and nowhere else in `electron/`.
 */
import type { ErrorCode } from '../../common/errors.ts';
import type { Block, ExtractedArticle, InlineMark, Paste } from '../model/article.ts';
import type { Annotation, ClipDetail, ClipRecord, ReadingState } from '../model/clip.ts';
import type { ClipSummary } from '../model/clip-summary.ts';
import type { HighlightColor, TagColor } from '../model/colors.ts';
import type { LibraryMatch } from '../model/library-match.ts';
import type { LibraryRecovery } from '../model/library-recovery.ts';
import type { LinkOnlyCandidate, LinkOnlyMatch } from '../model/link-only.ts';
import type { Settings, SettingsPatch } from '../model/settings.ts';
import type { CitationStyle } from '../model/citation-styles.ts';
import type { ReviewFormat } from '../model/review-formats.ts';
import type { ReviewSettingsInput } from '../model/review-settings.ts';

// Press reviews and citations, for the builder in the window.
export type {
  ReviewBody,
  ReviewGrouping,
  ReviewPreset,
  ReviewSettings,
  ReviewSettingsInput,
} from '../model/review-settings.ts';
export type { ReviewFormat } from '../model/review-formats.ts';
export type { CitationStyle } from '../model/citation-styles.ts';

// The model's shapes that cross the boundary, for the renderer, which takes its types from here only.
export type {
  Annotation,
  Block,
  ClipDetail,
  ClipRecord,
  ClipSummary,
  ErrorCode,
  ExtractedArticle,
  HighlightColor,
  InlineMark,
  LibraryMatch,
  LibraryRecovery,
  LinkOnlyCandidate,
  LinkOnlyMatch,
  Paste,
  ReadingState,
  Settings,
  SettingsPatch,
  TagColor,
};

export interface PastePreview {
  /** Names the preview, which main holds for `savePreview` (an hour at most). */
  previewId: string;
  /** The time relative dates were resolved against; the clips' time when saved. */
  clippedAt: string;
  articles: ExtractedArticle[];
  /** For each article, the link-only clips (imported without text) it could complete. */
  linkOnlyMatches: LinkOnlyMatch[];
  /** For each article, the library's clips it repeats: the same article clipped before, or the same story from another outlet. */
  libraryMatches: LibraryMatch[][];
  /** What became of the paste that the person should know: its HTML over the cap, its text clipped alone. */
  notice: string | null;
}

/** The person's choice of one previewed article, with their fixes to its title and outlet. */
export interface ArticleChoice {
  /** Position of the article in the preview. */
  index: number;
  title?: string;
  source?: string | null;
  /** A link-only clip this article is the text of: it is completed rather than saved as a new clip. */
  completes?: string;
}

/** The person's Save of a preview: which of its articles, with their fixes; the paste is in main already. */
export interface SavePreviewRequest {
  previewId: string;
  /** The articles to keep; all of them when absent. */
  articles?: ArticleChoice[];
}

/** A paste to clip in one call, without a preview first (the global shortcut, the command line). */
export interface ClipPasteRequest {
  paste: Paste;
  clippedAt?: string;
  /** The articles to keep; all of them when absent. */
  articles?: ArticleChoice[];
}

export interface TagSummary {
  name: string;
  /** Clips that carry it. */
  count: number;
  color: TagColor | null;
}

/** A highlight to make, over the clip's body text (blocks joined by a blank line). */
export interface NewAnnotation {
  start: number;
  end: number;
  color: HighlightColor;
  note?: string;
}

/** An annotation in the library-wide view, with the clip it belongs to. */
export interface AnnotationEntry {
  clipId: string;
  clipTitle: string;
  source: string | null;
  tags: string[];
  annotation: Annotation;
}

/** The person's edit of a clip: any of its title, outlet and text. */
export interface ClipEdit {
  title?: string;
  source?: string | null;
  blocks?: Block[];
}

/** A file to import, read in the window (a file chooser or a drop). */
export interface ImportFileData {
  name: string;
  bytes: Uint8Array;
}

/** An item or file an import left out, and why. */
export interface ImportProblem {
  item: string;
  reason: string;
}

/** What merging a record of an article into its clip added to it. */
export type MergeGain = 'text' | 'tags' | 'highlights' | 'reading state' | 'details';

/** What an import did. */
export interface ImportSummary {
  added: number;
  /** Link-only clips whose text the import brought. */
  completed: number;
  /** Records of an article merged into its clip (in the library, or from another file of the import) that added something to it. */
  merged: number;
  /** What those merges added. */
  mergedAdded: MergeGain[];
  /** Records that added nothing: their article is in the library, or earlier in the import, with everything they held. */
  duplicates: number;
  /** Items left out on purpose (deleted in the service they came from). */
  skipped: ImportProblem[];
  failed: ImportProblem[];
  /** What came in otherwise than the file had it, and why: an address that is not a web address left out, a missing date. */
  notes: ImportProblem[];
  /** Highlights kept as orphans: their quote is not in the text, or the clip has only its link so far. */
  waitingHighlights: number;
}

export const EXPORT_FORMATS = [
  'markdown',
  'annotations',
  'html',
  'epub',
  'json',
  'backup',
  // References of the clips, for Zotero and other reference managers.
  'csl-json',
  'bibtex',
  'ris',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Which clips an export takes: those matching everything given; the whole library when nothing is. */
export interface ExportSelection {
  ids?: string[];
  tag?: string;
  /** Words that must all be in the clip (title, outlet, byline, tags or text). */
  query?: string;
  /** Only clips not read yet and not archived. */
  unread?: boolean;
}

export interface ExportRequest {
  format: ExportFormat;
  selection: ExportSelection;
}

/** An export, made in main, for the window to save where the person chooses. */
export interface ExportedFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  /** How many clips it holds. */
  clips: number;
  /** Clips whose text or paste could not be read from the library folder: left out, everything else exported. */
  unreadable: ImportProblem[];
}

/** A press review as a file: how many stories it tells beside how many clips it holds. */
export interface ExportedReview extends ExportedFile {
  stories: number;
}

/** A file to clip: dropped on the window (which read it), or handed to main by a launch or File ▸ Clip files…. */
export interface FileToClip {
  name: string;
  content: string;
}

export interface ClipFilesResult {
  /** The new clips, in the order of the files. */
  clips: ClipSummary[];
  /** Each file that could not be clipped, with why; the others were clipped all the same. */
  failures: { name: string; message: string }[];
}

/** Whether the global shortcut that clips the clipboard works, in a sentence for the person. */
export interface ShortcutStatus {
  /** The shortcut the settings ask for, '' for none. */
  accelerator: string;
  state: 'active' | 'off' | 'taken' | 'invalid' | 'unavailable';
  message: string;
}

/** One clip a search found. */
export interface SearchHit {
  clip: ClipSummary;
  /** Higher is better; 0 for a query of filters only, which lists clips newest first. */
  score: number;
  /**
   * What to highlight in the list and the reader: the words that matched in
   * this clip ("ukrainian" for a search for "ukrain") and the phrases searched
   * for, lower-cased without accents, as whole words.
   */
  terms: string[];
  /** A few lines of the clip's text around the first matched word, as plain text; null for a list without words to find. */
  snippet: string | null;
}

/** How far the search index is from holding every clip's text (it is being rebuilt); null once it does. */
export interface IndexingProgress {
  done: number;
  total: number;
}

export interface SearchResults {
  /** The hits asked for, best first. */
  hits: SearchHit[];
  /** Every clip the query found. */
  total: number;
  /** Set while the index is being built: the hits are then those among the clips indexed so far. */
  indexing: IndexingProgress | null;
}

export interface SearchOptions {
  /** At most this many hits (100 unless given). */
  limit?: number;
  /** Skip this many hits first, for the next page. */
  offset?: number;
}

/** A story of a press review, as the builder lists it to comment on, choose its text, or move. */
export interface ReviewStoryEntry {
  /** Its main clip's id: what comments, text choices and the hand-made order refer to. */
  key: string;
  title: string;
  /** Its group's heading; null when the review is not grouped. */
  section: string | null;
  /** Every outlet that ran it, the main clip's first. */
  outlets: string[];
  /** Every clip of the story, the main one first. */
  clipIds: string[];
}

/** A press review as the builder previews it. */
export interface ReviewPreview {
  /** The document, as the web page and the PDF have it, without its inline fonts (the window has them). */
  html: string;
  stories: ReviewStoryEntry[];
  clips: number;
  period: string;
}

/** A part of the library the list shows: `clips` is every clip not archived. */
export type Shelf = 'clips' | 'unread' | 'favorites' | 'archive';

export const SHELVES: readonly Shelf[] = ['clips', 'unread', 'favorites', 'archive'];

/**
 * Which clips a list holds: a shelf's, or, while `search` holds a query, the
 * clips it finds across every shelf; in both cases only those carrying every
 * tag of `tags`.
 */
export interface ClipQuery {
  shelf: Shelf;
  /** Tags a clip must all carry, by their exact names (as `listTags` gives them). */
  tags?: string[];
  /** What the search box holds, in the search language (see README); blank or absent for none. */
  search?: string;
  /** Best match first (`score`, the default for a search) or newest first; a list without a search is always newest first. */
  order?: 'score' | 'newest';
}

/** The most clips one window of the list holds. */
export const MAX_WINDOW = 500;

export interface ClipWindowRequest extends ClipQuery {
  /** The window's first position in the list, from 0. */
  offset: number;
  /** How many clips from there, at most `MAX_WINDOW`. */
  limit: number;
}

/**
 * One window of the list: what the window shows as it scrolls, asked for by
 * position. The main process answers from the library's index on disk, so a
 * window costs the same at 100,000 clips as at 1,000, and the window never
 * holds the whole library. Positions hold until the library changes
 * (`libraryChanged`, or the window's own edits): then the window asks again.
 */
export interface ClipWindow {
  /** The clips from `offset` on, in the list's order; for a search, each with the words it matched and a snippet. */
  hits: SearchHit[];
  offset: number;
  /** How many clips the whole list holds: its length, for the scroll bar and "N clips found". */
  total: number;
  /** Set while the index is being built: the list then holds the clips indexed so far. */
  indexing: IndexingProgress | null;
}

/** How many clips each shelf and each tag holds, for the sidebar; from the index, whatever the library's size. */
export interface LibraryCounts {
  shelves: Record<Shelf, number>;
  /** Every clip that is not deleted. */
  total: number;
  /** Every tag in use, as `listTags` gives them. */
  tags: TagSummary[];
}

/** A change of a clip's reading state. */
export type ReadingStatePatch = Partial<ReadingState>;

export interface PresscutApi {
  /** One window of the list (a shelf, tags, a search), and the list's length: see `ClipWindow`. */
  listWindow(request: ClipWindowRequest): Promise<ClipWindow>;
  /**
   * The ids of the clips of a list, in the list's order (as `listWindow` gives it), from
   * `offset`, at most `limit` (all of them when absent): for selecting all, or a range, across
   * windows, and tagging them in bulk.
   */
  listClipIds(query: ClipQuery, range?: { offset: number; limit?: number }): Promise<string[]>;
  /** How many clips each shelf and each tag holds. */
  countClips(): Promise<LibraryCounts>;
  /** A clip with its text, to read. */
  getClip(id: string): Promise<ClipDetail>;
  /** The paste a clip came from, untouched. */
  getOriginal(id: string): Promise<Paste>;
  /** The articles found in a paste, before anything is saved. */
  previewPaste(paste: Paste): Promise<PastePreview>;
  /** Keeps a previewed paste and clips the chosen articles of it, as they were previewed; returns the new (or completed) clips in paste order. */
  savePreview(request: SavePreviewRequest): Promise<ClipSummary[]>;
  /** Cleans a paste and keeps the chosen articles of it, in one call; returns the new clips in paste order. */
  clipPaste(request: ClipPasteRequest): Promise<ClipSummary[]>;
  /** Deletes a clip; `restoreClip` undoes it. */
  deleteClip(id: string): Promise<void>;
  restoreClip(id: string): Promise<ClipSummary>;
  /** Opens a link of a clip in the system browser, after the person clicked it. */
  openLink(url: string): Promise<void>;
  /** Every tag in use, by name, with its count and colour. */
  listTags(): Promise<TagSummary[]>;
  /**
   * Adds and removes tags on one or several clips (a whole list's, at times); a new name makes a
   * new tag. Answers how many clips it updated: the window asks again for the rows it shows,
   * never for every clip it tagged.
   */
  tagClips(ids: string[], change: { add?: string[]; remove?: string[] }): Promise<number>;
  /** Renames a tag on every clip; onto an existing tag, merges them. */
  renameTag(from: string, to: string): Promise<TagSummary[]>;
  /** Removes a tag from every clip; returns what `tagClips` and `setTagColor` need to undo it. */
  deleteTag(name: string): Promise<{ clipIds: string[]; color: TagColor | null }>;
  setTagColor(name: string, color: TagColor | null): Promise<void>;
  /** Tags to offer for a clip: its people, places, organisations and key terms. */
  suggestTags(id: string): Promise<string[]>;
  addAnnotation(clipId: string, annotation: NewAnnotation): Promise<ClipRecord>;
  updateAnnotation(
    clipId: string,
    annotationId: string,
    patch: { color?: HighlightColor; note?: string },
  ): Promise<ClipRecord>;
  deleteAnnotation(clipId: string, annotationId: string): Promise<ClipRecord>;
  /** Puts back an annotation that was deleted (undo), placed again in the current text. */
  restoreAnnotation(clipId: string, annotation: Annotation): Promise<ClipRecord>;
  /** The clip's page-level note. */
  setClipNote(clipId: string, note: string): Promise<ClipRecord>;
  /** Annotations across the library, newest first, matching the words and carrying all the tags given. */
  listAnnotations(filter: { text?: string; tags?: string[] }): Promise<AnnotationEntry[]>;
  /** Edits a clip's title, outlet or text; annotations follow the text. */
  updateClip(id: string, edit: ClipEdit): Promise<ClipDetail>;
  /** Puts a part the cleaner removed back into the text, where it was. */
  restoreRemovedPart(id: string, index: number): Promise<ClipDetail>;
  /** Cleans the original paste again with the current engine; annotations follow. */
  recleanClip(id: string): Promise<ClipDetail>;
  /** Clips matching a query in the search language (see README); a malformed filter is an `invalid-argument` error saying how to write it. */
  searchClips(query: string, options?: SearchOptions): Promise<SearchResults>;
  /** Changes a clip's progress, read, archived, favourite or opened time. */
  setReadingState(id: string, patch: ReadingStatePatch): Promise<ClipSummary>;
  getSettings(): Promise<Settings>;
  /** Changes some settings; returns them all. A new global shortcut is claimed from the system first, or refused. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Imports exports of Pocket, Instapaper, Omnivore, Wallabag, Presscut's own, or loose article files; reports `progress`. */
  importFiles(files: ImportFileData[]): Promise<ImportSummary>;
  /** Exports a selection of clips (or the whole library) as one file; reports `progress`. */
  exportClips(request: ExportRequest): Promise<ExportedFile>;
  /** What was done at start to replace a damaged library index, for the person to be told; null when nothing was. */
  getLibraryRecovery(): Promise<LibraryRecovery | null>;
  /** Clips .txt, .md and .html files; each file that cannot be clipped is reported, the others are kept. */
  clipFiles(files: FileToClip[]): Promise<ClipFilesResult>;
  getShortcutStatus(): Promise<ShortcutStatus>;
  /** A press review of the clips its settings choose, as the builder shows it. */
  previewReview(settings: ReviewSettingsInput): Promise<ReviewPreview>;
  /** The press review as a file: PDF, Word, a web page or Markdown. */
  exportReview(settings: ReviewSettingsInput, format: ReviewFormat): Promise<ExportedReview>;
  /** The clips' references in a citation style, one a line, to copy. */
  citeClips(ids: string[], style: CitationStyle): Promise<string>;
  /** Stops a long task (its id came with its `progress` events); false when it had ended or is already saving. */
  cancelTask(id: string): Promise<boolean>;
}

export type MethodName = keyof PresscutApi;
export type ArgsOf<K extends MethodName> = Parameters<PresscutApi[K]>;
export type ResultOf<K extends MethodName> = Awaited<ReturnType<PresscutApi[K]>>;

// A key missing here, or one too many, is a compile error.
const METHODS = {
  listWindow: true,
  listClipIds: true,
  countClips: true,
  getClip: true,
  getOriginal: true,
  previewPaste: true,
  savePreview: true,
  clipPaste: true,
  deleteClip: true,
  restoreClip: true,
  openLink: true,
  listTags: true,
  tagClips: true,
  renameTag: true,
  deleteTag: true,
  setTagColor: true,
  suggestTags: true,
  addAnnotation: true,
  updateAnnotation: true,
  deleteAnnotation: true,
  restoreAnnotation: true,
  setClipNote: true,
  listAnnotations: true,
  updateClip: true,
  restoreRemovedPart: true,
  recleanClip: true,
  searchClips: true,
  setReadingState: true,
  getSettings: true,
  updateSettings: true,
  importFiles: true,
  exportClips: true,
  getLibraryRecovery: true,
  clipFiles: true,
  getShortcutStatus: true,
  previewReview: true,
  exportReview: true,
  citeClips: true,
  cancelTask: true,
} satisfies Record<MethodName, true>;

export const methodNames = Object.keys(METHODS) as MethodName[];

/** The IPC channel of a method. */
export function channelOf(name: MethodName): string {
  return `presscut:${name}`;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Every call answers with a value or an error a person can read: errors are values, across IPC too. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload exposes as `window.presscut`. */
export type PresscutBridge = {
  [K in MethodName]: (...args: ArgsOf<K>) => Promise<Reply<ResultOf<K>>>;
};

/** The long tasks main runs off its own thread, which the window can follow and cancel. */
export type TaskKind = 'clip' | 'import' | 'export';

export interface TaskProgress {
  id: string;
  task: TaskKind;
  label: string;
  done: number;
  total: number | null;
}

/** Something the window asks for through main: a menu item, a global shortcut. */
export type AppCommand = 'new-clip' | 'show-shortcuts' | 'show-settings' | 'import' | 'export';

/** What main tells the renderer without being asked. */
export interface PresscutEvents {
  /** Clips were added or changed by something other than the window's own calls (an import, a shortcut, another launch). */
  libraryChanged: { reason: string };
  /** A long task moved on; `total` is null while it is unknown. `id` is what `cancelTask` takes. */
  progress: TaskProgress;
  /** A menu item or shortcut asked the window to act. */
  command: { name: AppCommand };
  /** Files handed to main (a second launch, File ▸ Clip files…) were clipped. */
  filesClipped: ClipFilesResult;
  /** Main read the clipboard for the window (File ▸ New clip from clipboard, the global shortcut while the window has focus): preview it as a paste. */
  clipboardPaste: { paste: Paste };
}

export type EventName = keyof PresscutEvents;

const EVENTS = {
  libraryChanged: true,
  progress: true,
  command: true,
  filesClipped: true,
  clipboardPaste: true,
} satisfies Record<EventName, true>;

export const eventNames = Object.keys(EVENTS) as EventName[];

/** The IPC channel main sends an event on. */
export function eventChannelOf(name: EventName): string {
  return `presscut-event:${name}`;
}

/** What the preload exposes as `window.presscutEvents`: a listener per event, removed by the function it returns. */
export interface PresscutEventBridge {
  on<E extends EventName>(name: E, listener: (payload: PresscutEvents[E]) => void): () => void;
}

/** How a service tells the window about an event. */
export type Notify = <E extends EventName>(name: E, payload: PresscutEvents[E]) => void;

declare global {
  interface Window {
    presscut: PresscutBridge;
    presscutEvents: PresscutEventBridge;
  }
}
