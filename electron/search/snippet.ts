import { wordSpans } from './terms.ts';

const BEFORE = 10;
const LENGTH = 32;

/**
 * A few lines of a clip's text around the first of the words a search
 * matched, as plain text (the window marks the words itself); the text's
 * start when none of them is in it (they were in the title, tags or notes).
 * `terms` are the text's terms (`termsOf`), word for word.
 */
export function snippetOf(
  text: string,
  terms: readonly string[],
  matched: ReadonlySet<string>,
): string {
  const spans = wordSpans(text);
  if (spans.length === 0) return '';
  // Were the words cut differently (a character folding could change), the snippet is the text's start.
  const hit = spans.length === terms.length ? terms.findIndex((t) => matched.has(t)) : -1;
  const first = hit < 0 ? 0 : Math.max(0, hit - BEFORE);
  const last = Math.min(spans.length, first + LENGTH) - 1;
  // The punctuation right after the last word (a full stop) stays with it.
  const end = spans[last].end + /^\S*/.exec(text.slice(spans[last].end))![0].length;
  const cut = text.slice(spans[first].start, end).replace(/\s+/g, ' ');
  return `${first > 0 ? '… ' : ''}${cut}${last < spans.length - 1 ? ' …' : ''}`;
}
