import type { ClipRecord, ClipSummary } from '../../electron/api/contract.ts';

/** The list's line for a clip, from its full record (as main's `listClips` makes it). */
export function summaryOf(record: ClipRecord): ClipSummary {
  const { annotations, note: _note, ...rest } = record;
  return { ...rest, annotationCount: annotations.length };
}
