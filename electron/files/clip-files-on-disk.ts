import { open } from 'node:fs/promises';
import path from 'node:path';
import { MAX_FILE_BYTES } from '../../common/limits.ts';
import { PresscutError } from '../../common/errors.ts';
import type { ClipFilesResult, PresscutApi } from '../api/contract.ts';
import { decodeUtf8 } from '../transfer/text.ts';

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
      files.push({ name, content: await readUpTo(file, name, MAX_FILE_BYTES + 1) });
    } catch (error) {
      if (error instanceof PresscutError) {
        failures.push({ name, message: error.message });
        continue;
      }
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

/**
 * The file's text, read no further than `limit` bytes: one more than
 * clipFiles takes is enough for it to say the file is too large. Text that is
 * not UTF-8 is refused, as an import refuses it, not read with its bad bytes
 * replaced.
 */
async function readUpTo(file: string, name: string, limit: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(Math.min(limit, (await handle.stat()).size));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const bytes = buffer.subarray(0, bytesRead);
    // Cut at the limit, the last character may be cut too: clipFiles refuses the file for its size anyway.
    return bytesRead >= limit ? bytes.toString('utf8') : decodeUtf8(bytes, name);
  } finally {
    await handle.close();
  }
}
