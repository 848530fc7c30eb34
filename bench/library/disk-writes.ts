import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

interface FileState {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * Every file under a folder (or only in it, or only the one named), with what
 * tells a rewrite: size, modification time, inode (an atomic rename makes a new one).
 */
export async function fileStates(
  dir: string,
  { recursive = true, only }: { recursive?: boolean; only?: string } = {},
): Promise<Map<string, FileState>> {
  const states = new Map<string, FileState>();
  const entries = await readdir(dir, { recursive, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile() || (only !== undefined && entry.name !== only)) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs, ino } = await stat(file);
    states.set(file, { size, mtimeMs, ino });
  }
  return states;
}

/**
 * Bytes written between two snapshots of a folder: a new or rewritten file
 * counts whole; a file only grown in place (the journal) counts what it grew by.
 */
export function bytesWritten(
  before: Map<string, FileState>,
  after: Map<string, FileState>,
): { bytes: number; files: string[] } {
  let bytes = 0;
  const files: string[] = [];
  for (const [file, now] of after) {
    const was = before.get(file);
    if (was && was.ino === now.ino && was.mtimeMs === now.mtimeMs && was.size === now.size)
      continue;
    const appended = was && was.ino === now.ino && now.size >= was.size;
    bytes += appended ? now.size - was.size : now.size;
    files.push(path.basename(file));
  }
  return { bytes, files };
}
