import { storyText, type Block } from './article.ts';

const EXCERPT_LENGTH = 220;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Counts words the way the reader's languages do: by word segments, so Chinese and Japanese count too. */
export function countWords(text: string): number {
  let n = 0;
  for (const segment of words.segment(text)) if (segment.isWordLike) n++;
  return n;
}

/** The opening words of the first paragraph, for the library list. */
export function excerptOf(blocks: readonly Block[]): string {
  const first =
    blocks.find((b) => b.type === 'paragraph' && b.text.trim()) ??
    blocks.find((b) => b.text.trim());
  const text = (first?.text ?? '').replace(/\s+/g, ' ').trim();
  if (text.length <= EXCERPT_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EXCERPT_LENGTH);
  return text.slice(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH) + '…';
}

/** What the list shows of a text: its opening words, and its length in words (images and captions aside). */
export function textStats(blocks: readonly Block[]): { excerpt: string; wordCount: number } {
  return { excerpt: excerptOf(blocks), wordCount: countWords(storyText(blocks)) };
}
