import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readHead } from './index-bytes.ts';
import { applyEntry, journalEntrySchema, type LibraryIndex } from './index-schema.ts';

/** The first bytes of the index file: far more than its tags and settings take. */
const HEAD_BYTES = 256 * 1024;

/** What the first screen shows of the library besides its clips. */
export type IndexHead = Pick<LibraryIndex, 'tags' | 'settings'>;

/**
 * The library's tags (their colours) and settings as the store will hold
 * them once open, read without reading its clips: from the start of the
 * index file, where they are written ahead of the clips, and the journal's
 * tag and settings lines after it. Milliseconds at 100,000 clips, where
 * reading the index takes seconds. Null when the file does not start with
 * them (an index written before they went first, one of an older version,
 * or a damaged one): they then wait for the store. Reads only: the store,
 * opening, is what repairs a file.
 */
export async function readIndexHead(dir: string): Promise<IndexHead | null> {
  const file = path.join(dir, 'index.json');
  const head = await firstBytes(file);
  const shell = head && readHead(head, file);
  if (!shell) return null;
  const index: LibraryIndex = { ...shell, clips: {} };
  for (const entry of await tagAndSettingsLines(path.join(dir, 'journal.jsonl'))) {
    if (entry.seq <= index.seq) continue;
    applyEntry(index, entry);
    index.seq = entry.seq;
  }
  return { tags: index.tags, settings: index.settings };
}

async function firstBytes(file: string): Promise<Uint8Array | null> {
  const handle = await open(file, 'r').catch(() => null);
  if (!handle) return null;
  try {
    // Anything but a file (a pipe) is left to the store: reading it here would take what the store reads.
    if (!(await handle.stat()).isFile()) return null;
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The journal's whole lines that change a tag or the settings, in order; a line that cannot be read is the store's to report. */
async function tagAndSettingsLines(file: string) {
  const text = await readFile(file, 'utf8').catch(() => '');
  const entries = [];
  for (const line of text.slice(0, text.lastIndexOf('\n') + 1).split('\n')) {
    // Quotes inside a value are escaped: only an entry's own kind reads so.
    if (!line.includes('"kind":"tag"') && !line.includes('"kind":"settings"')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      continue;
    }
    const entry = journalEntrySchema.safeParse(parsed);
    if (entry.success && entry.data.kind !== 'clip') entries.push(entry.data);
  }
  return entries;
}
