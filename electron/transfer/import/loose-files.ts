import { parse as parseYaml } from 'yaml';
import { baseName } from '../../files/base-name.ts';
import { textOfHtml } from '../../files/html-text.ts';
import { markdownArticle } from '../../files/markdown-article.ts';
import { date, field, isRecord, names, webAddress } from './fields.ts';
import { emptyItem, emptyParsedFile, type ParsedFile } from './imported-item.ts';

export type LooseKind = 'text' | 'markdown' | 'html';

/** Which loose article file a path names, by its extension. */
export function looseKind(path: string): LooseKind | null {
  if (/\.(txt|text)$/i.test(path)) return 'text';
  if (/\.(md|markdown)$/i.test(path)) return 'markdown';
  if (/\.html?$/i.test(path)) return 'html';
  return null;
}

/** The front matter's fields an import keeps beyond the article's own: tags, when it was clipped, an outlet written as `source`. */
function frontMatterOf(markdown: string): Record<string, unknown> {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return {};
  try {
    const data: unknown = parseYaml(match[1]);
    return isRecord(data) ? data : {};
  } catch {
    return {};
  }
}

/**
 * A saved article: a text or HTML file goes through the clipping engine like
 * a paste; a Markdown file is structured already (read as the desktop's file
 * clipping reads it), and its front matter — Presscut's own export's, a web
 * clipper's — gives its tags and the date it was clipped too.
 */
export function parseLooseFile(path: string, content: string, kind: LooseKind): ParsedFile {
  const original = {
    key: path,
    paste: kind === 'html' ? { text: textOfHtml(content), html: content } : { text: content },
    index: 0,
  };
  const parsed = emptyParsedFile();
  const name = baseName(path).replace(/\.[^.]+$/, '');
  if (!content.trim()) {
    parsed.failed.push({ item: path, reason: 'the file is empty.' });
    return parsed;
  }
  if (kind !== 'markdown') {
    parsed.items.push({
      ...emptyItem('file', name, original),
      content: { kind: 'paste', paste: original.paste },
    });
    return parsed;
  }
  const article = markdownArticle(content, name);
  if (!article) {
    parsed.failed.push({ item: path, reason: 'it holds no text.' });
    return parsed;
  }
  const fm = frontMatterOf(content);
  const source = field(fm, 'source');
  parsed.items.push({
    ...emptyItem('file', article.title, original),
    title: article.title,
    // The reader takes the first of source/url/link only; Presscut's export writes the outlet as source and the address as url.
    url: article.url ?? webAddress(field(fm, 'url')) ?? webAddress(field(fm, 'link')),
    content: { kind: 'blocks', blocks: article.blocks },
    byline: article.byline,
    outlet:
      article.source ??
      (typeof source === 'string' && !webAddress(source) ? source.trim() || null : null),
    published: article.published,
    language: article.language,
    savedAt: date(field(fm, 'clipped') ?? field(fm, 'created')),
    tags: names(field(fm, 'tags') ?? [], /,/),
  });
  return parsed;
}
