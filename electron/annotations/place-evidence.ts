import search from 'approx-string-match';
import { TextEdit } from './text-diff.ts';
import {
  CONTEXT_LENGTH,
  PARAGRAPH_BREAK,
  paragraphEnd,
  paragraphStart,
  type TextQuote,
} from './selectors.ts';

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
/** How many characters right beside a place tell it from one a few letters off. */
const ADJACENT = 8;
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
  // The longer one has at least the difference in length wrong: far apart in length, below the floor without searching.
  const most = a === b ? 1 : Math.min(a.length, b.length) / Math.max(a.length, b.length);
  if (most < floor) return most;
  const one = similarity(a, b, floor);
  return one < floor ? one : Math.min(one, similarity(b, a, floor));
}

/**
 * How well one side of a place agrees with the context stored on that side.
 * A context that reaches its paragraph's edge is compared with the place's
 * own paragraph up to its edge, both ways: a quote that opened a paragraph
 * must open one again, whatever paragraph now stands before it. Where the
 * quote itself reached the edge, that alone is little evidence: `acrossEdges`
 * then also compares the stored words beyond the edge, the neighbouring
 * paragraph's, with those beside the place.
 */
function sideAgreement(
  stored: string,
  text: string,
  at: number,
  side: 'before' | 'after',
  floor: number,
  acrossEdges: boolean,
): number {
  if (!stored) return 1;
  const cut =
    side === 'before' ? stored.lastIndexOf(PARAGRAPH_BREAK) : stored.indexOf(PARAGRAPH_BREAK);
  if (cut === -1) return similarity(stored, beside(text, at, side, stored.length), floor);
  const expected =
    side === 'before' ? stored.slice(cut + PARAGRAPH_BREAK.length) : stored.slice(0, cut);
  const actual =
    side === 'before'
      ? text.slice(paragraphStart(text, at), at)
      : text.slice(at, paragraphEnd(text, at));
  const inParagraph = likeness(expected, actual, floor);
  if (expected || !acrossEdges || inParagraph < floor || stored === PARAGRAPH_BREAK)
    return inParagraph;
  const nearest =
    side === 'before' ? stored.slice(-CONTEXT_LENGTH) : stored.slice(0, CONTEXT_LENGTH);
  return similarity(nearest, beside(text, at, side, nearest.length), floor);
}

/** The `length` characters of `text` on one side of `at`. */
function beside(text: string, at: number, side: 'before' | 'after', length: number): string {
  return side === 'before' ? text.slice(Math.max(0, at - length), at) : text.slice(at, at + length);
}

/**
 * How well each side of a place agrees with the stored context: [before,
 * after]. A side below `floor` is only known to be below it, and then the
 * other side is not compared. Nothing stored on one side of a quote whose
 * other side is stored means the quote began or ended the text: that side
 * is the edge of a paragraph. (A quote with neither side stored, as
 * exports give it, says nothing of its surroundings.)
 */
export function sideAgreements(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
  floor = 0,
  acrossEdges = false,
): [number, number] {
  const { prefix, suffix } = edgesStored(quote);
  const before = sideAgreement(prefix, text, start, 'before', floor, acrossEdges);
  if (before < floor) return [before, 0];
  return [before, sideAgreement(suffix, text, end, 'after', floor, acrossEdges)];
}

/**
 * How well the few characters right beside each end of a place agree with
 * the stored context's nearest ones, on average: a place a word or a few
 * letters off the quote's own, in the same surroundings, differs here while
 * its wider surroundings look the same.
 */
export function adjacency(text: string, quote: TextQuote, start: number, end: number): number {
  const { prefix, suffix } = edgesStored(quote);
  const before = sideAgreement(prefix.slice(-ADJACENT), text, start, 'before', 0, false);
  const after = sideAgreement(suffix.slice(0, ADJACENT), text, end, 'after', 0, false);
  return (before + after) / 2;
}

/** The stored context, a text's start or end written as the paragraph edge it is. */
function edgesStored({ prefix, suffix }: TextQuote): { prefix: string; suffix: string } {
  if (!prefix && !suffix) return { prefix, suffix };
  return { prefix: prefix || PARAGRAPH_BREAK, suffix: suffix || PARAGRAPH_BREAK };
}

/** Beside a place, more than this share of its paragraph not from the stored context, and more than a word or two (in characters), is another paragraph's text, not an edit's. */
const MAX_FOREIGN = 0.5;
const FEW_WORDS = 12;

/**
 * Whether one side of a place, up to its paragraph's edge, holds more than a
 * few words the stored context does not, where that context reaches the
 * edge of its own paragraph (so it held all the paragraph had on that side).
 * A sentence deleted beside the passage leaves words the context held; a
 * copy of the passage in another paragraph stands beside words it never held.
 */
export function foreignBeside(
  text: string,
  quote: TextQuote,
  place: { start: number; end: number },
  side: 'before' | 'after',
): boolean {
  const { prefix, suffix } = edgesStored(quote);
  const stored = side === 'before' ? prefix : suffix;
  if (!stored.includes(PARAGRAPH_BREAK)) return false;
  const actual =
    side === 'before'
      ? text.slice(paragraphStart(text, place.start), place.start)
      : text.slice(place.end, paragraphEnd(text, place.end));
  if (!actual) return false;
  // At most the stored context's length can be from it: the rest is foreign without comparing.
  const least = actual.length - stored.length;
  if (least > FEW_WORDS && least > MAX_FOREIGN * actual.length) return true;
  const foreign = actual.length - new TextEdit(stored, actual).elsewhereIn(0, actual.length, 0, 0);
  return foreign > FEW_WORDS && foreign > MAX_FOREIGN * actual.length;
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
