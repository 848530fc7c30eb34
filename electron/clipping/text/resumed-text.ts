import { FURNITURE_STRENGTH, type JunkCause, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { sharedTerms, termsOf, TOPIC_WORD_LENGTH } from './vocabulary.ts';

/** The most short lines the story's text may resume after: a listing, a table, a list of steps. */
const RESUME_REACH = 20;
/**
 * The text resumes at a sentence of fifteen words or so, a little less than a
 * paragraph (PARAGRAPH_PROSE, 2): a recipe's or a listing's opening is often
 * one sentence.
 */
const RESUME_PROSE = 1.75;
/**
 * A paragraph of the story shares this much of its topic words with the text
 * above it, a third or more; a box under the story (an author's note, a
 * newsletter's pitch, a teaser of another story) shares less.
 */
const RESUME_SHARE = 0.35;
/** Furniture that stands inside stories, which the story's text goes on after. */
const INSIDE_STORIES: ReadonlySet<JunkCause> = new Set([
  'repeated',
  'media',
  'advert',
  'copyright',
  'share',
]);

/**
 * The story's text once it resumes beyond a run of short lines, above or
 * below. A code listing, a table, a list or a pull quote is short lines that
 * cost the selector more than the paragraph beyond them weighs, so the
 * heaviest run stops at them; but when that paragraph speaks of what the
 * story speaks of (shares its words), the text goes on there, and the short
 * lines between are the story's too. Furniture that ends stories (a comments
 * heading, a headline list, a footer) stops the search, and so do `from` (the
 * story's header) and `to` (the next story's). Returns the new [start, end).
 */
export function resumedText(
  region: { start: number; end: number },
  from: number,
  to: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): { start: number; end: number } {
  // The story's words, gathered only once a paragraph beyond a run asks for them: most runs have none.
  let vocabulary: Set<string> | null = null;
  const gather = (): Set<string> => {
    const words = new Set<string>();
    for (let i = region.start; i < region.end; i++)
      if (isParagraph(evidence[i])) termsOf(lines[i].text, TOPIC_WORD_LENGTH, words);
    return words;
  };
  const storyWords = (): Set<string> => (vocabulary ??= gather());
  // Beyond the edge `edge` (the first line outside, stepping by `step`), the paragraph the text resumes at, or -1.
  const resumesAt = (edge: number, step: 1 | -1): number => {
    let next = edge;
    const inside = (i: number) => i >= from && i < to && Math.abs(i - edge) < RESUME_REACH;
    while (inside(next) && !isParagraph(evidence[next]) && !endsStories(evidence[next]))
      next += step;
    if (!inside(next) || !isParagraph(evidence[next])) return -1;
    const words = storyWords();
    const terms = termsOf(lines[next].text, TOPIC_WORD_LENGTH);
    if (sharedTerms(terms, words) < RESUME_SHARE) return -1;
    for (const t of terms) words.add(t);
    return next;
  };
  let { start, end } = region;
  for (let next = resumesAt(end, 1); next >= 0; next = resumesAt(end, 1)) end = next + 1;
  for (let next = resumesAt(start - 1, -1); next >= 0; next = resumesAt(start - 1, -1))
    start = next;
  return { start, end };
}

/** A sentence or a paragraph of text, no furniture. */
function isParagraph(e: LineEvidence): boolean {
  return e.prose >= RESUME_PROSE && !e.junk;
}

function endsStories(e: LineEvidence): boolean {
  return !!e.junk && e.junk.strength >= FURNITURE_STRENGTH && !INSIDE_STORIES.has(e.junk.cause);
}
