import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TextFile } from 'lowdb/node';
import * as z from 'zod';
import { SIGNATURE_SLOTS } from './minhash.ts';
import type { TextSketch } from './near-duplicate-index.ts';
import { SHINGLE_WORDS } from './shingles.ts';

/**
 * The library's sketches as saved in its folder (`near-duplicates.jsonl`), so
 * a start need not read every clip's text again: a header line, then one line
 * per clip, `[id, revision, shingles, signature as base64]`. A file made with
 * other settings, or damaged, is ignored and the sketches made again.
 */
const FORMAT = 1;
const headerSchema = z.object({
  format: z.literal(FORMAT),
  slots: z.literal(SIGNATURE_SLOTS),
  shingleWords: z.literal(SHINGLE_WORDS),
});
const rowSchema = z.tuple([z.string(), z.int().nonnegative(), z.int().nonnegative(), z.base64()]);

export interface SavedSketch {
  id: string;
  revision: number;
  sketch: TextSketch;
}

export function sketchFile(libraryDir: string): string {
  return path.join(libraryDir, 'near-duplicates.jsonl');
}

/** The saved sketches; none when the file is missing, made otherwise, or damaged. */
export async function readSketches(file: string): Promise<SavedSketch[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  const [head, ...lines] = text.split('\n');
  if (!headerSchema.safeParse(parse(head)).success) return [];
  const out: SavedSketch[] = [];
  for (const line of lines) {
    if (!line) continue;
    const row = rowSchema.safeParse(parse(line));
    if (!row.success) return [];
    const [id, revision, shingles, signature] = row.data;
    const bytes = Buffer.from(signature, 'base64');
    if (bytes.byteLength !== SIGNATURE_SLOTS * 4) return [];
    out.push({
      id,
      revision,
      sketch: { shingles, signature: new Uint32Array(new Uint8Array(bytes).buffer) },
    });
  }
  return out;
}

export async function writeSketches(file: string, sketches: Iterable<SavedSketch>): Promise<void> {
  const lines = [
    JSON.stringify({ format: FORMAT, slots: SIGNATURE_SLOTS, shingleWords: SHINGLE_WORDS }),
  ];
  for (const { id, revision, sketch } of sketches)
    lines.push(
      JSON.stringify([
        id,
        revision,
        sketch.shingles,
        Buffer.from(
          sketch.signature.buffer,
          sketch.signature.byteOffset,
          sketch.signature.byteLength,
        ).toString('base64'),
      ]),
    );
  await mkdir(path.dirname(file), { recursive: true });
  await new TextFile(file).write(`${lines.join('\n')}\n`);
}

function parse(line: string | undefined): unknown {
  try {
    return JSON.parse(line ?? '');
  } catch {
    return undefined;
  }
}
