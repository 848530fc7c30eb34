import { termsOf, wordSpans } from './terms.ts';

const BEFORE = 10;
const LENGTH = 32;

/**
 * A few lines of a clip's text around the first of the words a search
 * matched, as plain text (the window marks the words itself); the text's
 * start when none of them is in it (they were in the title, tags or notes).
 * `terms` are the text's terms (`termsOf`), word for word, at least up to
 * the first matched one (`hitTerms`' lead). Only the words up to the
 * snippet's end are located in the text.
 */
export function snippetOf(
  text: string,
  terms: readonly string[],
  matched: ReadonlySet<string>,
): string {
  const hit = terms.findIndex((t) => matched.has(t));
  let first = hit < 0 ? 0 : Math.max(0, hit - BEFORE);
  // One word past the snippet, to tell whether the text goes on.
  let spans = wordSpans(text, first + LENGTH + 1);
  // Were the words cut differently (a character folding could change), the snippet is the text's start.
  const aligned = (at: number) =>
    at < spans.length &&
    termsOf(text.slice(spans[at].start, spans[at].end)).join(' ') === terms[at];
  if (hit >= 0 && !aligned(hit)) {
    first = 0;
    spans = spans.slice(0, LENGTH + 1);
  }
  if (spans.length <= first) return '';
  const last = Math.min(spans.length, first + LENGTH) - 1;
  // The punctuation right after the last word (a full stop) stays with it.
  const end = spans[last].end + /^\S*/.exec(text.slice(spans[last].end))![0].length;
  const cut = text.slice(spans[first].start, end).replace(/\s+/g, ' ');
  return `${first > 0 ? '… ' : ''}${cut}${last < spans.length - 1 ? ' …' : ''}`;
}
