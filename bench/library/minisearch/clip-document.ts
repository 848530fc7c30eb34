import type { ClipRecord } from '../../../electron/model/clip.ts';

/** What the search index holds of a clip. */
export interface ClipDocument {
  id: string;
  /** The revision of the clip's text that `text` was made from. */
  revision: number;
  title: string;
  source: string;
  /** One tag per line. */
  tags: string;
  /** The page note and every annotation's note, one per line. */
  notes: string;
  /** The body as terms (see `phraseText`): the index reads its words from it, phrases are looked for in it. */
  text: string;
}

export const SEARCHED_FIELDS = ['title', 'text', 'source', 'tags', 'notes'] as const;
export type SearchedField = (typeof SEARCHED_FIELDS)[number];

/** The parts of a document that come from the clip's record rather than its text. */
export type RecordFields = Pick<ClipDocument, 'title' | 'source' | 'tags' | 'notes'>;

export function recordFields(record: ClipRecord): RecordFields {
  return {
    title: record.title,
    source: record.source ?? '',
    tags: record.tags.join('\n'),
    notes: [record.note, ...record.annotations.map((a) => a.note)]
      .filter((n) => n.trim())
      .join('\n'),
  };
}

export function sameRecordFields(doc: ClipDocument, fields: RecordFields): boolean {
  return (
    doc.title === fields.title &&
    doc.source === fields.source &&
    doc.tags === fields.tags &&
    doc.notes === fields.notes
  );
}

export { liveRecord } from '../../../electron/library/live-record.ts';
