import type { JunkKind } from '../signals/junk-phrases.ts';
import { junkPhrases, junkReason, type PhraseMatch } from '../signals/phrase-matcher.ts';
import { shapeOf, type TextShape } from './line-shape.ts';
import type { PasteLine } from './segment.ts';

/** What made a line look like furniture: a kind of furniture phrase, or what the page or library says of it. */
export type JunkCause = JunkKind | 'repeated' | 'boilerplate' | 'teaser';

export interface JunkEvidence {
  cause: JunkCause;
  /** Why, in words the reader shows. */
  reason: string;
  /** How strongly (> 0): what the selector subtracts. */
  strength: number;
}

/** What the scorer found out about one line. */
export interface LineEvidence {
  shape: TextShape;
  /** How much the line reads like running text: 0 for a menu item, ~6 for a long paragraph. */
  prose: number;
  /** The line is nothing but UI labels of this kind ("Share", "Most read"). */
  label: JunkKind | null;
  /** Why the line looks like page furniture, when it does. */
  junk: JunkEvidence | null;
  /** What the selector adds up: positive for story text, negative for furniture. */
  weight: number;
}

export interface ScoreContext {
  /** How boilerplate a line is for the paste's outlet, 0–1 (the library's memory), when known. */
  boilerplate?: (text: string) => number;
}

/** Every line pays this: a run of short lines that are neither prose nor known furniture costs a little. */
const LINE_COST = 0.5;
/** Beyond this size a line stops adding evidence: one long paragraph must not outweigh a whole page. */
const PROSE_CAP = 60;

/** What a row of a table inside the story is worth: little, but not the cost of a stray short line. */
const TABLE_ROW_PROSE = 0.7;
/** Rows with as many cells as this, this many in a row, make a table. */
const TABLE_MIN_CELLS = 2;
const TABLE_MIN_ROWS = 3;

/** In a paste that sets paragraphs off with blank lines, what a line set off so (or not) is worth. */
const SET_OFF_BONUS = 0.4;
const RUN_IN_SHARE = 0.5;

/** Scores each line on its own shape and words, then on what the whole paste says about it. */
export function scoreLines(lines: readonly PasteLine[], context: ScoreContext = {}): LineEvidence[] {
  const repeats = countRepeats(lines);
  const shapes = lines.map((line) => shapeOf(line.text));
  const tableRows = findTableRows(lines);
  const proses = shapes.map((shape, i) => Math.max(proseScore(shape), tableRows[i] ? TABLE_ROW_PROSE : 0));
  const blankStyle = setsParagraphsOff(lines, proses);
  return lines.map((line, i) => {
    const shape = shapes[i];
    const setOff = line.blankBefore && line.blankAfter;
    const runIn = blankStyle && !setOff && !tableRows[i];
    const prose = runIn ? proses[i] * RUN_IN_SHARE : proses[i];
    const matches = shape.size <= 80 ? junkPhrases.find(line.text) : [];
    const label = labelKind(line.text, matches);
    const junk = strongest([
      label ? { cause: label, reason: junkReason(label), strength: 3 } : null,
      markerEvidence(matches, shape),
      repeatEvidence(repeats.get(key(line.text)) ?? 1, prose, blankStyle && setOff),
      boilerplateEvidence(line.text, context),
      teaserEvidence(shape),
    ]);
    const layout = runIn ? -SET_OFF_BONUS : blankStyle && setOff ? SET_OFF_BONUS : 0;
    return { shape, prose, label, junk, weight: prose + layout - LINE_COST - (junk?.strength ?? 0) };
  });
}

/** Lines that are rows of a table: runs of lines with the same number of tab-separated cells. */
function findTableRows(lines: readonly PasteLine[]): boolean[] {
  const rows = lines.map(() => false);
  let runStart = 0;
  for (let i = 1; i <= lines.length; i++) {
    const continues =
      i < lines.length && lines[i].cells >= TABLE_MIN_CELLS && lines[i].cells === lines[runStart].cells;
    if (continues) continue;
    if (lines[runStart].cells >= TABLE_MIN_CELLS && i - runStart >= TABLE_MIN_ROWS) rows.fill(true, runStart, i);
    runStart = i;
  }
  return rows;
}

/**
 * Whether the paste sets its paragraphs off with blank lines, as browsers do
 * when copying a page's paragraphs but not its menu items. When it does, a line
 * so set off is more likely story text; a paste without blank lines says nothing.
 */
function setsParagraphsOff(lines: readonly PasteLine[], proses: readonly number[]): boolean {
  let paragraphs = 0;
  let setOff = 0;
  lines.forEach((line, i) => {
    if (proses[i] < 2) return;
    paragraphs++;
    if (line.blankBefore && line.blankAfter) setOff++;
  });
  return paragraphs >= 3 && setOff / paragraphs >= 0.5;
}

/** Running text is long, ends with a stop and has clause marks; headlines and menu items have none of it. */
export function proseScore(shape: TextShape): number {
  if (shape.size < 3 || shape.address) return 0;
  const ending = shape.ending === 'stop' ? 1 : shape.ending === 'colon' ? 0.6 : 0.25;
  const marks = shape.stops + shape.commas > 0 ? 0.3 : 0;
  return ((ending + marks) * Math.min(shape.size, PROSE_CAP)) / 10;
}

/** The kind of UI label the line consists of, when labels cover nearly all its letters. */
function labelKind(text: string, matches: readonly PhraseMatch[]): JunkKind | null {
  const labels = matches.filter((m) => m.tier === 'label');
  if (labels.length === 0) return null;
  const covered = new Uint8Array(text.length);
  const letters = countLetters(text, 0, text.length);
  let best: PhraseMatch | null = null;
  for (const m of labels) {
    covered.fill(1, m.start, m.end);
    if (!best || m.end - m.start > best.end - best.start) best = m;
  }
  let coveredLetters = 0;
  for (let i = 0; i < text.length; i++) if (covered[i] && LETTER.test(text[i])) coveredLetters++;
  return letters > 0 && coveredLetters / letters >= 0.8 ? best!.kind : null;
}

const LETTER = /\p{L}/u;

function countLetters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (LETTER.test(text[i])) n++;
  return n;
}

/** A marker phrase gives a short passage away; a long paragraph needs several to be furniture. */
function markerEvidence(matches: readonly PhraseMatch[], shape: TextShape): JunkEvidence | null {
  const markers = matches.filter((m) => m.tier === 'marker');
  if (markers.length === 0) return null;
  const distinct = new Set(markers.map((m) => m.start)).size;
  const strength = shape.size <= 30 ? 3 : distinct >= 2 ? 2 : 0.5;
  return { cause: markers[0].kind, reason: junkReason(markers[0].kind), strength };
}

/** Menus, widgets and captions recur on a page; a paragraph of the story rarely does. */
function repeatEvidence(count: number, prose: number, setOff: boolean): JunkEvidence | null {
  if (count < 2) return null;
  return { cause: 'repeated', reason: 'repeated on the page', strength: prose > 3 || setOff ? 0.5 : 1.5 };
}

function boilerplateEvidence(text: string, context: ScoreContext): JunkEvidence | null {
  const score = context.boilerplate?.(text) ?? 0;
  return score > 0.3 ? { cause: 'boilerplate', reason: "recurs in this outlet's other clips", strength: 6 * score } : null;
}

/** A line cut short with "…" is a teaser of another story. */
function teaserEvidence(shape: TextShape): JunkEvidence | null {
  return shape.trailingEllipsis && shape.size < 40
    ? { cause: 'teaser', reason: 'teaser of another story', strength: 1 }
    : null;
}

function strongest(items: (JunkEvidence | null)[]): JunkEvidence | null {
  let best: JunkEvidence | null = null;
  for (const item of items) if (item && item.strength > 0 && (!best || item.strength > best.strength)) best = item;
  return best;
}

function key(text: string): string {
  return text.toLowerCase();
}

function countRepeats(lines: readonly PasteLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(key(line.text), (counts.get(key(line.text)) ?? 0) + 1);
  return counts;
}
