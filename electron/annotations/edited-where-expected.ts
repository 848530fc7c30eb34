import { ownPlace } from './anchor-after-edit.ts';
import {
  PARAGRAPH_BREAK,
  paragraphEnd,
  paragraphStart,
  type TextPosition,
  type TextQuote,
} from './selectors.ts';
import { TextEdit } from './text-diff.ts';

/** How far beyond where it is expected, and as far again as the passages around it moved, a passage edited where it stands is looked for by its surroundings. */
export const EDITED_REACH = 200;
/** How much of its surroundings right beside each end of a passage edited where it stands must be as stored: a word or so, not a chance letter. */
const BESIDE = 8;

/**
 * The passage edited where it stands, near where it is expected (and as far
 * again as the passages around it moved): the stored window compared, as an
 * edit, with the text there, and the passage taken where the edit left it,
 * with what stood right beside each of its ends still there.
 */
export function editedWhereExpected(
  text: string,
  quote: TextQuote,
  expected: TextPosition & { moved?: { least: number; most: number } },
): TextPosition | null {
  const { prefix, exact, suffix } = quote;
  const from = Math.max(
    0,
    expected.start + (expected.moved?.least ?? 0) - prefix.length - EDITED_REACH,
  );
  const to = Math.min(
    text.length,
    expected.end + (expected.moved?.most ?? 0) + suffix.length + EDITED_REACH,
  );
  if (from >= to) return null;
  const window = prefix + exact + suffix;
  const around = text.slice(from, to);
  const start = prefix.length;
  const end = start + exact.length;
  const edit = new TextEdit(window, around);
  const { own, left } = ownPlace(exact, { edit, start, end });
  const beside =
    keptBeside(edit, window, start, 'before') && keptBeside(edit, window, end, 'after');
  return left && beside ? { start: from + own.start, end: from + own.end } : null;
}

/**
 * Whether what stood right beside the end of a passage at `at` in `window`
 * is still right beside it: the few characters there kept with it in one
 * run, or, where its paragraph's edge comes first, those up to the edge and
 * the end of the neighbouring paragraph, with the same break between them.
 */
function keptBeside(edit: TextEdit, window: string, at: number, side: 'before' | 'after'): boolean {
  const gap = PARAGRAPH_BREAK.length;
  if (side === 'before') {
    const edge = paragraphStart(window, at);
    if (!edit.keeps(Math.max(edge, at - BESIDE), at + 1)) return false;
    // At the window's start, or a break with nothing before it (the text's start): no neighbouring paragraph to compare.
    if (at - edge >= BESIDE || edge <= gap) return true;
    const end = edge - gap;
    const from = Math.max(paragraphStart(window, end), end - BESIDE + (at - edge));
    return (
      from < end && edit.keeps(from, end) && edit.map(end, 'end') + gap === edit.map(edge, 'start')
    );
  }
  const edge = paragraphEnd(window, at);
  if (!edit.keeps(at - 1, Math.min(edge, at + BESIDE))) return false;
  if (edge - at >= BESIDE || edge === window.length) return true;
  const next = edge + gap;
  const to = Math.min(paragraphEnd(window, next), next + BESIDE - (edge - at));
  return (
    next < to && edit.keeps(next, to) && edit.map(edge, 'end') + gap === edit.map(next, 'start')
  );
}
