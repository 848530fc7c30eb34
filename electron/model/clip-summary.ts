import { summaryOf, type SummaryOf } from '../../common/clip-summary.ts';
import type { ClipRecord } from './clip.ts';

// Apart from clip.ts, so what needs only summaries (the search worker) does not load the schemas.

/** What the list shows of a clip (its fields are in `common/clip-summary.ts`, which the window uses too). */
export type ClipSummary = SummaryOf<ClipRecord>;

/** The list's line for a clip. */
export function toSummary(record: ClipRecord): ClipSummary {
  return summaryOf(record);
}
