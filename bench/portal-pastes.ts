/**
 * Scores the text engine on the portal pastes (bench/portal-pastes): whole
 * pages of portals and papers in ten languages, several holding related
 * stories. Every story a reader would clip counts, each matched to the
 * engine's article of the same title (the main story to the first article):
 * body precision and recall as the paste benchmark measures them, and how
 * often the title, outlet and byline are right.
 *
 *   npm run bench:portal [-- --verbose]
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { cleanTextPaste } from '../electron/clipping/text/clean-paste.ts';
import { bodyText, type ExtractedArticle } from '../electron/model/article.ts';
import { overlap, summarise } from './paste-bench-metric.ts';

interface GoldArticle {
  title: string;
  source: string | null;
  byline: string | null;
  body: string;
}

const DIR = path.join(import.meta.dirname, 'portal-pastes');
/** Any date will do: the figures do not depend on published times. */
const CLIPPED_AT = new Date('2025-06-14T12:00:00Z');

const { values } = parseArgs({ options: { verbose: { type: 'boolean', default: false } } });
const same = (a: string | null | undefined, b: string | null | undefined) => fold(a) === fold(b);
const fold = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const all: ReturnType<typeof overlap>[] = [];
const mains: ReturnType<typeof overlap>[] = [];
const right = { count: 0, title: 0, source: 0, byline: 0 };
let pages = 0;
let stories = 0;

for (const file of readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()) {
  const id = file.replace('.txt', '');
  const gold: GoldArticle[] = JSON.parse(
    readFileSync(path.join(DIR, `${id}.gold.json`), 'utf8'),
  ).articles;
  const found = cleanTextPaste(readFileSync(path.join(DIR, file), 'utf8'), {
    clippedAt: CLIPPED_AT,
  });
  pages++;
  if (found.length === gold.length) right.count++;
  const lines = [`${id}: ${found.length} of ${gold.length} stories`];
  gold.forEach((g, k) => {
    const match: ExtractedArticle | undefined =
      found.find((a) => same(a.title, g.title)) ?? (k === 0 ? found[0] : undefined);
    const score = overlap(g.body, match ? bodyText(match.blocks) : '');
    all.push(score);
    if (k === 0) mains.push(score);
    stories++;
    const fields = {
      title: same(match?.title, g.title),
      source: same(match?.source, g.source),
      byline: same(match?.byline, g.byline),
    };
    for (const key of ['title', 'source', 'byline'] as const) if (fields[key]) right[key]++;
    const wrong = (['title', 'source', 'byline'] as const)
      .filter((key) => !fields[key])
      .map((key) => `${key} ${JSON.stringify(match?.[key] ?? null)} ≠ ${JSON.stringify(g[key])}`);
    lines.push(
      `  ${k}: P=${score.precision?.toFixed(2)} R=${score.recall?.toFixed(2)} ${wrong.join('; ')}`,
    );
  });
  if (values.verbose) console.log(lines.join('\n'));
}

const format = ({ precision, recall, f1 }: ReturnType<typeof summarise>) =>
  `F1=${f1.toFixed(3)} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`;
console.log(
  `pages=${pages}, stories=${stories}, pages with every story found and no other: ${right.count}`,
);
console.log(`main stories: ${format(summarise(mains))}`);
console.log(`all stories:  ${format(summarise(all))}`);
console.log(
  `right: title ${right.title}/${stories}, outlet ${right.source}/${stories}, byline ${right.byline}/${stories}`,
);
