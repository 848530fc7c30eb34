import { createHash } from 'node:crypto';
import type { ClipRecord } from '../model/clip.ts';
import { printedDay } from '../model/clip-day.ts';
import { toSummary } from '../model/clip-summary.ts';
import { tagKey } from '../../common/tag-names.ts';
import { phraseText, termsOf } from './terms.ts';

/**
 * Put between the lines of a field (one tag, one note each): a token no
 * typed word folds to, so a phrase never runs from one line into the next.
 */
export const LINE_BREAK = '\ue000';

/** What the search database keeps of a clip's record. */
export interface ClipRow {
  id: string;
  /** Clipped at, ms since the epoch: the list's order, newest first. */
  created: number;
  /** The article's place in its paste, for clips clipped together. */
  position: number;
  /** The day its outlet printed (YYYY-MM-DD), when it printed one. */
  publishedDay: string | null;
  read: boolean;
  archived: boolean;
  favorite: boolean;
  annotated: boolean;
  noted: boolean;
  /** The outlet's name as words (`phraseText`), for `source:`. */
  sourceWords: string | null;
  tags: string[];
  /** The summary the list shows, as JSON. */
  summary: string;
  /** The record's short fields, folded, as the full-text index takes them. */
  fields: FtsFields;
  revision: number;
  /** Changes whenever anything the full-text index holds of the clip changes: its fields or its text's revision. */
  ftsHash: string;
  /** Changes whenever the record changes at all. */
  recordHash: string;
}

/** What the full-text index holds of a clip besides its text (its tags are in a table of their own). */
export interface FtsFields {
  title: string;
  source: string;
  notes: string;
}

function hash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

function folded(lines: readonly string[]): string {
  return lines
    .map((line) => termsOf(line).join(' '))
    .filter(Boolean)
    .join(` ${LINE_BREAK} `);
}

/** A record as the search database keeps it. Deleted clips are not kept. */
export function clipRow(record: ClipRecord): ClipRow {
  const notes = [record.note, ...record.annotations.map((a) => a.note)].filter((n) => n.trim());
  const fields: FtsFields = {
    title: folded([record.title]),
    source: folded(record.source ? [record.source] : []),
    notes: folded(notes.flatMap((n) => n.split('\n'))),
  };
  return {
    id: record.id,
    created: Date.parse(record.createdAt),
    position: record.articleIndex,
    publishedDay: printedDay(record),
    read: record.reading.read,
    archived: record.reading.archived,
    favorite: record.reading.favorite,
    annotated: record.annotations.length > 0,
    noted: notes.length > 0,
    sourceWords: record.source === null ? null : phraseText(record.source),
    tags: [...new Set(record.tags)],
    summary: JSON.stringify(toSummary(record)),
    fields,
    revision: record.revision,
    ftsHash: hash(JSON.stringify([fields, record.revision])),
    recordHash: hash(JSON.stringify(record)),
  };
}

/** The distinct keys of a row's tags, for `tag:`. */
export function tagKeys(row: ClipRow): Array<[tag: string, key: string]> {
  return row.tags.map((tag) => [tag, tagKey(tag)]);
}
