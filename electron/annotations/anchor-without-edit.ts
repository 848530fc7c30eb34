import search from 'approx-string-match';
import { anchorAfterEdit } from './anchor-after-edit.ts';
import { EDITED_REACH, editedWhereExpected } from './edited-where-expected.ts';
import {
  adjacency,
  approximateMatches,
  exactOccurrences,
  foreignBeside,
  likeness,
  MIN_EDITED_SIMILARITY,
  MIN_EXACT_CONTEXT,
  MIN_MOVED_CONTEXT,
  MIN_QUOTE_SIMILARITY,
  SELF_EVIDENT_LENGTH,
  sideAgreements,
  type Candidate,
} from './place-evidence.ts';
import type { TextPosition, TextQuote } from './selectors.ts';
import { TextEdit } from './text-diff.ts';

/**
 * Where a passage is expected in a text whose earlier version is not known:
 * where it stood when it was described and, when other passages of the same
 * text were found for sure, how far those before and after it have moved and
 * where they now start.
 */
export interface Expected extends TextPosition {
  moved?: { least: number; most: number };
  between?: { from: number; to: number };
  /** Its place beyond doubt, when already looked for (`surePlace`): null if there is none. */
  sure?: TextPosition | null;
}

/** Both sides of a place this close to the stored context: the passage itself, wherever it now is. */
const MIN_SURROUNDED_CONTEXT = 0.9;
/** This near where the passages around it say it should be, a place needs only one side as stored. */
const NEAR_EXPECTED = 25;
/**
 * Between the passages found around it, and this near its old place, a place
 * also needs only one side as stored: an edit beside it. Farther off, the
 * same words in other surroundings are a look-alike.
 */
const NEAR_OLD_PLACE = 400;
/** How far from where it is expected an edited passage is looked for. */
const LOCAL_REACH = 1000;
/** A passage found so needs only this much of its stored surroundings on one side: edits around it may have changed the rest. */
const BESIDE_CONTEXT = 0.5;
/** A short quote needs at least this much of the few characters right beside it as stored (`adjacency`). */
const MIN_ADJACENT = 0.5;
/** Two places this alike in words and surroundings are told apart by nearness alone… */
const ALIKE = 0.05;
/** …and only when one is this many times nearer than the other, and this many characters nearer (and near its old place at all). */
const CLEARLY_NEARER = 4;
const NEARER_BY = 50;
/** How fast nearness stops counting, in characters. */
const NEARNESS_SCALE = 300;

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
function anchorInWindow(text: string, quote: TextQuote): TextPosition | null {
  const { prefix, exact, suffix } = quote;
  if (!prefix && !suffix) return null;
  const window = prefix + exact + suffix;
  const limit = Math.floor(window.length * MAX_WINDOW_ERRORS);
  let best: Candidate | null = null;
  for (const m of search(text, window, limit)) if (!best || m.errors < best.errors) best = m;
  if (!best) return null;
  const from = Math.max(0, best.start - WINDOW_ROOM);
  const around = text.slice(from, Math.min(text.length, best.end + WINDOW_ROOM));
  const found = anchorAfterEdit(around, quote, {
    edit: new TextEdit(window, around),
    start: prefix.length,
    end: prefix.length + exact.length,
  });
  return found && { start: from + found.start, end: from + found.end };
}

/** How a passage edited where it stands was found: its surroundings kept beside both its ends near where it is expected, or the stretch most like them. */
type Surroundings = 'beside' | 'window';

const overlap = (a: TextPosition, b: TextPosition) => a.start < b.end && b.start < a.end;

/**
 * The one place that holds the quote word for word with both its
 * surroundings as stored, when no other place holds it with its surroundings
 * close to them: there is no doubt where that passage is.
 */
export function surePlace(text: string, quote: TextQuote): TextPosition | null {
  let sure: TextPosition | null = null;
  const rivals: TextPosition[] = [];
  for (const c of exactOccurrences(text, quote.exact)) {
    const [before, after] = sideAgreements(text, quote, c.start, c.end, MIN_MOVED_CONTEXT);
    if (Math.min(before, after) < MIN_MOVED_CONTEXT) continue;
    rivals.push(c);
    if (!sure && Math.min(before, after) >= MIN_SURROUNDED_CONTEXT) sure = c;
  }
  return sure && rivals.every((r) => overlap(r, sure))
    ? { start: sure.start, end: sure.end }
    : null;
}

/**
 * Whether both sides of a place are exactly as stored: far from where the
 * passages around it put it, a copy that differs from its passage's
 * surroundings by a word or a number is a look-alike, not the passage moved.
 */
export function exactlySurrounded(text: string, quote: TextQuote, place: TextPosition): boolean {
  const [before, after] = sideAgreements(text, quote, place.start, place.end, 1);
  return before === 1 && after === 1;
}

interface Weighed extends TextPosition {
  near: boolean;
  quote: number;
  before: number;
  after: number;
  distance: number;
  adjacent: number;
  score: number;
}

/** How far a place is from where it is expected: from the stretch its neighbours' moves allow, else from its old place. */
function distanceFrom(expected: Expected | undefined, start: number): number {
  if (!expected) return Infinity;
  if (!expected.moved) return Math.abs(start - expected.start);
  const least = expected.start + expected.moved.least;
  const most = expected.start + expected.moved.most;
  return start < least ? least - start : start > most ? start - most : 0;
}

/** Whether a place lies outside the stretch between the passages found before and after it. */
export function outOfOrder(expected: Expected | undefined, start: number): boolean {
  const between = expected?.between;
  return !!between && (start < between.from || start > between.to);
}

function isNear(expected: Expected | undefined, start: number, distance: number): boolean {
  if (!expected) return false;
  if (distance <= NEAR_EXPECTED) return true;
  return !outOfOrder(expected, start) && Math.abs(start - expected.start) <= NEAR_OLD_PLACE;
}

/** Every place the quote may be now: its words exactly, else the closest matches, anywhere and near where it is expected. */
function wordPlaces(text: string, quote: TextQuote, expected?: Expected): Candidate[] {
  const { exact } = quote;
  const found = new Map<string, Candidate>();
  const add = (place: Candidate) => found.set(`${place.start}:${place.end}`, place);
  for (const c of exactOccurrences(text, exact)) add(c);
  if (found.size === 0) for (const c of approximateMatches(text, exact)) add(c);
  if (expected) {
    const from = Math.max(0, expected.start - LOCAL_REACH);
    const near = text.slice(from, Math.min(text.length, expected.end + LOCAL_REACH));
    for (const c of approximateMatches(near, exact))
      add({ start: from + c.start, end: from + c.end, errors: c.errors });
  }
  return [...found.values()];
}

/** How a place may be taken, and how much it is worth; null when it cannot be taken. */
function weigh(
  text: string,
  quote: TextQuote,
  { place, inSurroundings }: { place: Candidate; inSurroundings?: Surroundings },
  expected?: Expected,
): Weighed | null {
  const { exact } = quote;
  const distance = distanceFrom(expected, place.start);
  const near = isNear(expected, place.start, distance);
  // Far off, only a place whose both sides are nearly as stored can be taken (exactly, out of order with the passages found around it): how far below that does not matter.
  const floor = near ? 0 : outOfOrder(expected, place.start) ? 1 : MIN_SURROUNDED_CONTEXT;
  const q = place.errors === 0 ? 1 : likeness(exact, text.slice(place.start, place.end));
  // A long quote word for word is evidence itself, and a paragraph's edge enough of a side; a short or edited one needs the words beyond the edge too.
  const acrossEdges = q < 1 || exact.length < SELF_EVIDENT_LENGTH;
  const [before, after] = sideAgreements(text, quote, place.start, place.end, floor, acrossEdges);
  if (Math.min(before, after) < floor) return null;
  const least = Math.min(before, after);
  const most = Math.max(before, after);
  const context = (before + after) / 2;
  const accepted = near
    ? (q === 1 &&
        most >= MIN_MOVED_CONTEXT &&
        (exact.length >= SELF_EVIDENT_LENGTH || context >= MIN_EXACT_CONTEXT)) ||
      (inSurroundings === 'beside' && most >= BESIDE_CONTEXT) ||
      (inSurroundings === 'window' && most >= MIN_MOVED_CONTEXT) ||
      (q >= MIN_EDITED_SIMILARITY && least >= MIN_MOVED_CONTEXT)
    : (q >= MIN_QUOTE_SIMILARITY || inSurroundings) && least >= floor;
  // Near, one side may be edited, but not another paragraph's words: a copy elsewhere.
  const weak = before < after ? 'before' : 'after';
  if (accepted && near && least < MIN_MOVED_CONTEXT && foreignBeside(text, quote, place, weak))
    return null;
  const adjacent = adjacency(text, quote, place.start, place.end);
  // A short quote is a few words any paragraph may hold: the characters right beside it must be its own on one side at least.
  if (!accepted || (exact.length < SELF_EVIDENT_LENGTH && adjacent < MIN_ADJACENT)) return null;
  // The passage edited where its surroundings are counts as if most of its words were there.
  const words = inSurroundings ? Math.max(q, MIN_QUOTE_SIMILARITY) : q;
  const nearness = Number.isFinite(distance) ? Math.exp(-distance / NEARNESS_SCALE) : 0;
  return {
    start: place.start,
    end: place.end,
    near,
    quote: q,
    before,
    after,
    distance,
    adjacent,
    score: 50 * words + 40 * context + 30 * nearness + 10 * adjacent,
  };
}

/** Whether the best place can be told from the next best: unlike in words or surroundings (wide, or right beside it), or clearly nearer. */
function toldApart(best: Weighed, next: Weighed | undefined): boolean {
  if (
    !next ||
    Math.abs(next.quote - best.quote) >= ALIKE ||
    Math.abs(next.before - best.before) >= ALIKE ||
    Math.abs(next.after - best.after) >= ALIKE ||
    Math.abs(next.adjacent - best.adjacent) >= ALIKE
  )
    return true;
  return (
    best.distance <= NEAR_OLD_PLACE && next.distance >= CLEARLY_NEARER * best.distance + NEARER_BY
  );
}

/**
 * Finds a passage in a text whose earlier version is not known (an
 * annotation restored, highlights arriving for a link-only clip or with an
 * import). The stored place is taken when the quote and enough of its
 * surroundings are still there, and a place beyond doubt (`surePlace`) as
 * it is. Else every place it may be is weighed by how much of the quote is
 * there, how much of its surroundings, and how near where it is expected:
 * - near there, the quote word for word with one side as stored (an edit
 *   beside it), the passage edited with both sides as stored, or edited
 *   where it stands with what stood right beside its ends still there;
 * - anywhere else, only with both sides nearly as stored: a look-alike
 *   elsewhere agrees only as far as the sentence it copies;
 * - a side that is only a paragraph's edge counts the neighbouring
 *   paragraph's words too, unless a long quote is there word for word;
 * - two places alike in words and surroundings are told apart by the
 *   characters right beside them, or when one is clearly nearer; else
 *   neither is taken.
 */
export function anchorWithoutEdit(
  text: string,
  quote: TextQuote,
  expected?: Expected,
): TextPosition | null {
  if (expected && text.slice(expected.start, expected.end) === quote.exact) {
    const [before, after] = sideAgreements(text, quote, expected.start, expected.end);
    // A few letters may stand at the old place by chance: a short quote needs what was right beside it too.
    const beside =
      quote.exact.length >= SELF_EVIDENT_LENGTH ||
      adjacency(text, quote, expected.start, expected.end) >= MIN_ADJACENT;
    if ((before + after) / 2 >= MIN_EXACT_CONTEXT && beside)
      return { start: expected.start, end: expected.end };
  }
  const sure = expected?.sure !== undefined ? expected.sure : surePlace(text, quote);
  if (sure) return sure;
  const weighed = wordPlaces(text, quote, expected)
    .map((place) => weigh(text, quote, { place }, expected))
    .filter((w) => w !== null);
  // The passage edited where it stands: found by its surroundings kept beside it near where it is expected, else in the stretch most like its surroundings; neither where its words are already there with both of them (the searches are slow).
  const surrounded = (reach: (w: Weighed) => boolean) =>
    weighed.some(
      (w) => reach(w) && w.quote === 1 && Math.min(w.before, w.after) >= MIN_SURROUNDED_CONTEXT,
    );
  const besideIt =
    expected &&
    !surrounded((w) => w.distance <= EDITED_REACH) &&
    editedWhereExpected(text, quote, expected);
  const inWindow = !besideIt && !surrounded((w) => w.near) && anchorInWindow(text, quote);
  const edited = besideIt
    ? { place: besideIt, by: 'beside' as const }
    : inWindow && { place: inWindow, by: 'window' as const };
  if (edited) {
    const place = { ...edited.place, errors: NaN };
    const inSurroundings = weigh(text, quote, { place, inSurroundings: edited.by }, expected);
    if (inSurroundings) {
      const same = weighed.findIndex((w) => w.start === place.start && w.end === place.end);
      if (same === -1) weighed.push(inSurroundings);
      else weighed[same] = inSurroundings;
    }
  }
  weighed.sort((a, b) => b.score - a.score);
  const [best] = weighed;
  if (
    !best ||
    !toldApart(
      best,
      weighed.find((w) => !overlap(w, best)),
    )
  )
    return null;
  return { start: best.start, end: best.end };
}
