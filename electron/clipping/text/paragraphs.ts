import type { Block, RemovedPart } from '../../model/article.ts';
import type { LineFate } from './keep-lines.ts';
import { shapeOf } from './line-shape.ts';
import type { PasteLine } from './segment.ts';

/** A restored paragraph closes once it has this many words or sentences: wire copy runs one to three sentences a paragraph. */
const PARAGRAPH_WORDS = 40;
const PARAGRAPH_SENTENCES = 3;
/** A subheading is short: a question or a phrase, not a sentence. */
const HEADING_MAX_WORDS = 12;
/** Longer than any twelve words: no need to count them. */
const HEADING_MAX_CHARS = 160;
/** "KYIV - …", "[BANGKOK] …": a dateline opens a story's first real paragraph. */
const DATELINE_START =
  /^(?:\[\p{Lu}[\p{Lu} .'-]+\]|\p{Lu}[\p{Lu}\p{M} .,'’-]{2,}(?:\s\([^)]{1,20}\))?\s[-–—])/u;

/**
 * Turns a story's kept lines into blocks. Lines stay paragraphs; the sentences
 * of a flattened line are regrouped into paragraphs; a short line or question
 * standing alone between paragraphs becomes a subheading. Everything left out
 * goes to `removed`, with the index of the block it stood before.
 */
export function buildBlocks(
  lines: readonly PasteLine[],
  start: number,
  fates: readonly LineFate[],
): { blocks: Block[]; removed: RemovedPart[] } {
  const blocks: Block[] = [];
  const removed: RemovedPart[] = [];
  let open: { sentences: string[]; words: number; flat: number } | null = null;
  const close = () => {
    if (open) blocks.push({ type: 'paragraph', text: open.sentences.join(' ') });
    open = null;
  };
  fates.forEach((fate, k) => {
    const line = lines[start + k];
    if (!fate.keep) {
      close();
      removed.push({ text: line.text, reason: fate.reason, before: blocks.length });
      return;
    }
    if (fate.before.length > 0) close();
    for (const cut of fate.before) removed.push({ ...cut, before: blocks.length });
    if (line.cells <= 1 && !creditsAbove(line) && isHeading(fate.text, fates, k)) {
      close();
      blocks.push({ type: 'heading', text: fate.text, level: 2 });
    } else if (line.flat === null) {
      close();
      blocks.push({ type: 'paragraph', text: fate.text });
    } else {
      const words = shapeOf(fate.text).words;
      if (open && (open.flat !== line.flat || isFull(open) || DATELINE_START.test(fate.text)))
        close();
      open ??= { sentences: [], words: 0, flat: line.flat };
      open.sentences.push(fate.text);
      open.words += words;
    }
    if (fate.after.length > 0) close();
    for (const cut of fate.after) removed.push({ ...cut, before: blocks.length });
  });
  close();
  return { blocks, removed };
}

/**
 * The line hangs under the one above it and is set off from what follows
 * ("NASA Worldview" under a photo's caption): it belongs to what is above, a
 * credit or a caption's end, and heads nothing below, unless it asks a question.
 */
function creditsAbove(line: PasteLine): boolean {
  return !line.blankBefore && line.blankAfter && !QUESTION_END.test(line.text);
}

/** A question asks about what follows: a subheading wherever it hangs. */
const QUESTION_END = /[?？]["'”’»)]?$/u;

function isFull(paragraph: { sentences: string[]; words: number }): boolean {
  return paragraph.words >= PARAGRAPH_WORDS || paragraph.sentences.length >= PARAGRAPH_SENTENCES;
}

/** Short, not a finished statement (in any script), not a quote, and followed by a kept paragraph; never a table's row (see the caller). */
function isHeading(text: string, fates: readonly LineFate[], k: number): boolean {
  if (text.length > HEADING_MAX_CHARS) return false;
  const shape = shapeOf(text);
  if (shape.words === 0 || shape.words > HEADING_MAX_WORDS || shape.listItem || shape.address)
    return false;
  if (/[.:;,…。．：；，、]["'”’»)」』]?$/u.test(text) || /^["'“‘«「『]/u.test(text)) return false;
  const next = nextKept(fates, k);
  if (!next) return false;
  const nextShape = shapeOf(next.text);
  return nextShape.words > shape.words && nextShape.ending === 'stop';
}

/** Scans forward without copying: the scans of successive kept lines never overlap, so a story stays linear. */
function nextKept(fates: readonly LineFate[], k: number): { text: string } | undefined {
  for (let j = k + 1; j < fates.length; j++) {
    const fate = fates[j];
    if (fate.keep) return fate;
  }
  return undefined;
}
