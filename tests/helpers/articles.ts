import type { ExtractedArticle } from '../../electron/model/article.ts';
import { recordOfArticle, type ClipBody, type ClipRecord } from '../../electron/model/clip.ts';

/** An article as an engine would return it, with the given title and paragraphs. */
export function article(title: string, ...paragraphs: string[]): ExtractedArticle {
  return {
    title,
    source: 'The Test Times',
    byline: null,
    published: null,
    dateline: null,
    credit: null,
    language: 'en',
    url: null,
    blocks: paragraphs.map((text) => ({ type: 'paragraph' as const, text })),
    removed: [{ text: 'Subscribe now', reason: 'newsletter promotion', before: 0 }],
  };
}

/** A clip as an import brings it: an article's record and text, under the ids and date given. */
export function importedClip(
  article: ExtractedArticle,
  {
    id,
    pasteId,
    articleIndex = 0,
    at,
  }: { id: string; pasteId: string; articleIndex?: number; at: string },
): { record: ClipRecord; body: ClipBody } {
  return {
    record: recordOfArticle(article, { id, pasteId, articleIndex, createdAt: at }),
    body: { id, revision: 0, blocks: article.blocks, removed: article.removed },
  };
}
