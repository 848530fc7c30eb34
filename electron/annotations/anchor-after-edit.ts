import {
  approximateMatches,
  exactOccurrences,
  MIN_EDITED_SIMILARITY,
  MIN_EXACT_CONTEXT,
  MIN_MOVED_CONTEXT,
  MIN_QUOTE_SIMILARITY,
  SELF_EVIDENT_LENGTH,
  sideAgreements,
  type Candidate,
} from './place-evidence.ts';
import type { TextPosition, TextQuote } from './selectors.ts';
import type { TextEdit } from './text-diff.ts';

/** How much longer than twice the quote a rewrite of it may be and still be its place: a passage edited, not a page rewritten. */
const REWRITE_ROOM = 32;

/** What is known of the edit the text went through: the edit itself, and where the passage stood in the old text. */
export interface KnownEdit {
  edit: TextEdit;
  start: number;
  end: number;
}

function nearness(text: string, start: number, own: TextPosition): number {
  return 1 - Math.min(1, Math.abs(start - own.start) / Math.max(1, text.length));
}

/** The best of several places, scored by how well the quote and its surroundings match and how near the old place they are. */
function bestOf(
  text: string,
  quote: TextQuote,
  candidates: readonly Candidate[],
  accept: (quoteScore: number, contextScore: number, candidate: Candidate) => boolean,
  own: TextPosition,
): TextPosition | null {
  let best: TextPosition | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const quoteScore = 1 - c.errors / quote.exact.length;
    const [before, after] = sideAgreements(text, quote, c.start, c.end);
    const contextScore = (before + after) / 2;
    if (!accept(quoteScore, contextScore, c)) continue;
    const score = 50 * quoteScore + 40 * contextScore + 2 * nearness(text, c.start, own);
    if (score > bestScore) {
      best = { start: c.start, end: c.end };
      bestScore = score;
    }
  }
  return best;
}

/**
 * Where the edit took the passage's old place (`own`), whether that stretch
 * is short enough to be the passage edited (`inPlace`), and whether the
 * passage was left there (`left`): untouched, or edited where it stands,
 * its two ends kept with a rewrite between them.
 */
export function ownPlace(
  exact: string,
  { edit, start, end }: KnownEdit,
): { own: TextPosition; inPlace: boolean; left: boolean } {
  const own = { start: edit.map(start, 'start'), end: edit.map(end, 'end') };
  const inPlace = own.end - own.start <= 2 * exact.length + REWRITE_ROOM;
  const left =
    edit.keeps(start, end) ||
    (inPlace && own.start < own.end && edit.keeps(start, start + 1) && edit.keeps(end - 1, end));
  return { own, inPlace, left };
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
export function anchorAfterEdit(
  text: string,
  quote: TextQuote,
  known: KnownEdit,
): TextPosition | null {
  const { edit, start, end } = known;
  const { own, inPlace, left } = ownPlace(quote.exact, known);
  if (left) return own;
  const { exact } = quote;
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
