import type { TextShape } from './line-shape.ts';

/** Beyond this size a line stops adding evidence: one long paragraph must not outweigh a whole page. */
const PROSE_CAP = 60;
/** A "sentence" longer than this with no stop anywhere is a run of headlines or tags, not prose. */
const RUN_ON_SIZE = 60;

/**
 * How much a piece of text reads like running text: long, ending with a stop,
 * with clause marks. Headlines and menu items have none of it. 0 for a menu
 * item, about 6 for a long paragraph.
 */
export function proseScore(shape: TextShape): number {
  if (shape.size < 3 || shape.address) return 0;
  if (shape.size > RUN_ON_SIZE && shape.stops === 0 && shape.ending !== 'stop') return 0;
  const ending =
    shape.ending === 'stop' ? 1 : shape.ending === 'colon' ? 0.6 : shape.stops >= 2 ? 0.8 : 0.25;
  const marks = shape.stops + shape.commas > 0 ? 0.3 : 0;
  return ((ending + marks) * Math.min(shape.size, PROSE_CAP)) / 10;
}
