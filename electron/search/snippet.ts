import { foldTerm } from './terms.ts';

const WORD = /[^\n\r\p{Z}\p{P}\p{S}]+/gu;
const BEFORE = 10;
const LENGTH = 32;

/**
 * A few lines of a clip's text around the first of the words a search
 * matched, as plain text (the window marks the words itself); the text's
 * start when none of them is in it (they were in the title, tags or notes).
 */
export function snippetOf(text: string, terms: readonly string[]): string {
  const words = [...text.matchAll(WORD)];
  if (words.length === 0) return '';
  const wanted = new Set(terms.map((t) => t.split(' ')[0]));
  const hit = words.findIndex((w) => wanted.has(foldTerm(w[0])));
  const first = hit < 0 ? 0 : Math.max(0, hit - BEFORE);
  const last = Math.min(words.length, first + LENGTH) - 1;
  const start = words[first].index;
  // The punctuation right after the last word (a full stop) stays with it.
  const end =
    words[last].index +
    words[last][0].length +
    /^\S*/.exec(text.slice(words[last].index + words[last][0].length))![0].length;
  const cut = text.slice(start, end).replace(/\s+/g, ' ');
  return `${first > 0 ? '… ' : ''}${cut}${last < words.length - 1 ? ' …' : ''}`;
}
