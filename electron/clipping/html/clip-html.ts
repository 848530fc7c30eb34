import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Block, ExtractedArticle } from '../../model/article.ts';

export interface HtmlClipOptions {
  clippedAt: Date;
  /** The text flavour of the same paste, for when the HTML has no structure to use. */
  text?: string;
}

/** First cut of the HTML engine: Readability's article, one paragraph per text line. */
export function clipHtml(html: string, _options: HtmlClipOptions): ExtractedArticle[] {
  const { document } = parseHTML(html);
  const parsed = new Readability(document as unknown as Document).parse();
  if (!parsed?.textContent?.trim()) return [];
  const blocks: Block[] = parsed.textContent
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l.length > 0)
    .map((text) => ({ type: 'paragraph', text }));
  return [
    {
      title: parsed.title?.trim() || blocks[0]?.text || '',
      source: parsed.siteName?.trim() || null,
      byline: parsed.byline?.trim() || null,
      published: parsed.publishedTime || null,
      dateline: null,
      credit: null,
      language: parsed.lang || null,
      url: null,
      blocks,
      removed: [],
    },
  ];
}
