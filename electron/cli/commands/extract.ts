import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { extractArticles, type ExtractOptions } from '../../clipping/extract.ts';
import { OutletMemory } from '../../clipping/memory/outlet-memory.ts';
import { formatTrace, type TraceEntry } from '../../clipping/trace.ts';
import { storyText, type ExtractedArticle, type Paste } from '../../model/article.ts';
import { parseClippedAt } from '../options.ts';

export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** The JSON shape of one article on the command line: the metadata, the body as text, what was removed. */
export function articleToJson(article: ExtractedArticle) {
  const { blocks, removed, ...meta } = article;
  return { ...meta, body: storyText(blocks), blocks, removed };
}

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean' },
      'clipped-at': { type: 'string' },
      debug: { type: 'boolean' },
      memory: { type: 'string' },
      outlet: { type: 'string' },
    },
  });
  if (positionals.length === 0) {
    console.error('presscut extract: give at least one FILE');
    return 2;
  }
  const options: ExtractOptions = {
    clippedAt: parseClippedAt(values['clipped-at']),
    outlet: values.outlet,
  };
  if (values.memory) {
    const memory = await readMemory(values.memory);
    if (typeof memory === 'string') {
      console.error(`presscut extract: ${memory}`);
      return 2;
    }
    options.memory = memory;
  }
  let failed = 0;
  for (const file of positionals) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      console.error(`presscut extract: cannot read ${file}: ${(error as Error).message}`);
      failed++;
      continue;
    }
    const paste: Paste = isHtmlFile(file) ? { text: '', html: content } : { text: content };
    if (values.debug) console.error(`# ${file}`);
    const trace = values.debug
      ? (entries: readonly TraceEntry[]) => console.error(formatTrace(entries))
      : undefined;
    const articles = extractArticles(paste, { ...options, trace }).map(articleToJson);
    if (values.jsonl) {
      process.stdout.write(JSON.stringify({ file, articles }) + '\n');
    } else {
      printReadable(file, articles);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** The outlet memory saved at `file`, or what is wrong with it. */
async function readMemory(file: string): Promise<OutletMemory | string> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return `cannot read the memory ${file}: ${(error as Error).message}`;
  }
  const read = OutletMemory.fromJSON(data);
  return read.ok ? read.memory : `${file}: ${read.error}`;
}

function printReadable(file: string, articles: ReturnType<typeof articleToJson>[]): void {
  console.log(`# ${file}: ${articles.length} article(s)`);
  for (const a of articles) {
    console.log(`\n## ${a.title}`);
    const meta = [a.source, a.byline, a.published, a.dateline, a.credit, a.language].filter(
      Boolean,
    );
    if (meta.length) console.log(meta.join(' · '));
    console.log(`\n${a.body}`);
  }
}
