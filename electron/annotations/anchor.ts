import search from 'approx-string-match';
import type { TextPosition, TextQuote } from './selectors.ts';

/** An approximate match must have at least this share of the quote's characters right… */
const MIN_QUOTE_SIMILARITY = 0.75;
/** …and surroundings this close to the quote's own, so a look-alike elsewhere does not capture it. */
const MIN_MOVED_CONTEXT = 0.75;
/** An exact quote needs less of its surroundings: the words themselves are evidence. */
const MIN_EXACT_CONTEXT = 0.5;
/** A passage edited where it stands keeps its place if at least this much of it survives. */
const MIN_EDITED_SIMILARITY = 0.5;
/** A quote this long found word for word is the passage itself, moved, whatever now surrounds it. */
const SELF_EVIDENT_LENGTH = 32;
/** The most errors approximate search allows, as in the best-known annotation client. */
const MAX_ERRORS = 256;

/** 1 when `actual` holds `expected`, falling to 0 as the edits between them grow. An empty expectation carries no evidence. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || expected === actual) return 1;
  if (actual.length === 0) return 0;
  const [match] = search(actual, expected, expected.length);
  return 1 - (match ? match.errors : expected.length) / expected.length;
}

function contextSimilarity(text: string, quote: TextQuote, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - quote.prefix.length), start);
  const after = text.slice(end, end + quote.suffix.length);
  return (similarity(quote.prefix, before) + similarity(quote.suffix, after)) / 2;
}

function nearness(text: string, start: number, hint?: TextPosition): number {
  return hint ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0;
}

/** The best of several places, scored by how well the quote and its surroundings match and how near the old place they are. */
function bestOf(
  text: string,
  quote: TextQuote,
  candidates: { start: number; end: number; errors: number }[],
  accept: (quoteScore: number, contextScore: number) => boolean,
  hint?: TextPosition,
): TextPosition | null {
  let best: TextPosition | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.exact.length;
    const contextScore = contextSimilarity(text, quote, c.start, c.end);
    if (!accept(quoteScore, contextScore)) continue;
    const score = 50 * quoteScore + 40 * contextScore + 2 * nearness(text, c.start, hint);
    if (score > bestScore) {
      best = { start: c.start, end: c.end };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Finds where a quoted passage is in `text` now, trying in turn:
 * 1. `hint` (its old place, mapped through the edit), if the exact quote is still there or within it;
 * 2. `hint` again if the passage was edited where it stands: its surroundings intact, enough of it left;
 * 3. the exact quote elsewhere, told apart from its repeats by its surroundings and nearness;
 * 4. an approximate match whose words and surroundings both agree.
 * Returns null, never a guess, when none is close enough: the caller keeps the annotation as an orphan.
 */
export function anchorQuote(
  text: string,
  quote: TextQuote,
  hint?: TextPosition,
): TextPosition | null {
  const { exact } = quote;
  if (!exact) return null;
  if (hint && hint.end > hint.start) {
    const there = text.slice(hint.start, hint.end);
    const context = contextSimilarity(text, quote, hint.start, hint.end);
    if (there === exact && (exact.length >= SELF_EVIDENT_LENGTH || context >= MIN_EXACT_CONTEXT))
      return hint;
    // Text typed against either end of the passage is not part of it.
    const inside = there.indexOf(exact);
    if (inside !== -1)
      return { start: hint.start + inside, end: hint.start + inside + exact.length };
    if (
      context >= MIN_MOVED_CONTEXT &&
      similarity(exact, there) >= MIN_EDITED_SIMILARITY &&
      similarity(there, exact) >= MIN_EDITED_SIMILARITY
    ) {
      return hint;
    }
  }
  const exactOnes: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    exactOnes.push({ start: at, end: at + exact.length, errors: 0 });
  if (exactOnes.length > 0) {
    const found = bestOf(
      text,
      quote,
      exactOnes,
      (_q, context) => exact.length >= SELF_EVIDENT_LENGTH || context >= MIN_EXACT_CONTEXT,
      hint,
    );
    if (found) return found;
  }
  const approximate = search(text, exact, Math.min(MAX_ERRORS, Math.floor(exact.length / 2)));
  return bestOf(
    text,
    quote,
    approximate,
    (q, context) => q >= MIN_QUOTE_SIMILARITY && context >= MIN_MOVED_CONTEXT,
    hint,
  );
}
