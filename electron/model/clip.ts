import * as z from 'zod';
import { AGO_UNITS, type ExtractedArticle } from './article.ts';
import { blockSchema, removedPartSchema } from './article-schema.ts';
import { HIGHLIGHT_COLORS } from './colors.ts';
import { textStats } from './text-stats.ts';

/** The longest note a highlight keeps. */
export const MAX_NOTE_LENGTH = 100_000;

/** Whether an address may be a clip's link: a web page, never a script, a file or anything else a click would run. */
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** W3C Web Annotation selectors over the clip's body text (blocks joined by a blank line). */
export const annotationSchema = z.object({
  id: z.string().min(1),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  color: z.enum(HIGHLIGHT_COLORS),
  note: z.string().max(MAX_NOTE_LENGTH),
  quote: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  position: z.object({ start: z.int().nonnegative(), end: z.int().nonnegative() }),
  /** Set when the quote could no longer be found in the text: kept, shown apart, never moved. */
  orphaned: z.boolean(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const readingStateSchema = z.object({
  /** How far the person has read, 0–1. */
  progress: z.number().min(0).max(1),
  read: z.boolean(),
  archived: z.boolean(),
  favorite: z.boolean(),
  openedAt: z.iso.datetime().nullable(),
  /**
   * Set on a clip whose every source said nothing of being archived (Pocket's
   * highlights, a Markdown file): a later import that does say decides, as it
   * would have in one import.
   */
  archiveUnsaid: z.literal(true).optional(),
});
export type ReadingState = z.infer<typeof readingStateSchema>;

/** What the library's index holds of a clip: everything but its text. */
export const clipRecordSchema = z.object({
  id: z.string().min(1),
  /** The paste this clip came from: several clips can share one. */
  pasteId: z.string().min(1),
  /** Which article of that paste this clip is. */
  articleIndex: z.int().nonnegative(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Grows with each edit of the text, so a reader can tell which text a record describes. */
  revision: z.int().nonnegative(),
  title: z.string(),
  source: z.string().nullable(),
  byline: z.string().nullable(),
  published: z.string().nullable(),
  /**
   * A published time the paste gave relative to clipping ("an hour ago"), as
   * it gave it; absent or null for an exact one (and in records written before it existed).
   */
  publishedAgo: z
    .object({ amount: z.number().positive(), unit: z.enum(AGO_UNITS) })
    .nullable()
    .optional(),
  dateline: z.string().nullable(),
  credit: z.string().nullable(),
  language: z.string().nullable(),
  /** A web address only: anything else (a `javascript:` link in a crafted file) is read as none. */
  url: z
    .string()
    .nullable()
    .transform((url) => (url !== null && isWebAddress(url) ? url : null)),
  /** The first words of the body, for the list. */
  excerpt: z.string(),
  wordCount: z.int().nonnegative(),
  tags: z.array(z.string()),
  annotations: z.array(annotationSchema),
  note: z.string(),
  reading: readingStateSchema,
  /** Deleted clips stay until the next start, so a delete can be undone. */
  deletedAt: z.iso.datetime().nullable(),
  /**
   * Imported without its text (a Pocket or Instapaper link): Presscut never
   * fetches, so it waits for the person to paste the article. Defaults to
   * false, so indexes written before it existed read as they are.
   */
  linkOnly: z.boolean().default(false),
});
export type ClipRecord = z.infer<typeof clipRecordSchema>;

/** A clip's text, stored in a file of its own. */
export const clipBodySchema = z.object({
  id: z.string().min(1),
  revision: z.int().nonnegative(),
  blocks: z.array(blockSchema),
  removed: z.array(removedPartSchema),
});
export type ClipBody = z.infer<typeof clipBodySchema>;

/** A clip opened in the reader. */
export interface ClipDetail {
  record: ClipRecord;
  body: ClipBody;
}

/** Where a new clip stands: its ids, its place in its paste, and when it was clipped. */
export interface NewClipPlace {
  id: string;
  pasteId: string;
  articleIndex: number;
  createdAt: string;
}

/** A new clip's record, of an article the engines found: untagged, unread, with nothing noted yet. */
export function recordOfArticle(article: ExtractedArticle, place: NewClipPlace): ClipRecord {
  return {
    ...place,
    updatedAt: place.createdAt,
    revision: 0,
    title: article.title,
    source: article.source,
    byline: article.byline,
    published: article.published,
    publishedAgo: article.publishedAgo ?? null,
    dateline: article.dateline,
    credit: article.credit,
    language: article.language,
    url: article.url,
    ...textStats(article.blocks),
    tags: [],
    annotations: [],
    note: '',
    reading: { progress: 0, read: false, archived: false, favorite: false, openedAt: null },
    deletedAt: null,
    linkOnly: false,
  };
}
