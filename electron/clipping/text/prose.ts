import type { TextShape } from './line-shape.ts';

/** A line scoring this much reads as a paragraph: a dozen words or more, ending like a sentence. */
export const PARAGRAPH_PROSE = 2;
/** Beyond this size a line stops adding evidence: one long paragraph must not outweigh a whole page. */
const PROSE_CAP = 60;
/** A "sentence" longer than this with no stop anywhere is a run of headlines or tags, not prose. */
const RUN_ON_SIZE = 60;
/** Fewer words than this are a label or a name, not a sentence. */
const MIN_PROSE_SIZE = 3;
/** What the line's ending says: a stop is a sentence; a colon introduces one; inner stops make a paragraph without a final stop. */
const ENDING_WEIGHT = { stop: 1, colon: 0.6, innerStops: 0.8, none: 0.25 };
/** Inner stops from which a line without a final stop reads as sentences. */
const INNER_STOPS = 2;
/** Commas or inner stops add this: headlines and menus rarely have clause marks. */
const CLAUSE_MARKS = 0.3;
/** Words per point of prose: a long paragraph (60 words) scores about 6. */
const WORDS_PER_POINT = 10;

/**
 * How much a piece of text reads like running text: long, ending with a stop,
 * with clause marks. Headlines and menu items have none of it. 0 for a menu
 * item, about 6 for a long paragraph.
 */
export function proseScore(shape: TextShape): number {
  if (shape.size < MIN_PROSE_SIZE || shape.address) return 0;
  if (shape.size > RUN_ON_SIZE && shape.stops === 0 && shape.ending !== 'stop') return 0;
  const ending =
    shape.ending === 'stop'
      ? ENDING_WEIGHT.stop
      : shape.ending === 'colon'
        ? ENDING_WEIGHT.colon
        : shape.stops >= INNER_STOPS
          ? ENDING_WEIGHT.innerStops
          : ENDING_WEIGHT.none;
  const marks = shape.stops + shape.commas > 0 ? CLAUSE_MARKS : 0;
  return ((ending + marks) * Math.min(shape.size, PROSE_CAP)) / WORDS_PER_POINT;
}
