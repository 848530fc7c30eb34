/**
 * The one API between Presscut's main process and its renderer: every
 * method's name, arguments and result. The preload, the IPC registration, the
 * argument schemas main checks calls against and the browser-test bridge all
 * derive from it. It imports nothing at run time, so the renderer and the
 * preload can use it as it is.
 */
import type { ExtractedArticle, Paste } from '../model/article.ts';
import type { ClipDetail, ClipSummary } from '../model/clip.ts';
import type { Settings, SettingsPatch } from '../model/settings.ts';
import type { ErrorCode } from '../common/errors.ts';

export interface PastePreview {
  /** The time relative dates were resolved against; pass it back to `clipPaste`. */
  clippedAt: string;
  articles: ExtractedArticle[];
}

/** The person's choice of one previewed article, with their fixes to its title and outlet. */
export interface ArticleChoice {
  /** Position of the article in the preview. */
  index: number;
  title?: string;
  source?: string | null;
}

export interface ClipPasteRequest {
  paste: Paste;
  clippedAt?: string;
  /** The articles to keep; all of them when absent. */
  articles?: ArticleChoice[];
}

export interface PresscutApi {
  /** Every clip in the library that is not deleted, newest first. */
  listClips(): Promise<ClipSummary[]>;
  /** A clip with its text, to read. */
  getClip(id: string): Promise<ClipDetail>;
  /** The paste a clip came from, untouched. */
  getOriginal(id: string): Promise<Paste>;
  /** The articles found in a paste, before anything is saved. */
  previewPaste(paste: Paste): Promise<PastePreview>;
  /** Keeps the paste and clips the chosen articles of it; returns the new clips in paste order. */
  clipPaste(request: ClipPasteRequest): Promise<ClipSummary[]>;
  /** Deletes a clip; `restoreClip` undoes it. */
  deleteClip(id: string): Promise<void>;
  restoreClip(id: string): Promise<ClipSummary>;
  /** Opens a link of a clip in the system browser, after the person clicked it. */
  openLink(url: string): Promise<void>;
  getSettings(): Promise<Settings>;
  /** Changes some settings; returns them all. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
}

export type MethodName = keyof PresscutApi;
export type ArgsOf<K extends MethodName> = Parameters<PresscutApi[K]>;
export type ResultOf<K extends MethodName> = Awaited<ReturnType<PresscutApi[K]>>;

// A key missing here, or one too many, is a compile error.
const METHODS = {
  listClips: true,
  getClip: true,
  getOriginal: true,
  previewPaste: true,
  clipPaste: true,
  deleteClip: true,
  restoreClip: true,
  openLink: true,
  getSettings: true,
  updateSettings: true,
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
export type PresscutBridge = { [K in MethodName]: (...args: ArgsOf<K>) => Promise<Reply<ResultOf<K>>> };

/** Something the window asks for through main: a menu item, a global shortcut. */
export type AppCommand = 'new-clip';

/** What main tells the renderer without being asked. */
export interface PresscutEvents {
  /** Clips were added or changed by something other than the window's own calls (an import, a shortcut, another launch). */
  libraryChanged: { reason: string };
  /** A long task moved on; `total` is null while it is unknown. */
  progress: { task: string; label: string; done: number; total: number | null };
  /** A menu item or shortcut asked the window to act. */
  command: { name: AppCommand };
}

export type EventName = keyof PresscutEvents;

const EVENTS = { libraryChanged: true, progress: true, command: true } satisfies Record<EventName, true>;

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
