import { surePlace, type Expected } from './anchor-without-edit.ts';
import type { TextPosition, TextQuote } from './selectors.ts';

interface Moved {
  was: number;
  now: number;
}

/**
 * Where each passage is expected in a text whose earlier version is not
 * known. Those found beyond doubt (`surePlace`) say how far the text moved
 * around the others: a passage is expected to have moved as far as its
 * nearest sure neighbours before and after it did, and to lie between them.
 * Null for a passage with no place to start from.
 */
export function expectedPlaces(
  text: string,
  passages: readonly { quote: TextQuote; position: TextPosition | null }[],
): (Expected | null)[] {
  const sure: Moved[] = [];
  const found = passages.map(({ quote, position }) => {
    const place = position && quote.exact ? surePlace(text, quote) : null;
    if (place && position) sure.push({ was: position.start, now: place.start });
    return place;
  });
  sure.sort((a, b) => a.was - b.was);
  return passages.map(({ position }, i) => {
    if (!position) return null;
    const before = sure.findLast((s) => s.was < position.start);
    const after = sure.find((s) => s.was > position.start);
    const shifts = [before, after].filter((s) => s !== undefined).map((s) => s.now - s.was);
    return {
      ...position,
      sure: found[i],
      ...(shifts.length > 0 && {
        moved: { least: Math.min(...shifts), most: Math.max(...shifts) },
        between: { from: before?.now ?? 0, to: after?.now ?? text.length },
      }),
    };
  });
}
