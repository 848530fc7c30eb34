import type { ExtractedArticle } from '../../electron/model/article.ts';

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
