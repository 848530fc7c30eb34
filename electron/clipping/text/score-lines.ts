import type { JunkKind } from '../recognise/junk-phrases.ts';
import { junkReason } from '../recognise/phrase-matcher.ts';
import {
  findLineFurniture,
  markersOutsideGluedBoxes,
  type FurnitureFinding,
} from '../recognise/furniture.ts';
import { findQuantityRows, findRecordFields, findTableRows, setsParagraphsOff } from './layout.ts';
import { shapeOf, type TextShape } from './line-shape.ts';
import { proseScore } from './prose.ts';
import type { PasteLine } from './segment.ts';

/** What made a line look like furniture: a kind of furniture phrase, or what the page or library says of it. */
export type JunkCause = JunkKind | 'listed' | 'repeated' | 'boilerplate' | 'teaser' | 'copyright';

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
  /** Button labels are glued to the start of the line's sentence, to be cut if the line is kept. */
  glued: boolean;
  /** A "Read more: <headline>" link stands in the line, to be cut if the line is kept. */
  linked: boolean;
  /** Why the line looks like page furniture, when it does. */
  junk: JunkEvidence | null;
  /** A field of a list of records ("Ort: Kornhaus Dessau"): the page's own, never a headline or a date line. */
  field: boolean;
  /**
   * Where the paste sets paragraphs off with blank lines: 'paragraph' for a line
   * so set off, 'run-in' for one that is not (a heading, a menu item). 'plain'
   * when the paste has no such blank lines.
   */
  layout: 'paragraph' | 'run-in' | 'plain';
  /** What the selector adds up: positive for story text, negative for furniture. */
  weight: number;
}

export interface ScoreContext {
  /** How boilerplate a line is for the paste's outlet, 0–1 (the library's memory), when known. */
  boilerplate?: (text: string) => number;
}

/** Evidence at least this strong makes a line furniture; weaker evidence gives it the benefit of the doubt. */
export const FURNITURE_STRENGTH = 1;
/** A line that is nothing but UI labels ("Share", "Sign in") is furniture, however it sits. */
const LABEL_STRENGTH = 3;
/**
 * Furniture that sits inside stories (advertisement slots, photo credits, a
 * "Read more" box) goes like any other, but costs the selector only this share
 * of its strength: it interrupts a story without ending it.
 */
const INTERRUPTIONS: ReadonlySet<JunkCause> = new Set([
  'advert',
  'media',
  'headlines',
  'copyright',
]);
const INTERRUPTION_SHARE = 0.3;
/** A line opened by "Tags" or "Read more:" lists things; a longer one says them. */
const PREFIXED_SIZE = 40;
const PREFIXED_STRENGTH = 2;
/** Every line pays this: a run of short lines that are neither prose nor known furniture costs a little. */
const LINE_COST = 0.5;
/** What a row of a table inside the story is worth: little, but not the cost of a stray short line. */
const TABLE_ROW_PROSE = 0.7;
/** In a paste that sets paragraphs off with blank lines, what a line set off so (or not) is worth. */
const SET_OFF_BONUS = 0.4;
export const RUN_IN_SHARE = 0.5;

/** Scores each line on its own shape and words, then on what the whole paste says about it. */
export function scoreLines(
  lines: readonly PasteLine[],
  context: ScoreContext = {},
): LineEvidence[] {
  const repeats = countRepeats(lines);
  const shapes = lines.map((line) => shapeOf(line.text));
  const quantities = findQuantityRows(lines);
  // A list of quantities is a table of one column: its rows are the story's own.
  const tableRows = findTableRows(lines).map((row, i) => row || quantities[i]);
  const fields = findRecordFields(lines);
  const proses = sentencesAcrossLines(lines, shapes).map((prose, i) =>
    Math.max(prose, tableRows[i] || fields[i] ? TABLE_ROW_PROSE : 0),
  );
  const blankStyle = setsParagraphsOff(lines, proses);
  return lines.map((line, i): LineEvidence => {
    const shape = shapes[i];
    const setOff = line.blankBefore && line.blankAfter;
    const layout = !blankStyle ? 'plain' : setOff ? 'paragraph' : 'run-in';
    // A table's rows run in as menu items do, but are the story's own.
    const runIn = layout === 'run-in' && !tableRows[i] && !fields[i];
    const prose = runIn ? proses[i] * RUN_IN_SHARE : proses[i];
    const furniture = findLineFurniture(line.text);
    const junk = strongest([
      furniture.label
        ? { cause: furniture.label, reason: junkReason(furniture.label), strength: LABEL_STRENGTH }
        : null,
      markerEvidence(furniture, shape, line.text),
      furniture.prefix && shape.size <= PREFIXED_SIZE
        ? {
            cause: furniture.prefix,
            reason: junkReason(furniture.prefix),
            strength: PREFIXED_STRENGTH,
          }
        : null,
      fields[i]
        ? null
        : repeatEvidence(repeats.get(key(line.text)) ?? 1, prose, layout === 'paragraph'),
      boilerplateEvidence(line.text, context),
      teaserEvidence(shape),
      copyrightEvidence(line.text, shape),
      creditEvidence(line.text, shape),
    ]);
    const bonus = runIn ? -SET_OFF_BONUS : layout === 'paragraph' ? SET_OFF_BONUS : 0;
    const penalty =
      (junk?.strength ?? 0) * (junk && INTERRUPTIONS.has(junk.cause) ? INTERRUPTION_SHARE : 1);
    const weight = prose + bonus - LINE_COST - penalty;
    return {
      shape,
      prose,
      label: furniture.label,
      glued: furniture.glued,
      linked: furniture.linked,
      junk,
      field: fields[i],
      layout,
      weight,
    };
  });
}

/** Goes on in small letters: the rest of a sentence the line above left open. */
const GOES_ON = /^\p{Ll}/u;

/**
 * How much each line reads like running text. A paste may cut a sentence
 * over several lines (a bold start and the rest, a paragraph wrapped by hand):
 * a line left open (no closing mark) with the next going on in small letters.
 * Such lines share the prose of the sentence they make together, each by its
 * size, where that is more than its own.
 */
function sentencesAcrossLines(lines: readonly PasteLine[], shapes: readonly TextShape[]): number[] {
  const proses = shapes.map(proseScore);
  const open = (i: number) =>
    lines[i].flat === null && shapes[i].ending === 'none' && !shapes[i].listItem;
  for (let i = 0; i < lines.length; i++) {
    let last = i;
    while (last + 1 < lines.length && open(last) && GOES_ON.test(lines[last + 1].text)) last++;
    if (last === i) continue;
    const joined = shapeOf(
      lines
        .slice(i, last + 1)
        .map((l) => l.text)
        .join(' '),
    );
    const prose = proseScore(joined);
    for (let k = i; k <= last; k++)
      proses[k] = Math.max(proses[k], (prose * shapes[k].size) / joined.size);
    i = last;
  }
  return proses;
}

/**
 * A marker phrase gives a short passage away. In a long paragraph it more often
 * marks one sentence of furniture glued to story text (trimmed later, sentence
 * by sentence); only a paragraph thick with markers (a cookie notice) is
 * furniture, and not when they sit in a box flattened into its sentences.
 */
function markerEvidence(
  furniture: FurnitureFinding,
  shape: TextShape,
  text: string,
): JunkEvidence | null {
  const [first] = furniture.markers;
  if (!first) return null;
  const thick =
    furniture.markers.length >= THICK_MARKERS && markersOutsideGluedBoxes(text) >= THICK_MARKERS;
  const strength =
    shape.size <= MARKED_PASSAGE_SIZE
      ? MARKER_STRENGTH.passage
      : thick
        ? MARKER_STRENGTH.notice
        : MARKER_STRENGTH.paragraph;
  return { cause: first, reason: junkReason(first), strength };
}

/** Marker phrases from which a long paragraph is a notice (cookies, consent), not a story paragraph. */
const THICK_MARKERS = 3;
/** A marked passage this short is the furniture the marker names. */
const MARKED_PASSAGE_SIZE = 30;
/** What a marker costs: a short passage goes; a notice goes; in a story paragraph it only flags one sentence. */
const MARKER_STRENGTH = { passage: 3, notice: 2, paragraph: 0.5 };

/** Menus, widgets and captions recur on a page; a paragraph of the story rarely does. */
function repeatEvidence(count: number, prose: number, setOff: boolean): JunkEvidence | null {
  if (count < 2) return null;
  return {
    cause: 'repeated',
    reason: 'repeated on the page',
    strength:
      prose > REPEATED_PARAGRAPH_PROSE || setOff ? REPEAT_STRENGTH.paragraph : REPEAT_STRENGTH.line,
  };
}

/** A repeated line this much prose (or set off as a paragraph) may be a quote pulled out again; a short one is a menu. */
const REPEATED_PARAGRAPH_PROSE = 3;
const REPEAT_STRENGTH = { paragraph: 0.5, line: 1.5 };

function boilerplateEvidence(text: string, context: ScoreContext): JunkEvidence | null {
  const score = context.boilerplate?.(text) ?? 0;
  return score > BOILERPLATE_SHARE
    ? {
        cause: 'boilerplate',
        reason: "recurs in this outlet's other clips",
        strength: BOILERPLATE_STRENGTH * score,
      }
    : null;
}

/** A line in more than this share of an outlet's pastes is its boilerplate. */
const BOILERPLATE_SHARE = 0.3;
/** What boilerplate seen in every paste costs: more than a long paragraph is worth. */
const BOILERPLATE_STRENGTH = 6;

/** "©", "(c)": a photo's credit or the site's copyright, in any language. */
const COPYRIGHT_SIGN = /©|\([cC]\)(?=\s)/u;
/** A credit or a copyright line is short (a caption with its credit, a footer's line); a paragraph may quote one. */
const COPYRIGHT_MAX_SIZE = 20;
/** A caption runs to a few sentences; a longer paragraph may close on a bracket. */
const CAPTION_MAX_SIZE = 40;
/** As much as a caption beside a credit costs: furniture, but inside a story an interruption only. */
const COPYRIGHT_STRENGTH = 1.5;

function copyrightEvidence(text: string, shape: TextShape): JunkEvidence | null {
  return shape.size <= COPYRIGHT_MAX_SIZE && COPYRIGHT_SIGN.test(text)
    ? { cause: 'copyright', reason: 'credit or copyright line', strength: COPYRIGHT_STRENGTH }
    : null;
}

/**
 * "(Name / Agency)", "(Quelle: Fleischmann/Unsplash/DJV)": a photo's credit,
 * photographer and agency parted by a slash in brackets, closing its caption.
 * A sentence ends with a stop, not with a bracket. Brackets holding figures
 * ("$4.99/mo"), a web address, or a single word ("CDU/CSU", "km/h") are no credit.
 */
const CLOSING_CREDIT = /\((?![^()]*:\/\/)(?=[^()]*\s)[^()\d]*\p{L}\s*\/\s*\p{L}[^()\d]*\)$/u;

/** The caption the credit closes is in the line: it costs what a copyright line does, and marks no neighbour a caption. */
function creditEvidence(text: string, shape: TextShape): JunkEvidence | null {
  return shape.size <= CAPTION_MAX_SIZE && CLOSING_CREDIT.test(text.trimEnd())
    ? { cause: 'copyright', reason: 'photo credit', strength: COPYRIGHT_STRENGTH }
    : null;
}

/** A line cut short with "…" is a teaser of another story. */
function teaserEvidence(shape: TextShape): JunkEvidence | null {
  return shape.trailingEllipsis && shape.size < TEASER_MAX_SIZE
    ? { cause: 'teaser', reason: 'teaser of another story', strength: TEASER_STRENGTH }
    : null;
}

/** A teaser is a sentence or two; a longer paragraph ending in "…" is a story's own suspense. */
const TEASER_MAX_SIZE = 40;
const TEASER_STRENGTH = FURNITURE_STRENGTH;

function strongest(items: (JunkEvidence | null)[]): JunkEvidence | null {
  let best: JunkEvidence | null = null;
  for (const item of items)
    if (item && item.strength > 0 && (!best || item.strength > best.strength)) best = item;
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
