import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractArticles } from '../../clipping/extract.ts';
import type { Paste } from '../../model/article.ts';
import { openLibrary } from '../open-library.ts';
import { isHtmlFile } from './extract.ts';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
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
  const content = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  const paste: Paste = values.html || (file !== '-' && isHtmlFile(file)) ? { text: '', html: content } : { text: content };
  const clippedAt = new Date();
  const articles = extractArticles(paste, { clippedAt });
  if (articles.length === 0) {
    console.error(`presscut add: no article found in ${file === '-' ? 'standard input' : file}; nothing was saved`);
    return 1;
  }
  const store = await openLibrary(values.library);
  try {
    const records = await store.addPaste(paste, articles, clippedAt);
    for (const r of records) console.log(`${r.id}\t${r.title}`);
  } finally {
    await store.close();
  }
  return 0;
}
