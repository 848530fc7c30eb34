import type { ExtractedArticle, Paste } from '../model/article.ts';
import { clipHtml } from './html/clip-html.ts';
import type { OutletMemory } from './memory/outlet-memory.ts';
import { cleanTextPaste } from './text/clean-paste.ts';

export interface ExtractOptions {
  /** When the clip is made: relative times in the paste ("an hour ago") resolve against it. */
  clippedAt: Date;
  /** What the library learnt of each outlet's boilerplate (its footer, its widgets); optional. */
  memory?: OutletMemory;
  /** The paste's outlet, when the caller knows it; else the memory may recognise it. */
  outlet?: string;
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
