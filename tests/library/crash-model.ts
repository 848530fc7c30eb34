/**
 * What crash.test.ts and its writer (crash-child.ts) agree on: how a clip is
 * summed up for comparison, and the lines the writer prints.
 */
import { createHash } from 'node:crypto';
import type { ClipBody, ClipRecord } from '../../electron/model/clip.ts';

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/**
 * A clip's record, as a hash: all of it but the time of its last change and
 * the time it was deleted (whether it is deleted counts), which the store
 * sets itself.
 */
export function recordHash(record: ClipRecord): string {
  const { updatedAt: _updatedAt, deletedAt, ...rest } = record;
  return hash({ ...rest, deleted: deletedAt !== null });
}

/** A clip's text and the paste it came from, as a hash (without the clip's id, which a pasted clip gets from the store). */
export function textHash(body: ClipBody, paste: string): string {
  const { id: _id, ...rest } = body;
  return hash({ ...rest, paste });
}

export function settingsHash(settings: unknown): string {
  return hash(settings);
}

/** What a write is to do, printed before it starts. */
export interface Attempt {
  kind: string;
  /** Clips the library holds or that the write names, as they are to be after it. */
  clips: Record<string, { record: string; text?: string }>;
  /** Pasted clips, whose ids the store has yet to give: their titles and texts. */
  added: { title: string; text: string }[];
  tags: Record<string, string | null>;
  settings?: string;
}

/** A line the writer prints: what it is about to do, or that the store acknowledged it (with the ids of pasted clips). */
export type WriterLine = { attempt: Attempt } | { acknowledged: string[] };
