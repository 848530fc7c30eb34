/**
 * The one API between Presscut's main process and its renderer: every method's
 * name, the schema its arguments must pass in main, and its result. The
 * preload, the IPC registration and the browser-test bridge all derive from it.
 */
import { z } from 'zod';
import type { ExtractedArticle } from '../model/article.ts';
import type { ClipDetail, ClipSummary } from '../model/clip.ts';
import type { ErrorCode } from '../common/errors.ts';

const MAX_PASTE = 50 * 1024 * 1024;

const clipId = z.string().regex(/^[0-9a-f-]{36}$/, 'a clip id');
const pasteSchema = z.object({
  text: z.string().max(MAX_PASTE, 'the paste is over 50 MB'),
  html: z.string().max(MAX_PASTE, 'the paste is over 50 MB').optional(),
});
const articleChoice = z.object({
  /** Which article of the preview, by its position. */
  index: z.int().nonnegative(),
  title: z.string().trim().min(1, 'a title cannot be empty').max(1000).optional(),
  source: z.string().trim().max(200).nullable().optional(),
});

export interface PastePreview {
  /** The time the preview resolved relative dates against; pass it back to `clipPaste`. */
  clippedAt: string;
  articles: ExtractedArticle[];
}

interface Method<Args extends z.ZodTuple, Result> {
  args: Args;
  /** Never set: carries the result type. */
  result?: Result;
}

function method<Result>() {
  return <Args extends z.ZodTuple>(args: Args): Method<Args, Result> => ({ args });
}

export const presscutApi = {
  /** Every clip in the library that is not deleted, newest first. */
  listClips: method<ClipSummary[]>()(z.tuple([])),
  /** A clip with its text, to read. */
  getClip: method<ClipDetail>()(z.tuple([clipId])),
  /** The paste a clip came from, untouched. */
  getOriginal: method<{ text: string; html?: string }>()(z.tuple([clipId])),
  /** The articles found in a paste, before anything is saved. */
  previewPaste: method<PastePreview>()(z.tuple([pasteSchema])),
  /**
   * Saves a paste and clips the chosen articles of it (all of them when `articles`
   * is absent), with the person's fixes to titles and outlets. Returns the new clips, in paste order.
   */
  clipPaste: method<ClipSummary[]>()(
    z.tuple([
      z.object({
        paste: pasteSchema,
        clippedAt: z.iso.datetime().optional(),
        articles: z.array(articleChoice).min(1, 'choose at least one article').max(500).optional(),
      }),
    ]),
  ),
  /** Deletes a clip; `restoreClip` undoes it. */
  deleteClip: method<void>()(z.tuple([clipId])),
  restoreClip: method<ClipSummary>()(z.tuple([clipId])),
  /** Opens a link of a clip in the system browser, after the person clicked it. */
  openLink: method<void>()(z.tuple([z.url({ protocol: /^(https?|mailto)$/, error: 'only http(s) and mailto links open' }).max(4096)])),
} as const;

export type ApiSpec = typeof presscutApi;
export type MethodName = keyof ApiSpec;
export type ArgsOf<K extends MethodName> = z.input<ApiSpec[K]['args']>;
export type ResultOf<K extends MethodName> = Exclude<ApiSpec[K]['result'], undefined>;

/** The services main implements: each method takes its validated arguments. */
export type PresscutService = { [K in MethodName]: (...args: z.output<ApiSpec[K]['args']>) => Promise<ResultOf<K>> };

export interface ApiError {
  code: ErrorCode;
  message: string;
}

/** Every call answers with a value or an error a person can read: errors are values, across IPC too. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** What the preload exposes as `window.presscut`. */
export type PresscutBridge = { [K in MethodName]: (...args: ArgsOf<K>) => Promise<Reply<ResultOf<K>>> };

export const methodNames = Object.keys(presscutApi) as MethodName[];

/** The IPC channel of a method. */
export function channelOf(name: MethodName): string {
  return `presscut:${name}`;
}

declare global {
  interface Window {
    presscut: PresscutBridge;
  }
}
