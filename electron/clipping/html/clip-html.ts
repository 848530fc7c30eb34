import type { ExtractedArticle } from '../../model/article.ts';
import { readPageMetadata } from './metadata.ts';
import { readPageBlocks } from './page-blocks.ts';
import { parsePaste } from './parse-document.ts';
import { readabilityChoice } from './readability-signal.ts';
import { pageUrl } from './safe-url.ts';
import { selectBlocks } from './select-blocks.ts';

export interface HtmlClipOptions {
  clippedAt: Date;
  /** The text flavour of the same paste, for when the HTML has no structure to use. */
  text?: string;
}

export function clipHtml(html: string, options: HtmlClipOptions): ExtractedArticle[] {
  const parsed = parsePaste(html);
  if (!parsed) return [];
  const { document } = parsed;
  const meta = readPageMetadata(document, options.clippedAt);
  const base = pageUrl(meta.url);
  const blocks = readPageBlocks(document.body, base);
  const choice = readabilityChoice(document);
  const { verdicts } = selectBlocks(blocks, choice.keys);
  if (process.env.PRESSCUT_DEBUG) {
    for (const b of blocks) console.error(verdicts[b.index] ? `  - ${verdicts[b.index]}:` : '  +', choice.keys.has(b.key) ? "R" : " ", b.hint ?? "", b.landmark ? "L" : "", b.block.type, JSON.stringify(b.block.text.slice(0, 100)));
  }
  const kept = blocks.filter((b) => verdicts[b.index] === null).map((b) => b.block);
  return [
    {
      title: meta.title ?? '',
      source: meta.source,
      byline: meta.byline ?? choice.byline,
      published: meta.published,
      dateline: null,
      credit: null,
      language: meta.language,
      url: meta.url,
      blocks: kept,
      removed: [],
    },
  ];
}
