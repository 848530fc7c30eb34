/**
 * How the text engine's time grows with its paste (`bench/growth.ts`):
 *
 *   npm run bench:text-growth [-- --runs N] [--largest N]
 *
 * Shapes: short lines, as a page of headlines pasted whole (to 800,000 lines,
 * 16 MB); a news page pasted over and over (to about 5 MB); an aggregator's
 * stories, each an article (to 8,000 stories, 48,000 lines); an article with a
 * subheading over every paragraph (to 16,000); one long
 * paragraph (to 4 MB), as a paste whose line breaks were lost. Then the time of a
 * 100,000-line (2 MB) paste against its target of one second, and of the 5 MB
 * page paste.
 */
import { parseArgs } from 'node:util';
import { cleanTextPaste } from '../electron/clipping/text/clean-paste.ts';
import { pagesPastedAgain, STORY_EN } from '../tests/clipping/text/pages.ts';
import { cpuMs, measureGrowth, type Shape } from './growth.ts';
import { quantile } from './paste-bench-metric.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { runs: { type: 'string', default: '3' }, largest: { type: 'string' } },
});
const runs = Math.max(1, Number(values.runs) || 3);
const clippedAt = new Date('2025-07-23T10:00:00Z');
const clean = (text: string) => cleanTextPaste(text, { clippedAt });

const headlines = (n: number) =>
  Array.from({ length: n }, (_, i) => `Headline number ${i}`).join('\n');
const shapes: Shape<string>[] = [
  { name: 'short lines', smallest: 12_500, build: headlines, run: clean },
  {
    name: 'a news page, pasted again and again',
    smallest: 100,
    build: pagesPastedAgain,
    run: clean,
  },
  {
    // An aggregator's page: every story an article of its own, under its outlet and time.
    name: 'stories under outlet lines',
    smallest: 125,
    build: storiesUnderOutlets,
    run: clean,
  },
  {
    // Every paragraph under a subheading: each short line looks ahead for the text it heads.
    name: 'an article with a subheading over every paragraph',
    smallest: 250,
    build: subheadedArticle,
    run: clean,
  },
  {
    name: 'one long paragraph (sentences)',
    smallest: 500,
    build: (n) =>
      [
        'Storm floods the old town',
        Array.from({ length: n }, (_, i) => STORY_EN[i % 5]).join(' '),
      ].join('\n'),
    run: clean,
  },
];

/** `n` stories, each under an "Outlet · 3h" line and its headline, each its own text. */
function storiesUnderOutlets(n: number): string {
  return Array.from({ length: n }, (_, k) =>
    [
      `Valley Herald · ${(k % 9) + 1}h`,
      `Storm floods the old town, report ${k}`,
      ...STORY_EN.slice(0, 4).map((p) => p.replace('the', `the ${k}`)),
    ].join('\n'),
  ).join('\n\n');
}

/** A long story whose `n` paragraphs each sit under a short subheading. */
function subheadedArticle(n: number): string {
  const sections = Array.from({ length: n }, (_, k) =>
    [`What happened in part ${k}`, STORY_EN[k % 5].replace('the', `the ${k}`)].join('\n'),
  );
  return ['Storm floods the old town', 'By Ana Ruiz', ...sections].join('\n\n');
}

measureGrowth(shapes, { runs, doublings: 6, largest: Number(values.largest) || undefined });

/** The median CPU and wall-clock times of cleaning `text`, in ms. */
function times(text: string): string {
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    cpu.push(cpuMs(() => clean(text)));
    wall.push(performance.now() - start);
  }
  return `${quantile(cpu, 0.5).toFixed(0)} ms CPU, ${quantile(wall, 0.5).toFixed(0)} ms wall clock`;
}
console.log(`100,000 short lines (2 MB): ${times(headlines(100_000))} (target < 1,000 ms)`);
const fiveMb = pagesPastedAgain(Math.ceil((5 * 1024 * 1024) / pagesPastedAgain(1).length));
console.log(`a news page pasted to 5 MB: ${times(fiveMb)}`);
