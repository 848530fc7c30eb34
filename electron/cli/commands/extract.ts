import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { extractArticles } from '../../clipping/extract.ts';
import { bodyText, type ExtractedArticle, type Paste } from '../../model/article.ts';
import { parseClippedAt } from '../options.ts';

export function isHtmlFile(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** The JSON shape of one article on the command line: the metadata, the body as text, what was removed. */
export function articleToJson(article: ExtractedArticle) {
  const { blocks, removed, ...meta } = article;
  return { ...meta, body: bodyText(blocks), blocks, removed };
}

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { jsonl: { type: 'boolean' }, 'clipped-at': { type: 'string' }, debug: { type: 'boolean' } },
  });
  if (positionals.length === 0) {
    console.error('presscut extract: give at least one FILE');
    return 2;
  }
  const clippedAt = parseClippedAt(values['clipped-at']);
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
    const debug = values.debug ? (line: string) => console.error(`${path.basename(file)}: ${line}`) : undefined;
    const articles = extractArticles(paste, { clippedAt, debug }).map(articleToJson);
    if (values.jsonl) {
      process.stdout.write(JSON.stringify({ file, articles }) + '\n');
    } else {
      printReadable(file, articles);
    }
  }
  return failed > 0 ? 1 : 0;
}

function printReadable(file: string, articles: ReturnType<typeof articleToJson>[]): void {
  console.log(`# ${file}: ${articles.length} article(s)`);
  for (const a of articles) {
    console.log(`\n## ${a.title}`);
    const meta = [a.source, a.byline, a.published, a.dateline, a.credit, a.language].filter(Boolean);
    if (meta.length) console.log(meta.join(' · '));
    console.log(`\n${a.body}`);
  }
}
