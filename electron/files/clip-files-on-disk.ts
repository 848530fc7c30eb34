import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../../common/limits.ts';
import type { ClipFilesResult, PresscutApi } from '../api/contract.ts';

/**
 * Clips files main was handed by path (a second launch, File ▸ Import
 * file…, a file opened with Presscut) the way the window's dropped files are
 * clipped: main reads them, `clipFiles` does the rest. A file that cannot be
 * read is reported beside the others.
 */
export async function clipFilesOnDisk(
  paths: readonly string[],
  clipFiles: PresscutApi['clipFiles'],
): Promise<ClipFilesResult> {
  const files = [];
  const failures: ClipFilesResult['failures'] = [];
  for (const file of paths) {
    const name = path.basename(file);
    try {
      files.push({ name, content: await readUpTo(file, MAX_FILE_BYTES + 1) });
    } catch (error) {
      const reason =
        (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'there is no such file'
          : (error as Error).message;
      failures.push({ name, message: `${name} could not be read: ${reason}.` });
    }
  }
  if (files.length === 0) return { clips: [], failures };
  const result = await clipFiles(files);
  return { clips: result.clips, failures: [...failures, ...result.failures] };
}

/** The file's text, read no further than `limit` bytes: one more than clipFiles takes is enough for it to say the file is too large. */
async function readUpTo(file: string, limit: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
