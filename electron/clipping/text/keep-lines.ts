import type { MetaLines } from './meta-lines.ts';
import type { LineEvidence } from './score-lines.ts';
import type { Region } from './select-region.ts';

/** What became of one line inside a story's region. */
export type LineFate = { keep: true } | { keep: false; reason: string };

/** Furniture weaker than this inside a story is given the benefit of the doubt. */
const JUNK_STRENGTH = 1;
/** A line this short that is not plain prose is checked for a date or a byline. */
const META_SIZE = 14;

/**
 * Decides line by line what stays of a story's region: paragraphs stay, and so
 * do short lines (subheadings, list items) that stand among them; furniture,
 * dates and bylines go.
 */
export function keepLines(region: Region, evidence: readonly LineEvidence[], meta: MetaLines): LineFate[] {
  const fates: LineFate[] = [];
  for (let i = region.start; i < region.end; i++) {
    const e = evidence[i];
    if (e.junk && e.junk.strength >= JUNK_STRENGTH) fates.push({ keep: false, reason: e.junk.reason });
    else if (e.shape.size <= META_SIZE && e.prose < 2 && meta.isMeta(i)) fates.push({ keep: false, reason: 'byline or date' });
    else fates.push({ keep: true });
  }
  return fates;
}
