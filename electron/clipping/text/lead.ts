import { PARAGRAPH_PROSE } from './prose.ts';
import type { MetaLines } from './meta-lines.ts';
import { RUN_IN_SHARE, type JunkCause, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';

/**
 * What marks a paragraph right under the story's title as furniture, though
 * it is the story's: it ends in "…" as a teaser does, or a headline list
 * above the title was taken to run on to it.
 */
const OWN_LEAD: ReadonlySet<JunkCause> = new Set(['teaser', 'listed']);

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
 * story's own. A lead the paste runs in with the title (no blank line around
 * it) scores half a paragraph's prose; it is the lead only right under the
 * title, or under its date and byline. Returns the line the story's text
 * starts at.
 */
export function leadStart(
  title: number | null,
  start: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): number {
  if (title === null || title >= start || start - title > LEAD_GAP) return start;
  let underTitle = true;
  for (let i = title + 1; i < Math.min(start, title + 1 + LEAD_REACH); i++) {
    const e = evidence[i];
    const own = (!e.junk || OWN_LEAD.has(e.junk.cause)) && lines[i].flat === null;
    if (own && isLead(e)) return i;
    if (own && underTitle && isRunInLead(e) && !textBetween(i + 1, start, evidence)) return i;
    underTitle &&= meta.isBylineOrDate(i);
  }
  return start;
}

/** Text between a line run in under the title and the chosen text (a newsletter's pitch): the line is a dek, not the lead. */
function textBetween(from: number, to: number, evidence: readonly LineEvidence[]): boolean {
  for (let i = from; i < to; i++)
    if (!evidence[i].junk && (isLead(evidence[i]) || isRunInLead(evidence[i]))) return true;
  return false;
}

/**
 * The story's standfirst: its first paragraph, right under its title and in
 * its text, when it ends in "…" as a teaser does or a headline list was taken
 * to run on to it. A teaser of another story stands in a list of them; the
 * one paragraph between a story's title and its text is the story's own.
 * Returns its line, or null.
 */
export function standfirst(
  title: number | null,
  start: number,
  evidence: readonly LineEvidence[],
): number | null {
  if (title === null) return null;
  for (let i = title + 1; i < Math.min(evidence.length, title + 1 + LEAD_REACH); i++) {
    if (!isLead(evidence[i]) && !isRunInLead(evidence[i])) continue;
    const cause = evidence[i].junk?.cause;
    return i >= start && cause && OWN_LEAD.has(cause) ? i : null;
  }
  return null;
}

function isLead(e: LineEvidence): boolean {
  return e.prose >= PARAGRAPH_PROSE;
}

/** A paragraph's prose, halved as the scorer halves a line run in with its neighbours. */
function isRunInLead(e: LineEvidence): boolean {
  return e.layout === 'run-in' && e.prose >= PARAGRAPH_PROSE * RUN_IN_SHARE;
}
