import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../../model/article.ts';
import { parsePaste } from './parse-document.ts';
import { elementToBlocks } from './to-blocks.ts';

export interface HtmlClipOptions {
  clippedAt: Date;
  /** The text flavour of the same paste, for when the HTML has no structure to use. */
  text?: string;
}

export function clipHtml(html: string, _options: HtmlClipOptions): ExtractedArticle[] {
  const parsed = parsePaste(html);
  if (!parsed) return [];
  const r = new Readability<Element>(parsed.document, { serializer: (n) => n as Element, keepClasses: true }).parse();
  if (!r?.content) return [];
  const blocks = elementToBlocks(r.content, { base: null }).map((b) => b.block);
  return [
    {
      title: r.title?.trim() || '',
      source: r.siteName?.trim() || null,
      byline: r.byline?.trim() || null,
      published: r.publishedTime || null,
      dateline: null,
      credit: null,
      language: r.lang || null,
      url: null,
      blocks,
      removed: [],
    },
  ];
}
