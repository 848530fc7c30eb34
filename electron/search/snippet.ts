import { termsOf, wordSpans } from './terms.ts';

const BEFORE = 10;
const LENGTH = 32;

/** Characters looked back through, per word, for the words before a match. */
const CHARS_PER_WORD = 40;

/**
 * A few lines of a clip's text around the first match of a search, as plain
 * text (the window marks the words itself); the text's start when nothing
 * matched in it (the match was in the title, tags or notes). `lead` is the
 * text's terms (`termsOf`), word for word, up to the first word of the first
 * match and no further (`hitTerms`' lead; empty when nothing matched): the
 * match is its last word, not an earlier word that is also searched for (a
 * phrase's first word standing alone). Only the words up to the snippet's
 * end are located in the text; given `at`, where the lead's last word starts
 * (`hitTerms`' `leadAt`), only those from the snippet's start.
 */
export function snippetOf(text: string, lead: readonly string[], at: number | null = null): string {
  const hit = lead.length - 1;
  let first = hit < 0 ? 0 : Math.max(0, hit - BEFORE);
  // spans[k] is where word `base + k` stands; one word past the snippet, to tell whether the text goes on.
  const around = first > 0 && at !== null ? spansBefore(text, at, hit - first, LENGTH + 1) : null;
  let base = around ? first : 0;
  let spans = around ?? wordSpans(text, first + LENGTH + 1);
  // Were the words cut differently (a character folding could change), the snippet is the text's start.
  const aligned = (word: number) => {
    const span = spans[word - base];
    return span !== undefined && termsOf(text.slice(span.start, span.end)).join(' ') === lead[word];
  };
  if (hit >= 0 && !aligned(hit)) {
    first = 0;
    base = 0;
    spans = wordSpans(text, LENGTH + 1);
  }
  const shown = spans.slice(first - base);
  if (shown.length === 0) return '';
  const last = Math.min(shown.length, LENGTH) - 1;
  // The punctuation right after the last word (a full stop) stays with it.
  const end = shown[last].end + /^\S*/.exec(text.slice(shown[last].end))![0].length;
  const cut = text.slice(shown[0].start, end).replace(/\s+/g, ' ');
  return `${first > 0 ? '… ' : ''}${cut}${last < shown.length - 1 ? ' …' : ''}`;
}

/**
 * Where the `before` words right before `at` (a word's start) and the words
 * from there stand, `count` in all; null when the text before `at` is too
 * long-worded to find them in a short look back.
 */
function spansBefore(
  text: string,
  at: number,
  before: number,
  count: number,
): Array<{ start: number; end: number }> | null {
  const from = Math.max(0, at - CHARS_PER_WORD * (before + 1));
  // The look back may start within a word: its first word counts only at the text's start.
  const back = wordSpans(text.slice(from, at)).slice(from > 0 ? 1 : 0);
  if (back.length < before) return null;
  const start = from + back[back.length - before].start;
  return wordSpans(text.slice(start), count).map((s) => ({
    start: s.start + start,
    end: s.end + start,
  }));
}
