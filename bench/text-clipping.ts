/**
 * Times the plain-text engine over a folder of pastes (ID.txt) and, where the
 * folder has hand-marked bodies (ID.gold.json), scores the main article.
 *
 *   npm run bench:text [-- DIR] [--runs N]
 *
 * DIR defaults to the shared paste bench (../shared/paste-bench/dev from the
 * repository). Each page is cleaned once to warm up, then N times (default 5);
 * its time is the median of its runs. Prints the median, p95 and max of those
 * per-page times (wall clock, then CPU time, which moves less when other
 * processes share the machine), and F1 with the benchmark's metric (4-gram shingles).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { cleanTextPaste } from '../electron/clipping/text/clean-paste.ts';
import { storyText } from '../electron/model/article.ts';
import { overlap, quantile, summarise } from './paste-bench-metric.ts';

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { runs: { type: 'string' } },
});
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = resolve(positionals[0] ?? join(repo, '../shared/paste-bench/dev'));
const runs = Math.max(1, Number(values.runs ?? 5));
if (!existsSync(dir)) {
  console.error(`bench:text: no folder ${dir} (give the folder of .txt pastes as an argument)`);
  process.exit(2);
}

const clippedAt = new Date('2025-07-23T10:00:00Z');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ id: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));

for (const page of pages) cleanTextPaste(page.text, { clippedAt });

const timings = pages.map((page) => {
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    cleanTextPaste(page.text, { clippedAt });
    const used = process.cpuUsage(cpu);
    times.push(performance.now() - start);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  return {
    id: page.id,
    kb: page.text.length / 1024,
    ms: quantile(times, 0.5),
    cpu: quantile(cpuTimes, 0.5),
  };
});

const ms = timings.map((t) => t.ms);
const slowest = timings.reduce((a, b) => (b.ms > a.ms ? b : a));
const typicalPages = timings.filter((t) => t.kb >= 10 && t.kb <= 30);
const typical = typicalPages.map((t) => t.ms);
console.log(`pages=${pages.length} runs=${runs} (per-page time = median of its runs)`);
console.log(
  `ms per page: median=${quantile(ms, 0.5).toFixed(2)} p95=${quantile(ms, 0.95).toFixed(2)} max=${slowest.ms.toFixed(2)} (${slowest.id.slice(0, 12)}, ${slowest.kb.toFixed(1)} KB)`,
);
if (typical.length > 0)
  console.log(
    `10–30 KB pastes: n=${typical.length} median=${quantile(typical, 0.5).toFixed(2)} ms`,
  );
// CPU time moves less than wall time when other processes share the cores.
const cpu = timings.map((t) => t.cpu);
const typicalCpu = typicalPages.map((t) => t.cpu);
console.log(
  `cpu ms per page: median=${quantile(cpu, 0.5).toFixed(2)} p95=${quantile(cpu, 0.95).toFixed(2)} max=${Math.max(...cpu).toFixed(2)}` +
    (typicalCpu.length ? `; 10–30 KB median=${quantile(typicalCpu, 0.5).toFixed(2)}` : ''),
);

const scored = pages.filter((p) => existsSync(join(dir, `${p.id}.gold.json`)));
if (scored.length > 0) {
  const {
    precision: p,
    recall: r,
    f1,
  } = summarise(
    scored.map((page) => {
      const gold = JSON.parse(readFileSync(join(dir, `${page.id}.gold.json`), 'utf8'))
        .articleBody as string;
      const [article] = cleanTextPaste(page.text, { clippedAt });
      return overlap(gold, article ? storyText(article.blocks) : '');
    }),
  );
  console.log(
    `F1=${f1.toFixed(3)} precision=${p.toFixed(3)} recall=${r.toFixed(3)} (${scored.length} gold pages)`,
  );
}
