import { PARAGRAPH_PROSE } from './prose.ts';
import { FURNITURE_STRENGTH, type JunkCause, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { sharedTerms, termsOf } from './vocabulary.ts';

/** The most short lines the story's text may resume after: a listing, a table, a list of steps. */
const RESUME_REACH = 20;
/**
 * Words this long carry what a text is about; shorter ones ("that", "eine",
 * "with") are shared by any two texts of a language.
 */
const TOPIC_WORD_LENGTH = 5;
/**
 * A paragraph of the story shares this much of its topic words with the text
 * above it; a box under the story (an author's note, a newsletter's pitch, a
 * teaser of another story) shares less.
 */
const RESUME_SHARE = 0.4;
/** Furniture that stands inside stories, which the story's text goes on after. */
const INSIDE_STORIES: ReadonlySet<JunkCause> = new Set([
  'repeated',
  'media',
  'advert',
  'copyright',
  'share',
]);

/**
 * Where the story's text ends once it resumes below a run of short lines. A
 * code listing, a table, a list or a pull quote is short lines that cost the
 * selector more than the paragraph after them weighs, so the heaviest run
 * stops above them; but when the paragraph after them speaks of what the
 * story speaks of (shares its words), the text goes on there, and the short
 * lines between are the story's too. Furniture that ends stories (a comments
 * heading, a headline list, a footer) stops the search.
 */
export function resumedEnd(
  start: number,
  end: number,
  limit: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  const vocabulary = new Set<string>();
  for (let i = start; i < end; i++)
    if (isParagraph(evidence[i])) termsOf(lines[i].text, TOPIC_WORD_LENGTH, vocabulary);
  for (;;) {
    let next = end;
    while (
      next < limit &&
      next - end < RESUME_REACH &&
      !isParagraph(evidence[next]) &&
      !endsStories(evidence[next])
    )
      next++;
    if (next >= limit || !isParagraph(evidence[next])) return end;
    if (sharedTerms(lines[next].text, vocabulary, TOPIC_WORD_LENGTH) < RESUME_SHARE) return end;
    termsOf(lines[next].text, TOPIC_WORD_LENGTH, vocabulary);
    end = next + 1;
  }
}

function isParagraph(e: LineEvidence): boolean {
  return e.prose >= PARAGRAPH_PROSE && !e.junk;
}

function endsStories(e: LineEvidence): boolean {
  return !!e.junk && e.junk.strength >= FURNITURE_STRENGTH && !INSIDE_STORIES.has(e.junk.cause);
}
