import type { ExtractedArticle, Paste, RemovedPart } from '../model/article.ts';
import { clipHtml } from './html/clip-html.ts';
import type { ExtractOptions } from './options.ts';
import { analyseTextPaste } from './text/clean-paste.ts';

export type { ExtractOptions } from './options.ts';

/** What a paste holds: its articles, main story first, or when it holds none, its parts and why each is not one. */
export interface PasteExtraction {
  articles: ExtractedArticle[];
  /** Only when there is no article: every part of the paste, with its reason, so that one can be kept on purpose. */
  leftovers: RemovedPart[];
}

/**
 * Turns a paste into the articles it holds, main story first. The HTML flavour
 * is used when there is one; the text engine is the fallback for everything else.
 */
export function extractPaste(paste: Paste, options: ExtractOptions): PasteExtraction {
  if (paste.html && paste.html.trim()) {
    const fromHtml = clipHtml(paste.html, options, paste.text);
    if (fromHtml.length > 0) return { articles: fromHtml, leftovers: [] };
  }
  const { articles, leftovers, trace } = analyseTextPaste(paste.text, options);
  options.trace?.(trace);
  return { articles, leftovers };
}

/** The articles of a paste, main story first (none when it holds no article). */
export function extractArticles(paste: Paste, options: ExtractOptions): ExtractedArticle[] {
  return extractPaste(paste, options).articles;
}
