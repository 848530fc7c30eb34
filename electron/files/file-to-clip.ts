import { MAX_FILE_BYTES } from '../../common/limits.ts';
import type { FileToClip } from '../api/contract.ts';
import { extractArticles, type ExtractOptions } from '../clipping/extract.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import { textOfHtml } from './html-text.ts';
import { markdownArticle } from './markdown-article.ts';
import { baseName } from './base-name.ts';

const KINDS: Record<string, 'text' | 'markdown' | 'html'> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
};

export type FileClip =
  { ok: true; paste: Paste; articles: ExtractedArticle[] } | { ok: false; message: string };

/**
 * The paste a file makes and the articles in it, or why it cannot be clipped.
 * Text and HTML files go through the clipping engines as a paste of that
 * flavour would; a Markdown file's own structure gives its blocks.
 */
export function clipOfFile(file: FileToClip, options: ExtractOptions): FileClip {
  const name = baseName(file.name);
  const dot = name.lastIndexOf('.');
  const kind = dot > 0 ? KINDS[name.slice(dot + 1).toLowerCase()] : undefined;
  if (!kind) return { ok: false, message: `${name}: Presscut clips .txt, .md and .html files.` };
  if (Buffer.byteLength(file.content) > MAX_FILE_BYTES) {
    return {
      ok: false,
      message: `${name} is over ${MAX_FILE_BYTES / 1024 / 1024} MB, more than an article: it was not clipped.`,
    };
  }
  if (!file.content.trim()) return { ok: false, message: `${name} is empty.` };
  let paste: Paste;
  let articles: ExtractedArticle[];
  if (kind === 'markdown') {
    paste = { text: file.content };
    const article = markdownArticle(file.content, name.slice(0, dot));
    articles = article ? [article] : [];
  } else {
    paste =
      kind === 'html'
        ? { text: textOfHtml(file.content), html: file.content }
        : { text: file.content };
    articles = extractArticles(paste, options);
  }
  if (articles.length === 0)
    return { ok: false, message: `${name} holds no article text Presscut could read.` };
  return { ok: true, paste, articles };
}
