import type { FirstMatch } from './hit-terms.ts';
import { termsOf, wordSpans } from './terms.ts';

const BEFORE = 10;
const LENGTH = 32;

/** Characters first looked back through, per word, for the words before a match: about a word's length in English. */
const CHARS_PER_WORD = 8;

type Span = { start: number; end: number };

/**
 * A few lines of a clip's text around its first match (`hitTerms`' `first`),
 * as plain text (the window marks the words itself): 32 words from ten
 * before the match. The text's start when nothing matched in it (the match
 * was in the title, tags or notes), or the match is not where it was said
 * to be. Only the words around the match are located in the text, however
 * far in it lies.
 */
export function snippetOf(text: string, first: FirstMatch | null): string {
  const { spans, more } = (first && wordsAround(text, first)) ?? {
    spans: wordSpans(text, LENGTH + 1),
    more: false,
  };
  if (spans.length === 0) return '';
  const last = Math.min(spans.length, LENGTH) - 1;
  // The punctuation right after the last word (a full stop) stays with it.
  const end = spans[last].end + /^\S*/.exec(text.slice(spans[last].end))![0].length;
  const cut = text.slice(spans[0].start, end).replace(/\s+/g, ' ');
  return `${more ? '… ' : ''}${cut}${last < spans.length - 1 ? ' …' : ''}`;
}

/**
 * Where the words from `BEFORE` words before the match stand, one past the
 * snippet's length (to tell whether the text goes on), and whether other
 * words come before them; null when the match is not a word of the text
 * where it was said to be.
 */
function wordsAround(
  text: string,
  { at, term }: FirstMatch,
): { spans: Span[]; more: boolean } | null {
  const before = wordsBefore(text, at);
  const shown = Math.min(before.length, BEFORE);
  const start = shown > 0 ? before[before.length - shown].start : at;
  const spans = shifted(wordSpans(text.slice(start), LENGTH + 1), start);
  const hit = spans[shown];
  if (hit?.start !== at || termsOf(text.slice(hit.start, hit.end)).join(' ') !== term) return null;
  return { spans, more: before.length > BEFORE };
}

/**
 * The words right before `at`: found looking back a short way, then four
 * times as far, until the look back holds more than `BEFORE` of them or
 * reaches the text's start.
 */
function wordsBefore(text: string, at: number): Span[] {
  for (let chars = CHARS_PER_WORD * (BEFORE + 2); ; chars *= 4) {
    const from = Math.max(0, at - chars);
    if (from === 0) return wordSpans(text.slice(0, at));
    // The look back may start within a word: its first word is left out.
    const back = wordSpans(text.slice(from, at)).slice(1);
    if (back.length > BEFORE) return shifted(back, from);
  }
}

function shifted(spans: Span[], by: number): Span[] {
  return spans.map((s) => ({ start: s.start + by, end: s.end + by }));
}
