import { PARAGRAPH_PROSE } from './prose.ts';
import type { PasteLine } from './segment.ts';

/** Rows with as many cells as this, this many in a row, make a table. */
const TABLE_MIN_CELLS = 2;
const TABLE_MIN_ROWS = 3;
/** Paragraphs needed to tell how a paste sets them off, and the share that must be set off by blank lines. */
const LAYOUT_MIN_PARAGRAPHS = 3;
const SET_OFF_SHARE = 0.5;

/** Lines that are rows of a table: runs of lines with the same number of tab-separated cells. */
export function findTableRows(lines: readonly PasteLine[]): boolean[] {
  const rows = lines.map(() => false);
  let runStart = 0;
  for (let i = 1; i <= lines.length; i++) {
    const continues =
      i < lines.length &&
      lines[i].cells >= TABLE_MIN_CELLS &&
      lines[i].cells === lines[runStart].cells;
    if (continues) continue;
    if (lines[runStart].cells >= TABLE_MIN_CELLS && i - runStart >= TABLE_MIN_ROWS)
      rows.fill(true, runStart, i);
    runStart = i;
  }
  return rows;
}

/**
 * Whether the paste sets its paragraphs off with blank lines, as browsers do
 * when copying a page's paragraphs but not its menu items. When it does, a line
 * so set off is more likely story text; a paste without blank lines says nothing.
 */
export function setsParagraphsOff(lines: readonly PasteLine[], proses: readonly number[]): boolean {
  let paragraphs = 0;
  let setOff = 0;
  lines.forEach((line, i) => {
    if (proses[i] < PARAGRAPH_PROSE) return;
    paragraphs++;
    if (line.blankBefore && line.blankAfter) setOff++;
  });
  return paragraphs >= LAYOUT_MIN_PARAGRAPHS && setOff / paragraphs >= SET_OFF_SHARE;
}
