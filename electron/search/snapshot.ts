import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import type MiniSearch from 'minisearch';
import { z } from 'zod';
import type { ClipDocument } from './clip-document.ts';

/**
 * The search index as saved in the library folder (`search/index.json`), so a
 * start loads it rather than read every clip's text again. It holds the
 * documents it was built from, which tell what changed in the library since.
 * Bump FORMAT whenever what is indexed, or how, changes: an older file is then rebuilt.
 */
export const FORMAT = 1;

type DocumentRow = [id: string, revision: number, title: string, source: string, tags: string, notes: string, text: string];

const snapshotSchema = z.object({
  format: z.literal(FORMAT),
  docs: z.array(z.tuple([z.string(), z.int().nonnegative(), z.string(), z.string(), z.string(), z.string(), z.string()])),
  index: z.looseObject({ serializationVersion: z.int() }),
});

export interface Snapshot {
  docs: ClipDocument[];
  /** MiniSearch's own serialised form, for `MiniSearch.loadJS`. */
  index: Parameters<typeof MiniSearch.loadJS>[0];
}

export function snapshotFile(libraryDir: string): string {
  return path.join(libraryDir, 'search', 'index.json');
}

/** The saved index; null when there is none, or it cannot be used (damaged, or from another version): it is then rebuilt. */
export async function readSnapshot(file: string): Promise<{ snapshot: Snapshot | null; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { snapshot: null, problem: null };
    return { snapshot: null, problem: `cannot read ${file}: ${(error as Error).message}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { snapshot: null, problem: `${file} is not valid JSON` };
  }
  const parsed = snapshotSchema.safeParse(raw);
  if (!parsed.success) return { snapshot: null, problem: `${file} is not a Presscut search index of format ${FORMAT}` };
  const docs = parsed.data.docs.map(([id, revision, title, source, tags, notes, text]) => ({ id, revision, title, source, tags, notes, text }));
  return { snapshot: { docs, index: parsed.data.index as unknown as Snapshot['index'] }, problem: null };
}

/** The index as JSON, taken now: changes made while it is being written do not slip into it half-done. */
export function captureSnapshot(docs: Iterable<ClipDocument>, index: MiniSearch<ClipDocument>): string {
  const rows: DocumentRow[] = [];
  for (const d of docs) rows.push([d.id, d.revision, d.title, d.source, d.tags, d.notes, d.text]);
  return JSON.stringify({ format: FORMAT, docs: rows, index });
}

/** Writes a captured snapshot atomically (a temporary file, then a rename). */
export async function writeSnapshot(file: string, captured: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await new TextFile(file).write(captured);
}
