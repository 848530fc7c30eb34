import { exactlySurrounded, outOfOrder, surePlace, type Expected } from './anchor-without-edit.ts';
import { EDITED_REACH, editedWhereExpected } from './edited-where-expected.ts';
import type { TextPosition, TextQuote } from './selectors.ts';

interface Moved {
  index: number;
  was: number;
  now: number;
}

/**
 * The largest set of moves that keeps the passages in the order they were
 * in (a longest non-decreasing run of new places, by old place).
 */
function inOrder(moves: readonly Moved[]): Moved[] {
  const sorted = [...moves].sort((a, b) => a.was - b.was || a.now - b.now);
  // tails[k]: the index in `sorted` of the smallest last place of an ordered run of k + 1 moves.
  const tails: number[] = [];
  const previous = new Int32Array(sorted.length).fill(-1);
  sorted.forEach((move, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[tails[mid]].now <= move.now) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1];
    tails[lo] = i;
  });
  const run: Moved[] = [];
  for (let i = tails.at(-1) ?? -1; i !== -1; i = previous[i]) run.push(sorted[i]);
  return run.reverse();
}

/** Where a passage that was at `position` is expected, from how far the sure places before and after it moved. */
function expectation(sure: readonly Moved[], position: TextPosition, length: number): Expected {
  const before = sure.findLast((s) => s.was < position.start);
  const after = sure.find((s) => s.was > position.start);
  const shifts = [before, after].filter((s) => s !== undefined).map((s) => s.now - s.was);
  if (shifts.length === 0) return { ...position };
  return {
    ...position,
    moved: { least: Math.min(...shifts), most: Math.max(...shifts) },
    between: { from: before?.now ?? 0, to: after?.now ?? length },
  };
}

/** How far `start` is from where `expected` puts a passage. */
function offBy(expected: Expected, start: number): number {
  const least = expected.start + (expected.moved?.least ?? 0);
  const most = expected.start + (expected.moved?.most ?? 0);
  return start < least ? least - start : Math.max(0, start - most);
}

/**
 * Where each passage is expected in a text whose earlier version is not
 * known. Those found beyond doubt (`surePlace`), in the order the passages
 * were in, say how far the text moved around the others: a passage is
 * expected to have moved as far as its nearest sure neighbours before and
 * after it did, and to lie between them. A place beyond doubt far from
 * where the others put it is not one if the passage is found edited where
 * they expect it: a page that repeats itself (a menu day by day, a list of
 * offers) can hold a copy of a passage, surroundings and all, far from where
 * it stands edited. Null for a passage with no place to start from.
 */
export function expectedPlaces(
  text: string,
  passages: readonly { quote: TextQuote; position: TextPosition | null }[],
): (Expected | null)[] {
  const places = passages.map(({ quote, position }) =>
    position && quote.exact ? surePlace(text, quote) : null,
  );
  const ordered = inOrder(
    passages.flatMap(({ position }, index) => {
      const place = places[index];
      return place && position ? [{ index, was: position.start, now: place.start }] : [];
    }),
  );
  const sure = places.map((place, i) => {
    const { quote, position } = passages[i];
    if (!place || !position) return place;
    const expected = expectation(
      ordered.filter((s) => s.index !== i),
      position,
      text.length,
    );
    if (offBy(expected, place.start) <= EDITED_REACH) return place;
    if (outOfOrder(expected, place.start) && !exactlySurrounded(text, quote, place)) return null;
    const edited = editedWhereExpected(text, quote, expected);
    return edited && (edited.end <= place.start || place.end <= edited.start) ? null : place;
  });
  const moves = ordered.filter((s) => sure[s.index]);
  return passages.map(({ position }, i) =>
    position ? { ...expectation(moves, position, text.length), sure: sure[i] } : null,
  );
}
