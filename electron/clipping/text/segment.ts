/** One non-empty line of the paste, its spacing normalised. */
export interface PasteLine {
  /** Position among the non-empty lines. */
  index: number;
  text: string;
  /** A blank line stood right before it: browsers put one around paragraphs, not around menu items. */
  blankBefore: boolean;
  blankAfter: boolean;
  /** Tab-separated cells: browsers copy a table's row as its cells joined by tabs. */
  cells: number;
}

const LINE_BREAK = /\r\n?|\n|\u2028|\u2029|\v|\f/;
/** Controls and invisible marks that carry no text; joiners and direction marks stay (scripts need them). */
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u200b\ufeff\ufffe\uffff]/g;
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Splits a paste into its non-empty lines. Drops nothing but whitespace and invisible characters. */
export function segmentLines(text: string): PasteLine[] {
  const lines: PasteLine[] = [];
  let blank = false;
  for (const raw of text.split(LINE_BREAK)) {
    const clean = normaliseSpacing(raw);
    if (!clean) {
      blank = true;
      if (lines.length > 0) lines[lines.length - 1].blankAfter = true;
      continue;
    }
    const cells = raw.split('\t').filter((cell) => cell.trim()).length;
    lines.push({ index: lines.length, text: clean, blankBefore: blank, blankAfter: false, cells });
    blank = false;
  }
  return lines;
}

export function normaliseSpacing(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}
