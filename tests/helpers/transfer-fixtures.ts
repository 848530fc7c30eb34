import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { ImportFileData } from '../../electron/api/contract.ts';

const ROOT = path.resolve(import.meta.dirname, '../fixtures/transfer');

/** A fixture file as an import gets it, named as it was exported. */
export async function fixture(
  relative: string,
  name = path.basename(relative),
): Promise<ImportFileData> {
  return { name, bytes: new Uint8Array(await readFile(path.join(ROOT, relative))) };
}

/** Fixture files packed into a ZIP, as the service exported them; paths relative to `folder`. */
export async function zipOf(
  name: string,
  folder: string,
  relatives: string[],
): Promise<ImportFileData> {
  const files: Record<string, Uint8Array> = {};
  for (const r of relatives) files[r] = new Uint8Array(await readFile(path.join(ROOT, folder, r)));
  return { name, bytes: zipSync(files) };
}

export const OMNIVORE_FILES = [
  'metadata_0_to_4.json',
  'content/city-trams-return-18c2a.html',
  'content/How-Bees-Choose-A-Home-18c2b.html',
  'highlights/city-trams-return-18c2a.md',
];
