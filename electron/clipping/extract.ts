import type { ExtractedArticle, Paste } from '../model/article.ts';
import { clipHtml } from './html/clip-html.ts';
import { cleanTextPaste } from './text/clean-paste.ts';

export interface ExtractOptions {
  /** When the clip is made: relative times in the paste ("an hour ago") resolve against it. */
  clippedAt: Date;
  /** Receives the engine's reasons, one line per piece of the paste it kept or left out. */
  debug?: (line: string) => void;
}

/**
 * Turns a paste into the articles it holds, main story first. The HTML flavour
 * is used when there is one; the text engine is the fallback for everything else.
 */
export function extractArticles(paste: Paste, options: ExtractOptions): ExtractedArticle[] {
  if (paste.html && paste.html.trim()) {
    const fromHtml = clipHtml(paste.html, { ...options, text: paste.text });
    if (fromHtml.length > 0) return fromHtml;
  }
  return cleanTextPaste(paste.text, options);
}
