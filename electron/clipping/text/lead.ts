import { PARAGRAPH_PROSE } from './prose.ts';
import type { LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';

/**
 * How far under its title a story's lead may stand, and how far below the
 * title the chosen text may start: further off, the paragraph is a box's.
 */
const LEAD_REACH = 5;
const LEAD_GAP = 10;

/**
 * The story's lead: a paragraph right under its title, above the text the
 * selector chose, with a byline, a date, a photo or a table of contents
 * between. Those cost the selector more than the lone paragraph weighs, so the
 * heaviest run starts below it; but a paragraph under the title is the
 * story's own. Returns the line the story's text starts at.
 */
export function leadStart(
  title: number | null,
  start: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  if (title === null || title >= start || start - title > LEAD_GAP) return start;
  for (let i = title + 1; i < Math.min(start, title + 1 + LEAD_REACH); i++) {
    const e = evidence[i];
    if (isLead(e) && (!e.junk || e.junk.cause === 'teaser') && lines[i].flat === null) return i;
  }
  return start;
}

/**
 * The story's standfirst: its first paragraph, right under its title and in
 * its text, when it ends in "…" as a teaser does. A teaser of another story
 * stands in a list of them; the one paragraph between a story's title and its
 * text is the story's own. Returns its line, or null.
 */
export function standfirst(
  title: number | null,
  start: number,
  evidence: readonly LineEvidence[],
): number | null {
  if (title === null) return null;
  for (let i = title + 1; i < Math.min(evidence.length, title + 1 + LEAD_REACH); i++) {
    if (!isLead(evidence[i])) continue;
    return i >= start && evidence[i].junk?.cause === 'teaser' ? i : null;
  }
  return null;
}

function isLead(e: LineEvidence): boolean {
  return e.prose >= PARAGRAPH_PROSE;
}
