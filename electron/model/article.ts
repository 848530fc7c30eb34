/**
 * The structured text model of an article: what the clipping engines produce,
 * what the library stores and what the reader draws. It never holds HTML.
 */

export type BlockType =
  | 'paragraph'
  | 'heading'
  | 'list-item'
  | 'quote'
  | 'caption'
  | 'preformatted'
  | 'code'
  | 'table'
  | 'image';

/** An inline mark over `block.text`, as UTF-16 offsets [start, end). */
export interface InlineMark {
  kind: 'em' | 'strong' | 'code' | 'link';
  start: number;
  end: number;
  /** Links only: an http(s) or mailto URL; anything else never reaches the model. */
  href?: string;
}

export interface Block {
  type: BlockType;
  /**
   * Plain text; for an image, its alt text; for a code listing, its lines as the page set them; for a table,
   * its rows one per line and each row's cells parted by a tab (no cell holds a tab or a line break).
   */
  text: string;
  marks?: InlineMark[];
  /** Headings: 1–6. */
  level?: number;
  /** List items: numbered or bulleted. */
  ordered?: boolean;
  /** Images: a `data:` URL under the size limit; remote images keep only their text. */
  src?: string;
  /** Tables: how many rows at the top are headings of the columns. */
  headerRows?: number;
  /** Code listings: the language the page named for it ("python"), when it did. */
  language?: string;
}

/** The units a page counts a relative time in ("3 hours ago"). */
export const AGO_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type AgoUnit = (typeof AGO_UNITS)[number];

/** A time the page gave relative to when it was read ("an hour ago"): so long before clipping, in the page's own unit. */
export interface PublishedAgo {
  amount: number;
  unit: AgoUnit;
}

/** Descriptive metadata of one article; every field may be unknown. */
export interface ArticleMeta {
  title: string;
  /** The outlet ("Straits Times"). */
  source: string | null;
  byline: string | null;
  /** ISO 8601, resolved against the clip's time when the paste gave a relative one. */
  published: string | null;
  /**
   * When the paste gave `published` relative to its reading ("an hour ago"),
   * how long before clipping: `published` is then only that precise. Absent
   * or null for a date or time the page gave as such.
   */
  publishedAgo?: PublishedAgo | null;
  /** "KYIV", "BANGKOK": the place a wire story was filed from. */
  dateline: string | null;
  /** Wire credit: "REUTERS", "AP", "AFP". */
  credit: string | null;
  /** BCP 47 language tag ("en", "de") when it could be told. */
  language: string | null;
  url: string | null;
}

/** A piece of the paste the engine left out, kept so the person can see it and put it back. */
export interface RemovedPart {
  text: string;
  /** Why it went, in words a person understands ("list of other headlines"). */
  reason: string;
  /** Index of the block it stood before (blocks.length when it came after the last). */
  before: number;
}

export interface ExtractedArticle extends ArticleMeta {
  blocks: Block[];
  removed: RemovedPart[];
  /**
   * How sure the engine is that this is a story of its own, 0–1 (the main
   * story's is 1); absent when the engine does not say. The preview ticks the
   * stories it is sure of.
   */
  confidence?: number;
}

/** What the person pasted: the text flavour always, the HTML flavour when the clipboard had one. */
export interface Paste {
  text: string;
  html?: string;
}

/**
 * The clip's text as the reader draws it, every block separated by a blank
 * line: the text annotations are anchored in.
 */
export function bodyText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/**
 * The story's running text: `bodyText` without images and captions, which
 * stand beside the story rather than in it (an alt text or a photo credit is
 * not prose). What the engines are scored on and words are counted in.
 */
export function storyText(blocks: readonly Block[]): string {
  return bodyText(blocks.filter((b) => b.type !== 'image' && b.type !== 'caption'));
}

/** Where each block's text lies in `bodyText(blocks)`, as [start, end) offsets. */
export function blockOffsets(blocks: readonly Block[]): { start: number; end: number }[] {
  let start = 0;
  return blocks.map((b) => {
    const span = { start, end: start + b.text.length };
    start = span.end + 2;
    return span;
  });
}
