import { UNSPACED_ALL, UNSPACED_CHARS_PER_WORD } from '../recognise/scripts.ts';
import { splitSentences } from '../recognise/sentences.ts';

/**
 * One unit of the paste the engine judges on its own: a non-empty line, or one
 * sentence of a line so long that the paste must have flattened a whole body
 * (and the furniture inside it) onto it.
 */
export interface PasteLine {
  /** Position among the units. */
  index: number;
  text: string;
  /** A blank line stood right before it: browsers put one around paragraphs, not around menu items. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Tab-separated cells: browsers copy a table's row as its cells joined by tabs. */
  cells: number;
  /** For a sentence of a flattened line, the number of that line (shared by all its sentences), else null. */
  flat: number | null;
}

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029|\v|\f/;
/** Controls and invisible marks that carry no text; joiners and direction marks stay (scripts need them). */
export const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\ufeff\ufffe\uffff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;
/**
 * A line longer than any paragraph a page prints is a flattened body; so is a
 * shorter one (from FLAT_MIN_SIZE words) that is several times the paste's
 * usual paragraph. Either needs a few sentences.
 */
const FLAT_SIZE = 200;
const FLAT_MIN_SIZE = 120;
const FLAT_RATIO = 3;
const FLAT_SENTENCES = 6;
/** Fewer characters than this cannot make FLAT_MIN_SIZE words, even in an unspaced script. */
const FLAT_MIN_CHARS = 180;
/** Lines this long are the paste's paragraphs, whose usual size a flattened line is compared with. */
const PARAGRAPH_CHARS = 100;

/** Splits a paste into units. Drops nothing but whitespace and invisible characters. */
export function segmentLines(text: string): PasteLine[] {
  const raws = text.split(LINE_BREAK);
  const cleans = raws.map(normaliseSpacing);
  const flatSize = flattenedSize(cleans);
  const units: PasteLine[] = [];
  let blank = false;
  let lineNumber = 0;
  for (const [n, raw] of raws.entries()) {
    const clean = cleans[n];
    if (!clean) {
      blank = true;
      if (units.length > 0) units[units.length - 1].blankAfter = true;
      continue;
    }
    const cells = raw.includes('\t') ? raw.split('\t').filter((cell) => cell.trim()).length : 1;
    const sentences = flattenedSentences(clean, flatSize);
    for (const [k, sentence] of sentences.entries()) {
      units.push({
        index: units.length,
        text: sentence,
        blankBefore: k === 0 ? blank : false,
        blankAfter: false,
        cells: sentences.length > 1 ? 1 : cells,
        flat: sentences.length > 1 ? lineNumber : null,
      });
    }
    blank = false;
    lineNumber++;
  }
  spreadBlanksOverSentences(units);
  return units;
}

/** Words, near enough to compare lengths: spaces in spaced scripts, characters in unspaced ones. */
function roughSize(line: string): number {
  const unspaced = MAY_BE_UNSPACED.test(line) ? (line.match(UNSPACED_ALL)?.length ?? 0) : 0;
  let words = 1;
  for (let at = line.indexOf(' '); at >= 0; at = line.indexOf(' ', at + 1)) words++;
  return words + unspaced / UNSPACED_CHARS_PER_WORD;
}

/** The unspaced scripts are all written from U+0E00 (Thai) up: a line with nothing there has none of them. */
const MAY_BE_UNSPACED = /[\u0e00-\uffff]/;

/** The size from which a line is a flattened body: FLAT_SIZE, or less where the paste's paragraphs are short. */
function flattenedSize(lines: readonly string[]): number {
  const sizes = lines
    .filter((l) => l.length >= PARAGRAPH_CHARS)
    .map(roughSize)
    .sort((a, b) => a - b);
  if (sizes.length === 0) return FLAT_SIZE;
  const usual = sizes[Math.floor(sizes.length / 2)];
  return Math.min(FLAT_SIZE, Math.max(FLAT_MIN_SIZE, usual * FLAT_RATIO));
}

/** A flattened line's sentences stand where the line stood: each gets the blank lines around the whole line. */
function spreadBlanksOverSentences(units: PasteLine[]): void {
  let first = 0;
  for (let i = 1; i <= units.length; i++) {
    if (i < units.length && units[i].flat !== null && units[i].flat === units[first].flat) continue;
    if (units[first].flat !== null) {
      const before = units[first].blankBefore;
      const after = units[i - 1].blankAfter;
      for (let k = first; k < i; k++)
        Object.assign(units[k], { blankBefore: before, blankAfter: after });
    }
    first = i;
  }
}

function normaliseSpacing(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** The sentences of a flattened line, or the line alone when it reads as one paragraph. */
function flattenedSentences(line: string, flatSize: number): string[] {
  if (line.length < FLAT_MIN_CHARS || roughSize(line) < flatSize) return [line];
  const sentences = splitSentences(line);
  return sentences.length >= FLAT_SENTENCES ? sentences : [line];
}
