/**
 * Times the HTML clipping engine over a folder of pages and, where a page
 * has a hand-marked body beside it (ID.gold.json), scores it with the paste
 * benchmark's metric (4-gram shingles, precision and recall averaged over
 * pages, F1 of the two means; only the first article counts).
 *
 *   npm run bench:html [-- DIR] [--rounds N]
 *
 * DIR defaults to ../shared/paste-bench/dev beside the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clipHtml } from '../electron/clipping/html/clip-html.ts';
import { storyText } from '../electron/model/article.ts';
import { overlap, quantile, summarise } from './paste-bench-metric.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' } },
});
const dir = path.resolve(positionals[0] ?? path.join(repo, '../shared/paste-bench/dev'));
const rounds = Math.max(1, Number(values.rounds) || 5);
if (!existsSync(dir)) {
  console.error(
    `bench:html: no folder ${dir}; give the folder of .html pages as the first argument`,
  );
  process.exit(2);
}

const pages = readdirSync(dir)
  .filter((f) => /\.html?$/i.test(f))
  .sort()
  .map((f) => ({ id: f.replace(/\.html?$/i, ''), html: readFileSync(path.join(dir, f), 'utf8') }));
if (pages.length === 0) {
  console.error(`bench:html: no .html files in ${dir}`);
  process.exit(2);
}
const clippedAt = new Date('2025-07-23T10:00:00Z');

// Warm up: the first runs pay for JIT compilation and lazy module set-up.
for (const page of pages) clipHtml(page.html, { clippedAt });

const timings = pages.map(() => [] as number[]);
const bodies = new Map<string, string>();
for (let round = 0; round < rounds; round++) {
  pages.forEach((page, i) => {
    const start = performance.now();
    const articles = clipHtml(page.html, { clippedAt });
    timings[i].push(performance.now() - start);
    if (round === 0) bodies.set(page.id, articles[0] ? storyText(articles[0].blocks) : '');
  });
}

const perPage = timings.map((t) => quantile(t, 0.5));
console.log(
  `pages=${pages.length} rounds=${rounds}  ms per page: median=${quantile(perPage, 0.5).toFixed(1)} ` +
    `p95=${quantile(perPage, 0.95).toFixed(1)} max=${Math.max(...perPage).toFixed(1)}`,
);

const scored = pages.filter((page) => existsSync(path.join(dir, `${page.id}.gold.json`)));
if (scored.length > 0) {
  const { precision, recall, f1 } = summarise(
    scored.map((page) => {
      const gold = JSON.parse(readFileSync(path.join(dir, `${page.id}.gold.json`), 'utf8')) as {
        articleBody: string;
      };
      return overlap(gold.articleBody, bodies.get(page.id) ?? '');
    }),
  );
  console.log(
    `scored=${scored.length}  precision=${precision.toFixed(3)} recall=${recall.toFixed(3)} F1=${f1.toFixed(3)}`,
  );
}
