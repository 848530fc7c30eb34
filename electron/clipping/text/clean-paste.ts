import type { Block, ExtractedArticle } from '../../model/article.ts';

export interface TextCleanOptions {
  clippedAt: Date;
}

/** First cut of the plain-text cleaner: one paragraph per non-empty line, the first line as title. */
export function cleanTextPaste(text: string, _options: TextCleanOptions): ExtractedArticle[] {
  const lines = text
    .split(/\r\n?|\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [];
  const [title, ...rest] = lines;
  const blocks: Block[] = rest.map((line) => ({ type: 'paragraph', text: line }));
  return [
    {
      title,
      source: null,
      byline: null,
      published: null,
      dateline: null,
      credit: null,
      language: null,
      url: null,
      blocks,
      removed: [],
    },
  ];
}
