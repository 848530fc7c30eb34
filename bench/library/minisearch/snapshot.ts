import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { TextFile } from 'lowdb/node';
import type MiniSearch from 'minisearch';
import type { AsPlainObject } from 'minisearch';
import * as z from 'zod';
import type { ClipDocument } from './clip-document.ts';

/**
 * The search index as saved in the library folder (`search/index.jsonl`), so
 * a start loads it rather than read every clip's text again. It holds the
 * documents it was built from, which tell what changed in the library since.
 *
 * One JSON value a line: a header, then the documents and MiniSearch's terms
 * in chunks. Each line is parsed in a turn of its own, so loading a big index
 * never holds the main process (and the window's calls) for long.
 * Bump FORMAT whenever what is indexed, or how, changes: an older file is then rebuilt.
 */
export const FORMAT = 2;
const DOCS_PER_LINE = 500;
const TERMS_PER_LINE = 2000;

type DocumentRow = [
  id: string,
  revision: number,
  title: string,
  source: string,
  tags: string,
  notes: string,
  text: string,
];

const headerSchema = z.object({
  format: z.literal(FORMAT),
  /** MiniSearch's serialised form, less its terms. */
  miniSearch: z.looseObject({ serializationVersion: z.int() }),
});
const lineSchema = z.union([
  z.object({
    docs: z.array(
      z.tuple([
        z.string(),
        z.int().nonnegative(),
        z.string(),
        z.string(),
        z.string(),
        z.string(),
        z.string(),
      ]),
    ),
  }),
  z.object({ terms: z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())])) }),
]);

export interface Snapshot {
  docs: ClipDocument[];
  /** For `MiniSearch.loadJSAsync`. */
  index: AsPlainObject;
}

export function snapshotFile(libraryDir: string): string {
  return path.join(libraryDir, 'search', 'minisearch.jsonl');
}

/** The saved index; null when there is none, or it cannot be used (damaged, or from another version): it is then rebuilt. */
export async function readSnapshot(
  file: string,
): Promise<{ snapshot: Snapshot | null; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { snapshot: null, problem: null };
    return { snapshot: null, problem: `cannot read ${file}: ${(error as Error).message}` };
  }
  const lines = text.split('\n');
  const header = headerSchema.safeParse(parseLine(lines[0]));
  if (!header.success)
    return {
      snapshot: null,
      problem: `${file} is not a Presscut search index of format ${FORMAT}`,
    };
  const docs: ClipDocument[] = [];
  const terms: AsPlainObject['index'] = [];
  for (const [i, line] of lines.slice(1).entries()) {
    if (!line) continue;
    await nextTurn();
    const parsed = lineSchema.safeParse(parseLine(line));
    if (!parsed.success) return { snapshot: null, problem: `${file} is damaged at line ${i + 2}` };
    if ('docs' in parsed.data) {
      for (const [id, revision, title, source, tags, notes, text] of parsed.data.docs)
        docs.push({ id, revision, title, source, tags, notes, text });
    } else terms.push(...(parsed.data.terms as AsPlainObject['index']));
  }
  return {
    snapshot: {
      docs,
      index: { ...(header.data.miniSearch as unknown as AsPlainObject), index: terms },
    },
    problem: null,
  };
}

/**
 * The index as lines of JSON. What it holds is taken at once, so changes made
 * while the lines are being written out do not slip in half-done; each line
 * is written out in a turn of its own.
 */
export async function captureSnapshot(
  docs: Iterable<ClipDocument>,
  index: MiniSearch<ClipDocument>,
): Promise<string> {
  const { index: terms, ...miniSearch } = index.toJSON();
  const rows: DocumentRow[] = [];
  for (const d of docs) rows.push([d.id, d.revision, d.title, d.source, d.tags, d.notes, d.text]);
  const lines = [JSON.stringify({ format: FORMAT, miniSearch })];
  for (let i = 0; i < rows.length; i += DOCS_PER_LINE) {
    await nextTurn();
    lines.push(JSON.stringify({ docs: rows.slice(i, i + DOCS_PER_LINE) }));
  }
  for (let i = 0; i < terms.length; i += TERMS_PER_LINE) {
    await nextTurn();
    lines.push(JSON.stringify({ terms: terms.slice(i, i + TERMS_PER_LINE) }));
  }
  return lines.join('\n') + '\n';
}

/** Writes a captured snapshot atomically (a temporary file, then a rename). */
export async function writeSnapshot(file: string, captured: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await new TextFile(file).write(captured);
}

function parseLine(line: string | undefined): unknown {
  try {
    return JSON.parse(line ?? '');
  } catch {
    return undefined;
  }
}
