import { date, field, names, text, webAddress } from './fields.ts';
import { htmlToText } from './html-text.ts';
import { emptyItem, type ImportedItem, type ParsedFile } from './imported-item.ts';
import { readMarkdown } from './markdown-blocks.ts';

export type LooseKind = 'text' | 'markdown' | 'html';

/** Which loose article file a path names, by its extension. */
export function looseKind(path: string): LooseKind | null {
  if (/\.(txt|text)$/i.test(path)) return 'text';
  if (/\.(md|markdown|mdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  return null;
}

function baseName(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
}

/** The first of several front-matter keys that has a value. */
function first(frontMatter: Record<string, unknown>, keys: string[]): unknown {
  for (const key of keys) {
    const value = field(frontMatter, key);
    if (value !== undefined && value !== null && value !== '') return value;
  }
  return undefined;
}

/**
 * A saved article: a text or HTML file goes through the clipping engine like
 * a paste; a Markdown file is structured already, and its front matter
 * (Obsidian's, Logseq's, Presscut's own export) gives title, outlet, dates,
 * address and tags.
 */
export function parseLooseFile(path: string, content: string, kind: LooseKind): ParsedFile {
  const original = { key: path, paste: kind === 'html' ? { text: htmlToText(content), html: content } : { text: content }, index: 0 };
  const parsed: ParsedFile = { items: [], skipped: [], failed: [] };
  if (!content.trim()) {
    parsed.failed.push({ item: path, reason: 'the file is empty.' });
    return parsed;
  }
  if (kind !== 'markdown') {
    parsed.items.push({ ...emptyItem('file', baseName(path), original), content: { kind: 'paste', paste: original.paste } });
    return parsed;
  }
  const doc = readMarkdown(content);
  const fm = doc.frontMatter;
  const title = text(first(fm, ['title'])) ?? doc.heading ?? baseName(path);
  // Web clippers write the page's address as `source`; Presscut writes the outlet there.
  const source = first(fm, ['source']);
  const sourceUrl = webAddress(source);
  const item: ImportedItem = {
    ...emptyItem('file', title, original),
    title,
    url: webAddress(first(fm, ['url', 'source_url', 'link'])) ?? sourceUrl,
    content: { kind: 'blocks', blocks: doc.blocks },
    byline: text(first(fm, ['author', 'byline'])),
    outlet: text(sourceUrl ? first(fm, ['outlet', 'site']) : first(fm, ['source', 'outlet', 'site'])),
    published: date(first(fm, ['published', 'date'])),
    savedAt: date(first(fm, ['clipped', 'created', 'saved'])),
    tags: names(first(fm, ['tags']) ?? [], /,/),
  };
  if (doc.blocks.length === 0) parsed.failed.push({ item: path, reason: 'it holds no text.' });
  else parsed.items.push(item);
  return parsed;
}
