import type { ImportProblem } from '../../api/contract.ts';
import { textOfHtml } from '../../files/html-text.ts';
import type { Block, Paste } from '../../model/article.ts';
import type { ReadingState } from '../../model/clip.ts';

/** The services and files Presscut imports from. */
export type ImportSource = 'pocket' | 'instapaper' | 'omnivore' | 'wallabag' | 'file';

/** A highlight as the export gave it: only its words, to be found in the text. */
export interface ImportedHighlight {
  quote: string;
  note: string;
  createdAt: string | null;
}

/** The article's text as the export holds it: a paste for the clipping engine, or blocks already structured (Markdown). */
export type ImportedContent = { kind: 'paste'; paste: Paste } | { kind: 'blocks'; blocks: Block[] };

/**
 * One article of an export, whatever service it came from: what each parser
 * produces and the import turns into a clip. Every field but `label` may be
 * unknown.
 */
export interface ImportedItem {
  source: ImportSource;
  /** How the summary names it: its title, else its address, else its file. */
  label: string;
  title: string | null;
  url: string | null;
  /** Null for a link without its text (Pocket, Instapaper): it comes in link-only. */
  content: ImportedContent | null;
  byline: string | null;
  outlet: string | null;
  published: string | null;
  language: string | null;
  /** A summary the service kept, shown in the list while the clip has no text. */
  description: string | null;
  /** When the person saved it there (ISO 8601). */
  savedAt: string | null;
  updatedAt: string | null;
  tags: string[];
  reading: Partial<ReadingState>;
  highlights: ImportedHighlight[];
  /** What the item was imported from, kept as the clip's original paste; shared by the items of one file. */
  original: { key: string; paste: Paste; index: number };
}

/** What a parser found in a file: its items, those it left out on purpose or could not read, and what it changed on the way in. */
export interface ParsedFile {
  items: ImportedItem[];
  skipped: ImportProblem[];
  failed: ImportProblem[];
  notes: ImportProblem[];
}

export function emptyParsedFile(): ParsedFile {
  return { items: [], skipped: [], failed: [], notes: [] };
}

export function emptyItem(
  source: ImportSource,
  label: string,
  original: ImportedItem['original'],
): ImportedItem {
  return {
    source,
    label,
    title: null,
    url: null,
    content: null,
    byline: null,
    outlet: null,
    published: null,
    language: null,
    description: null,
    savedAt: null,
    updatedAt: null,
    tags: [],
    reading: {},
    highlights: [],
    original,
  };
}

/**
 * An export's article HTML as a paste. Its text (what the HTML reads as) is
 * worked out only when something needs it: an article the library already
 * holds never is.
 */
export function htmlPaste(html: string): Paste {
  let text: string | undefined;
  return {
    html,
    get text() {
      return (text ??= textOfHtml(html));
    },
  };
}
