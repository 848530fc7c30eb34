import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportFileData, ImportSummary } from '../../api/contract.ts';
import { IMPORT_LIMITS, megabytes } from '../../transfer/limits.ts';
import { withService } from '../open-library.ts';

/** The files a path names: itself, or every file under a folder (symbolic links are not followed). */
async function filesUnder(target: string, problems: string[]): Promise<string[]> {
  const info = await stat(target).catch((error: Error) => {
    problems.push(`${target}: ${error.message}`);
    return null;
  });
  if (!info) return [];
  if (!info.isDirectory()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Reads a file, refusing by its size before reading a byte of one that is too large. */
async function readLimited(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size > IMPORT_LIMITS.fileBytes)
      throw new Error(
        `it is over ${megabytes(IMPORT_LIMITS.fileBytes)}, more than Presscut imports at once`,
      );
    return new Uint8Array(await handle.readFile());
  } finally {
    await handle.close();
  }
}

export function describeSummary(summary: ImportSummary): string[] {
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Added ${plural(summary.added, 'clip', 'clips')}` +
      (summary.completed
        ? `, completed ${plural(summary.completed, 'link-only clip', 'link-only clips')}`
        : '') +
      (summary.merged
        ? `, merged ${plural(summary.merged, 'record', 'records')} with clips of the same article (${summary.mergedAdded.join(', ')} added)`
        : '') +
      `; ${plural(summary.duplicates, 'duplicate', 'duplicates')} left out.`,
  ];
  if (summary.waitingHighlights)
    lines.push(
      `${plural(summary.waitingHighlights, 'highlight waits', 'highlights wait')} for the article's text (kept as orphans).`,
    );
  for (const s of summary.skipped) lines.push(`Skipped ${s.item}: ${s.reason}`);
  for (const f of summary.failed) lines.push(`Failed ${f.item}: ${f.reason}`);
  for (const n of summary.notes) lines.push(`Note on ${n.item}: ${n.reason}`);
  return lines;
}

export async function runImportCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { library: { type: 'string' } },
  });
  if (positionals.length === 0) {
    console.error('presscut import: give at least one FILE or folder');
    return 2;
  }
  const problems: string[] = [];
  const paths = (await Promise.all(positionals.map((p) => filesUnder(p, problems)))).flat();
  if (paths.length > IMPORT_LIMITS.files) {
    console.error(
      `presscut import: ${paths.length} files is more than ${IMPORT_LIMITS.files} at once; import the folder in parts`,
    );
    return 1;
  }
  const files: ImportFileData[] = [];
  for (const file of paths) {
    try {
      files.push({ name: file, bytes: await readLimited(file) });
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
    }
  }
  for (const problem of problems) console.error(`presscut import: ${problem}; it was not imported`);
  if (files.length === 0) return 1;
  const summary = await withService('import', values.library, (service) =>
    service.importFiles(files),
  );
  for (const line of describeSummary(summary)) console.log(line);
  return problems.length > 0 && summary.added + summary.completed === 0 ? 1 : 0;
}
