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
import { bodyText } from '../electron/model/article.ts';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: 'string', default: '5' } },
});
const dir = path.resolve(positionals[0] ?? path.join(repo, '../shared/paste-bench/dev'));
const rounds = Math.max(1, Number(values.rounds) || 5);
if (!existsSync(dir)) {
  console.error(`bench:html: no folder ${dir}; give the folder of .html pages as the first argument`);
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
    if (round === 0) bodies.set(page.id, articles[0] ? bodyText(articles[0].blocks) : '');
  });
}

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const quantile = (values: number[], q: number) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const perPage = timings.map((t) => quantile(t, 0.5));
console.log(
  `pages=${pages.length} rounds=${rounds}  ms per page: median=${quantile(perPage, 0.5).toFixed(1)} ` +
    `p95=${quantile(perPage, 0.95).toFixed(1)} max=${Math.max(...perPage).toFixed(1)}`,
);

const TOKEN = /[\p{L}\p{N}_]+/gu;
function shingles(text: string): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - 3); i++) {
    const key = tokens.slice(i, i + 4).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const precisions: number[] = [];
const recalls: number[] = [];
for (const page of pages) {
  const goldFile = path.join(dir, `${page.id}.gold.json`);
  if (!existsSync(goldFile)) continue;
  const gold = shingles((JSON.parse(readFileSync(goldFile, 'utf8')) as { articleBody: string }).articleBody);
  const got = shingles(bodies.get(page.id) ?? '');
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...gold.keys(), ...got.keys()])) {
    const g = gold.get(key) ?? 0, p = got.get(key) ?? 0;
    tp += Math.min(g, p);
    fp += Math.max(0, p - g);
    fn += Math.max(0, g - p);
  }
  if (fp === 0 && fn === 0) {
    precisions.push(1);
    recalls.push(1);
    continue;
  }
  if (tp + fp > 0) precisions.push(tp / (tp + fp));
  if (tp + fn > 0) recalls.push(tp / (tp + fn));
}
if (recalls.length > 0) {
  const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / (v.length || 1);
  const p = mean(precisions), r = mean(recalls);
  console.log(`scored=${recalls.length}  precision=${p.toFixed(3)} recall=${r.toFixed(3)} F1=${((2 * p * r) / (p + r || 1)).toFixed(3)}`);
}
