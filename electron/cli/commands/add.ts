import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { PresscutError } from '../../../common/errors.ts';
import type { Paste } from '../../model/article.ts';
import { decodeUtf8 } from '../../transfer/text.ts';
import { withService } from '../open-library.ts';
import { isHtmlFile } from './extract.ts';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function runAdd(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { library: { type: 'string' }, html: { type: 'boolean' } },
  });
  if (positionals.length !== 1) {
    console.error('presscut add: give one FILE, or - to read standard input');
    return 2;
  }
  const [file] = positionals;
  let content: string;
  try {
    // Refused as an import refuses it, rather than read with its bad bytes replaced.
    content = decodeUtf8(
      file === '-' ? await readStdin() : await readFile(file),
      file === '-' ? 'Standard input' : file,
    );
  } catch (error) {
    if (!(error instanceof PresscutError)) throw error;
    console.error(`presscut add: ${error.message} Nothing was saved.`);
    return 1;
  }
  const paste: Paste =
    values.html || (file !== '-' && isHtmlFile(file))
      ? { text: '', html: content }
      : { text: content };
  try {
    // The app's own services, so the library's outlet memory and search index follow the new clips.
    const clips = await withService('add', values.library, (service) =>
      service.clipPaste({ paste }),
    );
    for (const clip of clips) console.log(`${clip.id}\t${clip.title}`);
  } catch (error) {
    if (!(error instanceof PresscutError) || error.code !== 'nothing-to-clip') throw error;
    console.error(
      `presscut add: no article found in ${file === '-' ? 'standard input' : file}; nothing was saved`,
    );
    return 1;
  }
  return 0;
}
