import type { ClipRecord } from './clip.ts';

/**
 * The day a clip is dated by (`before:` and `after:`, press reviews): the day
 * it was published as its outlet printed it, else the day it was clipped, on
 * this computer's calendar.
 */
export function clipDay(record: ClipRecord): string {
  const printed = printedDay(record);
  if (printed) return printed;
  const at = new Date(record.createdAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** The day the outlet printed (YYYY-MM-DD), when it printed one. */
export function printedDay(record: Pick<ClipRecord, 'published'>): string | null {
  const printed = record.published && /^\d{4}-\d{2}-\d{2}/.exec(record.published);
  return printed ? printed[0] : null;
}
