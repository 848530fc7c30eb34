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

/** "Ort: Kornhaus Dessau", "Level: 72": a field's label, a few words before a colon, then its value. */
const FIELD = /^([\p{L}\p{N}][\p{L}\p{N}&/ -]{0,30}):\s+\S/u;
/**
 * A label heads a field of records when it opens this many lines, not all
 * the same (a headline printed again and again is no record); records have
 * several such fields.
 */
const RECORD_MIN_FIELDS = 3;
const RECORD_MIN_VALUES = 2;
const RECORD_MIN_LABELS = 2;

/**
 * Lines that are fields of a list of records (events, products, quests):
 * "Label: value" lines whose labels each open several lines, several labels
 * on the page. Like a table's rows, they are the page's own short lines, and
 * a value may recur from record to record.
 */
export function findRecordFields(lines: readonly PasteLine[]): boolean[] {
  const labels = lines.map((line) => FIELD.exec(line.text)?.[1].toLowerCase() ?? null);
  const fields = new Map<string, string[]>();
  labels.forEach((label, i) => {
    if (label) fields.set(label, [...(fields.get(label) ?? []), lines[i].text]);
  });
  const recurring = (label: string | null) => {
    const texts = label === null ? [] : fields.get(label)!;
    return texts.length >= RECORD_MIN_FIELDS && new Set(texts).size >= RECORD_MIN_VALUES;
  };
  if ([...fields.keys()].filter(recurring).length < RECORD_MIN_LABELS)
    return lines.map(() => false);
  return labels.map(recurring);
}

/** "350 g Zucker", "1½ cups rice", "2-3 EL Öl": an amount, then what it measures; not "3. Klasse" or a date's "15. Mai". */
const QUANTITY =
  /^(?:\d+(?:[.,/]\d+)?\s?[½¼¾⅓⅔⅛]?|[½¼¾⅓⅔⅛])(?:\s?[-–]\s?\d+(?:[.,]\d+)?)?(?!\.\s)\s*\(?\p{L}/u;
/** An amount with a few words: an ingredient, a nutrient; a longer line is a step or a sentence. */
const QUANTITY_MAX_CHARS = 60;
/** Two amounts in a row may be a date and a time; three make a list. */
const QUANTITY_MIN_ROWS = 3;

/**
 * Lines that are items of a list of quantities (a recipe's ingredients, its
 * nutrition facts, a product's measures): runs of short lines that each open
 * with an amount. Like a table's rows, they are the page's own short lines.
 */
export function findQuantityRows(lines: readonly PasteLine[]): boolean[] {
  const rows = lines.map(() => false);
  const isRow = (i: number) =>
    lines[i].text.length <= QUANTITY_MAX_CHARS && QUANTITY.test(lines[i].text);
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && isRow(end)) end++;
    if (end - i >= QUANTITY_MIN_ROWS) rows.fill(true, i, end);
    i = Math.max(end, i + 1);
  }
  return rows;
}
