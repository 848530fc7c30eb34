import type { ExtractedArticle, Paste } from '../model/article.ts';
import { clipHtml } from './html/clip-html.ts';
import type { ExtractOptions } from './options.ts';
import { cleanTextPaste } from './text/clean-paste.ts';

export type { ExtractOptions } from './options.ts';

/**
 * Turns a paste into the articles it holds, main story first. The HTML flavour
 * is used when there is one; the text engine is the fallback for everything else.
 */
export function extractArticles(paste: Paste, options: ExtractOptions): ExtractedArticle[] {
  if (paste.html && paste.html.trim()) {
    const fromHtml = clipHtml(paste.html, options, paste.text);
    if (fromHtml.length > 0) return fromHtml;
  }
  return cleanTextPaste(paste.text, options);
}
