import search from 'approx-string-match';
import { PARAGRAPH_BREAK, paragraphEnd, paragraphStart, type TextQuote } from './selectors.ts';

/** A place where a quote may be now, and how many characters of it differ from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** An approximate match elsewhere must have at least this share of the quote's characters right… */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** …and surroundings this close to the quote's own, so a look-alike elsewhere does not capture it. */
export const MIN_MOVED_CONTEXT = 0.75;
/** An exact quote needs less of its surroundings: the words themselves are evidence. */
export const MIN_EXACT_CONTEXT = 0.5;
/** A passage edited where it stands keeps its place if at least this much of it survives. */
export const MIN_EDITED_SIMILARITY = 0.5;
/** A quote this long found word for word is the passage itself, moved, whatever now surrounds it. */
export const SELF_EVIDENT_LENGTH = 32;
/** The most errors approximate search allows, as in the best-known annotation client. */
const MAX_ERRORS = 256;

/**
 * 1 when `actual` holds `expected`, falling to 0 as the edits between them
 * grow. An empty expectation carries no evidence. Below `floor` the answer
 * only says so (the search stops counting errors there, which is much faster).
 */
export function similarity(expected: string, actual: string, floor = 0): number {
  if (expected.length === 0 || expected === actual) return 1;
  if (actual.length === 0) return 0;
  // The epsilon keeps a floor of 0.9 over ten characters at one error, not none.
  const limit = Math.min(expected.length, Math.floor((1 - floor) * expected.length + 1e-9));
  const [match] = search(actual, expected, limit);
  return 1 - (match ? match.errors : limit + 1) / expected.length;
}

/** How alike two passages are, both ways: one inside a longer other is not the same passage. */
export function likeness(a: string, b: string, floor = 0): number {
  const one = similarity(a, b, floor);
  return one < floor ? one : Math.min(one, similarity(b, a, floor));
}

/**
 * How well one side of a place agrees with the context stored on that side.
 * A context that reaches its paragraph's edge is compared with the place's
 * own paragraph up to its edge, both ways: a quote that opened a paragraph
 * must open one again, whatever paragraph now stands before it.
 */
function sideAgreement(
  stored: string,
  text: string,
  at: number,
  side: 'before' | 'after',
  floor: number,
): number {
  if (!stored) return 1;
  const cut =
    side === 'before' ? stored.lastIndexOf(PARAGRAPH_BREAK) : stored.indexOf(PARAGRAPH_BREAK);
  if (cut === -1) {
    const actual =
      side === 'before'
        ? text.slice(Math.max(0, at - stored.length), at)
        : text.slice(at, at + stored.length);
    return similarity(stored, actual, floor);
  }
  const expected =
    side === 'before' ? stored.slice(cut + PARAGRAPH_BREAK.length) : stored.slice(0, cut);
  const actual =
    side === 'before'
      ? text.slice(paragraphStart(text, at), at)
      : text.slice(at, paragraphEnd(text, at));
  return likeness(expected, actual, floor);
}

/**
 * How well each side of a place agrees with the stored context: [before,
 * after]. A side below `floor` is only known to be below it, and then the
 * other side is not compared.
 */
export function sideAgreements(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  floor = 0,
): [number, number] {
  const before = sideAgreement(quote.prefix, text, start, 'before', floor);
  if (before < floor) return [before, 0];
  return [before, sideAgreement(quote.suffix, text, end, 'after', floor)];
}

/** Every place the quote is word for word. */
export function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    found.push({ start: at, end: at + exact.length, errors: 0 });
  return found;
}

/** The places nearest to the quote, allowing up to half its characters wrong (only the best of them: the search keeps the fewest errors). */
export function approximateMatches(text: string, exact: string): Candidate[] {
  return search(text, exact, Math.min(MAX_ERRORS, Math.floor(exact.length / 2)));
}
