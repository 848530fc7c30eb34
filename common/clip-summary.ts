/**
 * What the library list shows of a clip, made in one place for both
 * processes: main answers with it, and the window turns a changed record it
 * got back (a new highlight, a tag) into the list's line the same way.
 */

/** The record's fields the list carries, and no more: a 10,000-clip list of full records was 7.6 MB. */
export const SUMMARY_FIELDS = [
  'id',
  'createdAt',
  'updatedAt',
  'published',
  'title',
  'source',
  'credit',
  'excerpt',
  'wordCount',
  'tags',
  'reading',
  'linkOnly',
] as const;

export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** A record's summary: its list fields, and how many annotations it has. */
export type SummaryOf<R extends { annotations: readonly unknown[] }> = Pick<
  R,
  SummaryField & keyof R
> & {
  annotationCount: number;
};

export function summaryOf<
  R extends { annotations: readonly unknown[] } & Record<SummaryField, unknown>,
>(record: R): SummaryOf<R> {
  const summary = { annotationCount: record.annotations.length } as Record<string, unknown>;
  for (const field of SUMMARY_FIELDS) summary[field] = record[field];
  return summary as SummaryOf<R>;
}
