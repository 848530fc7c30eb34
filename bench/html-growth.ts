/**
 * How the HTML engine's time grows with its input: each shape of page is
 * clipped at doubling sizes, and the bench prints the time of each size and
 * the ratio to the size before. Linear work doubles; the engine's target is
 * at most 2.5× per doubling.
 *
 *   npm run bench:html-growth [-- --runs N] [--largest N]
 *
 * Shapes: elements nested inside each other (clipped, and read as an imported
 * file), paragraphs one after another, one paragraph of links and marks, one
 * block of lines parted by `<br>`. Times are CPU time (user and system), the
 * median of N runs (default 3), which moves less than the wall clock when
 * other processes share the machine.
 */
import { parseArgs } from 'node:util';
import { clipHtml } from '../electron/clipping/html/clip-html.ts';
import { textOfHtml } from '../electron/files/html-text.ts';
import { quantile } from './paste-bench-metric.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { runs: { type: 'string', default: '3' }, largest: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs) || 3);
const clippedAt = new Date('2025-07-23T10:00:00Z');
const SENTENCE =
  'The council voted on Tuesday to keep the library open through the winter, after a petition signed by two thousand residents.';
const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>Growth</title></head><body>${body}</body></html>`;

interface Shape {
  name: string;
  /** The sizes the shape is built at: each twice the one before. */
  smallest: number;
  build: (n: number) => string;
  run: (html: string) => unknown;
}

const clip = (html: string) => clipHtml(html, { clippedAt });
const shapes: Shape[] = [
  {
    name: 'nested <div>s, clipped',
    smallest: 12_500,
    build: (n) =>
      page(`${'<div>'.repeat(n)}<p>${SENTENCE}</p><p>${SENTENCE}</p>${'</div>'.repeat(n)}`),
    run: clip,
  },
  {
    name: 'nested <div>s, imported file',
    smallest: 12_500,
    build: (n) => page(`${'<div>'.repeat(n)}<p>${SENTENCE}</p>${'</div>'.repeat(n)}`),
    run: textOfHtml,
  },
  {
    name: 'paragraphs',
    smallest: 250,
    build: (n) => page(`<article><h1>Title</h1>${`<p>${SENTENCE}</p>`.repeat(n)}</article>`),
    run: clip,
  },
  {
    name: 'one paragraph of links and marks',
    smallest: 1_000,
    build: (n) =>
      page(
        `<p>${SENTENCE}</p><p>${'<a href="https://example.com/a">link</a> <em>word</em> '.repeat(n)}</p><p>${SENTENCE}</p>`,
      ),
    run: clip,
  },
  {
    name: 'lines parted by <br>',
    smallest: 1_000,
    build: (n) => page(`<div>${`${SENTENCE}<br>`.repeat(n)}</div>`),
    run: clip,
  },
];

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const doublings = 4;
let worst = 0;
for (const shape of shapes) {
  const largest = Number(values.largest) || shape.smallest * 2 ** doublings;
  // Warm up: the first run pays for compiling the engine.
  shape.run(shape.build(shape.smallest));
  const row: string[] = [];
  let previous: number | null = null;
  for (let n = shape.smallest; n <= largest; n *= 2) {
    const html = shape.build(n);
    const ms = quantile(
      Array.from({ length: runs }, () => cpuMs(() => shape.run(html))),
      0.5,
    );
    const ratio = previous ? ms / previous : null;
    if (ratio !== null) worst = Math.max(worst, ratio);
    row.push(`${n}: ${ms.toFixed(0)} ms${ratio === null ? '' : ` (×${ratio.toFixed(2)})`}`);
    previous = ms;
  }
  console.log(`${shape.name.padEnd(34)} ${row.join('  ')}`);
}
console.log(`worst ratio per doubling: ×${worst.toFixed(2)} (target ≤ ×2.5)`);
