import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat, type ExportSelection } from '../../api/contract.ts';
import { unzipSafely } from '../../transfer/zip.ts';
import { isFolder } from '../is-folder.ts';
import { withService } from '../open-library.ts';

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
  const exported = await withService('export', values.library, (service) =>
    service.exportClips({ format, selection }),
  );
  const out = path.resolve(values.out);
  if (format === 'markdown' && !values.zip) {
    // One file per clip, into a folder (an Obsidian vault, a Logseq graph); files of the same name are replaced.
    const files = unzipSafely(exported.bytes, exported.name);
    await mkdir(out, { recursive: true });
    for (const file of files) await writeFile(path.join(out, file.path), file.bytes);
    console.log(`Wrote ${files.length === 1 ? 'one file' : `${files.length} files`} to ${out}`);
  } else {
    const target = (await isFolder(out)) ? path.join(out, exported.name) : out;
    await writeFile(target, exported.bytes);
    console.log(
      `Wrote ${target} (${exported.clips === 1 ? 'one clip' : `${exported.clips} clips`})`,
    );
  }
  for (const u of exported.unreadable)
    console.error(`Not exported, its files could not be read: ${u.item}: ${u.reason}`);
  return 0;
}
