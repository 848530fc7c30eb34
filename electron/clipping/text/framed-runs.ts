import { PARAGRAPH_PROSE } from './prose.ts';
import type { LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';

/** The longest run of short lines a sentence may introduce: a listing, a table, a recipe's ingredients. */
const FRAMED_MAX_LINES = 40;
/** What a framed line is worth to the selector at least: nothing, neither story text nor a cost. */
const FRAMED_WEIGHT = 0;
/** The introducing sentence has a subject and a verb at least. */
const INTRO_MIN_WORDS = 3;
/** After the run, the story's text goes on for this many paragraphs within a few lines; a box ends on its one paragraph. */
const RESUME_LINES = 5;
const RESUME_PARAGRAPHS = 2;

/**
 * Short lines that a sentence of the text introduces ("…looks like this:",
 * "You will need:") and after which the text goes on are the story's own: a
 * code listing, a table, a list of ingredients or dates. Each cost the
 * selector what a stray short line costs, so a long run cut the story in two
 * at its first listing; framed so, they cost nothing. Furniture among them
 * still goes (it keeps its evidence), and a menu is neither introduced by a
 * sentence nor followed by the story's paragraphs. Returns new evidence.
 */
export function markFramedRuns(
  lines: readonly PasteLine[],
  scored: readonly LineEvidence[],
): LineEvidence[] {
  const evidence = [...scored];
  for (let i = 0; i < lines.length; i++) {
    if (!introduces(evidence[i])) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= FRAMED_MAX_LINES && isShortContent(evidence[end]))
      end++;
    if (end === i + 1 || !storyGoesOn(evidence, end)) continue;
    for (let k = i + 1; k < end; k++)
      evidence[k] = { ...evidence[k], weight: Math.max(evidence[k].weight, FRAMED_WEIGHT) };
    i = end - 1;
  }
  return evidence;
}

/** A sentence ending with a colon, which is no furniture. */
function introduces(e: LineEvidence): boolean {
  return e.shape.ending === 'colon' && e.shape.size >= INTRO_MIN_WORDS && !e.junk && e.prose > 0;
}

/** A line of the run: no paragraph, no UI label (a repeated line may be a listing's). */
function isShortContent(e: LineEvidence): boolean {
  return e.prose < PARAGRAPH_PROSE && !e.label && (!e.junk || e.junk.cause === 'repeated');
}

function isParagraph(e: LineEvidence): boolean {
  return e.prose >= PARAGRAPH_PROSE && !e.junk;
}

function storyGoesOn(evidence: readonly LineEvidence[], from: number): boolean {
  if (from >= evidence.length || !isParagraph(evidence[from])) return false;
  let paragraphs = 0;
  for (let k = from; k < Math.min(evidence.length, from + RESUME_LINES); k++)
    if (isParagraph(evidence[k])) paragraphs++;
  return paragraphs >= RESUME_PARAGRAPHS;
}
