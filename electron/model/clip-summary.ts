import type { ClipRecord } from './clip.ts';

// Apart from clip.ts, so what needs only summaries (the search worker) does not load the schemas.

/**
 * What the list shows of a clip, and no more: the list of a big library
 * crosses IPC whole, and a 10,000-clip list of full records was 7.6 MB.
 */
export type ClipSummary = Pick<
  ClipRecord,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'published'
  | 'title'
  | 'source'
  | 'credit'
  | 'excerpt'
  | 'wordCount'
  | 'tags'
  | 'reading'
  | 'linkOnly'
> & { annotationCount: number };

export function toSummary(record: ClipRecord): ClipSummary {
  const {
    id,
    createdAt,
    updatedAt,
    published,
    title,
    source,
    credit,
    excerpt,
    wordCount,
    tags,
    reading,
    linkOnly,
    annotations,
  } = record;
  return {
    id,
    createdAt,
    updatedAt,
    published,
    title,
    source,
    credit,
    excerpt,
    wordCount,
    tags,
    reading,
    linkOnly,
    annotationCount: annotations.length,
  };
}
