import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, type ExportSelection } from '../../api/contract.ts';
import { runExport } from '../../transfer/export/run-export.ts';
import { zipFiles } from '../../transfer/zip.ts';
import { findWithIndex } from '../find-with-index.ts';
import { isFolder } from '../is-folder.ts';
import { openLibrary } from '../open-library.ts';
import { progressLine } from '../progress-line.ts';

const FORMATS: readonly ExportFormat[] = EXPORT_FORMATS;

export async function runExportCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      library: { type: 'string' },
      format: { type: 'string' },
      tag: { type: 'string' },
      query: { type: 'string' },
      unread: { type: 'boolean' },
      id: { type: 'string', multiple: true },
      out: { type: 'string' },
      zip: { type: 'boolean' },
    },
  });
  const format = values.format as ExportFormat | undefined;
  if (!format || !FORMATS.includes(format) || !values.out) {
    console.error(`presscut export: give --format (${FORMATS.join(', ')}) and --out PATH`);
    return 2;
  }
  const selection: ExportSelection = {
    ...(values.id && { ids: values.id }),
    ...(values.tag && { tag: values.tag }),
    ...(values.query && { query: values.query }),
    ...(values.unread && { unread: true }),
  };
  const store = await openLibrary(values.library);
  const progress = progressLine('export');
  try {
    const now = new Date();
    const output = await runExport(
      store,
      { format, selection },
      { now, find: (query) => findWithIndex(store, query), onProgress: progress.update },
    );
    progress.end();
    const out = path.resolve(values.out);
    if (format === 'markdown' && !values.zip) {
      // One file per clip, into a folder (an Obsidian vault, a Logseq graph); files of the same name are replaced.
      await mkdir(out, { recursive: true });
      for (const file of output.files) await writeFile(path.join(out, file.name), file.bytes);
      console.log(
        `Wrote ${output.files.length === 1 ? 'one file' : `${output.files.length} files`} to ${out}`,
      );
    } else {
      const target = (await isFolder(out)) ? path.join(out, output.bundleName) : out;
      const bytes =
        format === 'markdown'
          ? zipFiles(
              output.files.map((f) => ({ path: f.name, bytes: f.bytes })),
              now,
            )
          : output.files[0].bytes;
      await writeFile(target, bytes);
      console.log(`Wrote ${target} (${output.clips === 1 ? 'one clip' : `${output.clips} clips`})`);
    }
    for (const u of output.unreadable)
      console.error(`Not exported, its files could not be read: ${u.item}: ${u.reason}`);
    return 0;
  } finally {
    progress.end();
    await store.close();
  }
}
