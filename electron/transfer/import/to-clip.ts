import { randomUUID } from 'node:crypto';
import { extractArticles, type ExtractOptions } from '../../clipping/extract.ts';
import type { OutletMemory } from '../../clipping/memory/outlet-memory.ts';
import {
  bodyText,
  type Block,
  type ExtractedArticle,
  type Paste,
  type RemovedPart,
} from '../../model/article.ts';
import type { ClipBody, ClipRecord } from '../../model/clip.ts';
import { countWords, excerptOf } from '../../model/text-stats.ts';
import { MAX_TAG_LENGTH, normalizeTag } from '../../../common/tag-names.ts';
import { placeHighlight } from './highlights.ts';
import { isSafeKey } from './safe-keys.ts';
import { asDocument } from './document.ts';
import type { ImportedItem } from './imported-item.ts';

/** An imported item made into a clip, ready for the library's batch write. */
export interface ImportedClip {
  record: ClipRecord;
  body: ClipBody;
  /** Highlights whose quote is not in the text (yet). */
  waiting: number;
}

/** The engine's articles of an export's HTML, given as a whole document; its text flavour alone if the HTML defeats the engine. */
function engineArticles(paste: Paste, options: ExtractOptions): ExtractedArticle[] {
  if (paste.html === undefined) return extractArticles(paste, options);
  try {
    return extractArticles({ text: paste.text, html: asDocument(paste.html) }, options);
  } catch {
    return extractArticles({ text: paste.text }, options);
  }
}

/** The article an item's content makes: the engine's main story; any other story it found is kept as a removed part. */
function articleOf(
  item: ImportedItem,
  options: ExtractOptions,
): { blocks: Block[]; removed: RemovedPart[]; found: ExtractedArticle | null } {
  const content = item.content;
  if (!content) return { blocks: [], removed: [], found: null };
  if (content.kind === 'blocks') return { blocks: content.blocks, removed: [], found: null };
  const [main, ...others] = engineArticles(content.paste, options);
  if (!main) return { blocks: [], removed: [], found: null };
  const { blocks, removed: mainRemoved } = keepInnerHeadline(main, item.title);
  const removed = [
    ...mainRemoved,
    ...others.map((a) => ({
      text: [a.title, bodyText(a.blocks)].join('\n\n'),
      reason: 'another story in the same page',
      before: main.blocks.length,
    })),
  ];
  return { blocks, removed, found: main };
}

const sameTitle = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim().toLocaleLowerCase() ===
  b.replace(/\s+/g, ' ').trim().toLocaleLowerCase();

/**
 * An export's article comes with its own title: a heading the engine took
 * for the headline, when it is not that title, is a heading of the article
 * (a newsletter's first section) and goes back where it stood.
 */
function keepInnerHeadline(
  main: ExtractedArticle,
  title: string | null,
): { blocks: Block[]; removed: RemovedPart[] } {
  const at = main.removed.findIndex((r) => main.title && sameTitle(r.text, main.title));
  if (!title || at === -1 || sameTitle(title, main.title)) return main;
  const part = main.removed[at];
  const blocks = [...main.blocks];
  blocks.splice(Math.min(part.before, blocks.length), 0, {
    type: 'heading',
    level: 2,
    text: part.text.trim(),
  });
  return { blocks, removed: main.removed.filter((_, i) => i !== at) };
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Tidies tag names from an export: empty ones dropped, long ones cut, duplicates (by case) merged. */
export function tidyTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const name = raw.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_TAG_LENGTH);
    if (!name || !isSafeKey(name)) continue;
    const tidy = normalizeTag(name);
    if (!out.some((t) => t.toLocaleLowerCase() === tidy.toLocaleLowerCase())) out.push(tidy);
  }
  return out;
}

/**
 * Makes a clip of an imported item, with its own dates, tags, reading state
 * and highlights; its text is cleaned with what the library knows of outlets.
 */
export function itemToClip(
  item: ImportedItem,
  pasteId: string,
  now: Date,
  memory?: OutletMemory,
): ImportedClip {
  const createdAt = item.savedAt ?? now.toISOString();
  const { blocks, removed, found } = articleOf(item, { clippedAt: new Date(createdAt), memory });
  const id = randomUUID();
  const text = bodyText(blocks);
  const annotations = item.highlights.map((h) => placeHighlight(h, text, createdAt));
  const url = item.url ?? found?.url ?? null;
  const record: ClipRecord = {
    id,
    pasteId,
    articleIndex: item.original.index,
    createdAt,
    updatedAt: item.updatedAt ?? createdAt,
    revision: 0,
    title: item.title ?? found?.title ?? item.label,
    source: found?.source ?? item.outlet ?? hostOf(url),
    byline: item.byline ?? found?.byline ?? null,
    published: item.published ?? found?.published ?? null,
    dateline: found?.dateline ?? null,
    credit: found?.credit ?? null,
    language: item.language ?? found?.language ?? null,
    url,
    excerpt: blocks.length
      ? excerptOf(blocks)
      : excerptOf(item.description ? [{ type: 'paragraph', text: item.description }] : []),
    wordCount: countWords(text),
    tags: tidyTags(item.tags),
    annotations,
    note: '',
    reading: {
      progress: 0,
      read: false,
      archived: false,
      favorite: false,
      openedAt: null,
      ...item.reading,
    },
    deletedAt: null,
    linkOnly: blocks.length === 0,
  };
  return {
    record,
    body: { id, revision: 0, blocks, removed },
    waiting: annotations.filter((a) => a.orphaned).length,
  };
}
