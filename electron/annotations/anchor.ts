import search from 'approx-string-match';
import {
  PARAGRAPH_BREAK,
  paragraphEnd,
  paragraphStart,
  type TextPosition,
  type TextQuote,
} from './selectors.ts';
import { TextEdit } from './text-diff.ts';

/** An approximate match elsewhere must have at least this share of the quote's characters right… */
const MIN_QUOTE_SIMILARITY = 0.75;
/** …and surroundings this close to the quote's own, so a look-alike elsewhere does not capture it. */
const MIN_MOVED_CONTEXT = 0.75;
/** An exact quote needs less of its surroundings: the words themselves are evidence. */
const MIN_EXACT_CONTEXT = 0.5;
/** A passage edited where it stands keeps its place if at least this much of it survives. */
const MIN_EDITED_SIMILARITY = 0.5;
/** Without the old text, a passage this changed is still taken when its surroundings are all there. */
const MIN_SURROUNDED_CONTEXT = 0.9;
/** A quote this long found word for word is the passage itself, moved, whatever now surrounds it. */
const SELF_EVIDENT_LENGTH = 32;
/** How much longer than twice the quote a rewrite of it may be and still be its place: a passage edited, not a page rewritten. */
const REWRITE_ROOM = 32;
/**
 * Without the old text, a quote whose surroundings changed on one side is
 * taken only this near its old place: an edit beside it; farther off, the
 * same words in other surroundings are a look-alike.
 */
const NEAR_OLD_PLACE = 400;
/** The most errors approximate search allows, as in the best-known annotation client. */
const MAX_ERRORS = 256;

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/** 1 when `actual` holds `expected`, falling to 0 as the edits between them grow. An empty expectation carries no evidence. */
function similarity(expected: string, actual: string): number {
  if (expected.length === 0 || expected === actual) return 1;
  if (actual.length === 0) return 0;
  const [match] = search(actual, expected, expected.length);
  return 1 - (match ? match.errors : expected.length) / expected.length;
}

/**
 * How well one side of a place agrees with the context stored on that side.
 * A context that reaches its paragraph's edge is compared with the place's
 * own paragraph up to its edge, both ways: a quote that opened a paragraph
 * must open one again, whatever paragraph now stands before it.
 */
function sideAgreement(stored: string, text: string, at: number, side: 'before' | 'after'): number {
  if (!stored) return 1;
  const cut =
    side === 'before' ? stored.lastIndexOf(PARAGRAPH_BREAK) : stored.indexOf(PARAGRAPH_BREAK);
  if (cut === -1) {
    const actual =
      side === 'before'
        ? text.slice(Math.max(0, at - stored.length), at)
        : text.slice(at, at + stored.length);
    return similarity(stored, actual);
  }
  const expected =
    side === 'before' ? stored.slice(cut + PARAGRAPH_BREAK.length) : stored.slice(0, cut);
  const actual =
    side === 'before'
      ? text.slice(paragraphStart(text, at), at)
      : text.slice(at, paragraphEnd(text, at));
  return Math.min(similarity(expected, actual), similarity(actual, expected));
}

/** How well each side of a place agrees with the stored context: [before, after]. */
function sideAgreements(
  text: string,
  quote: TextQuote,
  start: number,
  end: number,
): [number, number] {
  return [
    sideAgreement(quote.prefix, text, start, 'before'),
    sideAgreement(quote.suffix, text, end, 'after'),
  ];
}

/** Whether both sides of a place agree with the stored context, each on its own. */
const surrounded = ([before, after]: [number, number]) =>
  before >= MIN_MOVED_CONTEXT && after >= MIN_MOVED_CONTEXT;

function contextSimilarity(text: string, quote: TextQuote, start: number, end: number): number {
  const [before, after] = sideAgreements(text, quote, start, end);
  return (before + after) / 2;
}

function nearness(text: string, start: number, hint?: TextPosition): number {
  return hint ? 1 - Math.min(1, Math.abs(start - hint.start) / Math.max(1, text.length)) : 0;
}

/** The best of several places, scored by how well the quote and its surroundings match and how near the old place they are. */
function bestOf(
  text: string,
  quote: TextQuote,
  candidates: readonly Candidate[],
  accept: (
    quoteScore: number,
    contextScore: number,
    candidate: Candidate,
    surroundedAsStored: boolean,
  ) => boolean,
  hint?: TextPosition,
): TextPosition | null {
  let best: TextPosition | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.exact.length;
    const sides = sideAgreements(text, quote, c.start, c.end);
    const contextScore = (sides[0] + sides[1]) / 2;
    if (!accept(quoteScore, contextScore, c, surrounded(sides))) continue;
    const score = 50 * quoteScore + 40 * contextScore + 2 * nearness(text, c.start, hint);
    if (score > bestScore) {
      best = { start: c.start, end: c.end };
      bestScore = score;
    }
  }
  return best;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1))
    found.push({ start: at, end: at + exact.length, errors: 0 });
  return found;
}

function approximateMatches(text: string, exact: string): Candidate[] {
  return search(text, exact, Math.min(MAX_ERRORS, Math.floor(exact.length / 2)));
}

/** What is known of the edit the text went through: the edit itself, and where the passage stood in the old text. */
export interface KnownEdit {
  edit: TextEdit;
  start: number;
  end: number;
}

/**
 * Finds a passage in the new text of an edit whose old text is known.
 * 1. Untouched by the edit, it is where the edit moved it.
 * 2. Otherwise it is searched for, but never in text the edit left alone
 *    elsewhere: that text was there before, beside the passage, so it is a
 *    look-alike, not the passage's new home.
 * 3. The quote word for word, told apart from its repeats by its surroundings.
 * 4. The passage edited where it stands: its two ends kept with a rewrite
 *    between them, or what the edit put in its place, if enough of the quote
 *    is in it.
 * 5. The passage moved and edited: its words and surroundings both agree.
 */
function anchorAfterEdit(text: string, quote: TextQuote, known: KnownEdit): TextPosition | null {
  const { edit, start, end } = known;
  const own = { start: edit.map(start, 'start'), end: edit.map(end, 'end') };
  if (edit.keeps(start, end)) return own;
  const { exact } = quote;
  // Both ends kept, something between them rewritten: the passage was edited where it stands.
  const inPlace = own.end - own.start <= 2 * exact.length + REWRITE_ROOM;
  if (inPlace && own.start < own.end && edit.keeps(start, start + 1) && edit.keeps(end - 1, end))
    return own;
  const fresh = (c: Candidate) =>
    2 * edit.elsewhereIn(c.start, c.end, start, end) <= c.end - c.start;
  const overlapsOwn = (c: Candidate) =>
    inPlace && c.start < Math.max(own.end, own.start + 1) && c.end > own.start;

  const exactOnes = exactOccurrences(text, exact).filter(fresh);
  const found = bestOf(
    text,
    quote,
    exactOnes,
    (_q, context, c) =>
      overlapsOwn(c) || exact.length >= SELF_EVIDENT_LENGTH || context >= MIN_EXACT_CONTEXT,
    own,
  );
  if (found) return found;

  const approximate = approximateMatches(text, exact).filter(fresh);
  return (
    bestOf(
      text,
      quote,
      approximate,
      (q, _context, c) => overlapsOwn(c) && q >= MIN_EDITED_SIMILARITY,
      own,
    ) ??
    bestOf(
      text,
      quote,
      approximate,
      (q, context) => q >= MIN_QUOTE_SIMILARITY && context >= MIN_MOVED_CONTEXT,
      own,
    )
  );
}

function nearOldPlace(place: TextPosition, hint?: TextPosition): boolean {
  return hint !== undefined && Math.abs(place.start - hint.start) <= NEAR_OLD_PLACE;
}

/**
 * Finds a passage in a text whose earlier version is not known (an
 * annotation restored, highlights arriving with an import). The stored place
 * is taken only when the quote and its surroundings are still there; else the
 * quote is searched for, and its place is only a hint of nearness.
 */
function anchorWithoutEdit(
  text: string,
  quote: TextQuote,
  hint?: TextPosition,
): TextPosition | null {
  const { exact } = quote;
  if (
    hint &&
    text.slice(hint.start, hint.end) === exact &&
    contextSimilarity(text, quote, hint.start, hint.end) >= MIN_EXACT_CONTEXT
  )
    return hint;
  const found = bestOf(
    text,
    quote,
    exactOccurrences(text, exact),
    (_q, context, c, surroundedAsStored) =>
      surroundedAsStored ||
      (nearOldPlace(c, hint) &&
        (exact.length >= SELF_EVIDENT_LENGTH || context >= MIN_EXACT_CONTEXT)),
    hint,
  );
  if (found) return found;
  const edited = anchorInSurroundings(text, quote);
  if (
    edited &&
    (surrounded(sideAgreements(text, quote, edited.start, edited.end)) ||
      nearOldPlace(edited, hint))
  )
    return edited;
  return bestOf(
    text,
    quote,
    approximateMatches(text, exact),
    (q, context) =>
      (q >= MIN_QUOTE_SIMILARITY && context >= MIN_MOVED_CONTEXT) ||
      (q >= MIN_EDITED_SIMILARITY && context >= MIN_SURROUNDED_CONTEXT),
    hint,
  );
}

/** A window of the old text is taken as found where at most this share of it differs. */
const MAX_WINDOW_ERRORS = 0.25;
/** Room around the window's match, for its ends edited too. */
const WINDOW_ROOM = 32;

/**
 * A passage edited where it stands, found without the old text: its stored
 * surroundings and its words are a window of the old text, so the stretch of
 * the new text that matches that window best is compared with it as an edit
 * is, and the passage found in it as after an edit.
 */
function anchorInSurroundings(text: string, quote: TextQuote): TextPosition | null {
  const { prefix, exact, suffix } = quote;
  if (!prefix || !suffix) return null;
  const window = prefix + exact + suffix;
  const limit = Math.floor(window.length * MAX_WINDOW_ERRORS);
  let best: Candidate | null = null;
  for (const m of search(text, window, limit)) if (!best || m.errors < best.errors) best = m;
  if (!best) return null;
  const from = Math.max(0, best.start - WINDOW_ROOM);
  const local = text.slice(from, Math.min(text.length, best.end + WINDOW_ROOM));
  const found = anchorAfterEdit(local, quote, {
    edit: new TextEdit(window, local),
    start: prefix.length,
    end: prefix.length + exact.length,
  });
  return found && { start: from + found.start, end: from + found.end };
}

/**
 * Finds where a quoted passage is in `text` now: after an edit whose old
 * text is known (`known`), or from its words, surroundings and old place
 * alone (`hint`). Returns null, never a guess, when none is close enough: the
 * caller keeps the annotation as an orphan.
 */
export function anchorQuote(
  text: string,
  quote: TextQuote,
  evidence: { known?: KnownEdit; hint?: TextPosition } = {},
): TextPosition | null {
  if (!quote.exact) return null;
  return evidence.known
    ? anchorAfterEdit(text, quote, evidence.known)
    : anchorWithoutEdit(text, quote, evidence.hint);
}
