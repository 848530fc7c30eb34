/**
 * How the HTML engine's time grows with its input: each shape of page is
 * clipped at doubling sizes, and the bench prints the time of each size and
 * the ratio to the size before. Linear work doubles; the engine's target is
 * at most 2.5× per doubling.
 *
 *   npm run bench:html-growth [-- --runs N] [--largest N]
 *
 * Shapes: elements nested inside each other (clipped, and read as an imported
 * file), paragraphs one after another, one paragraph of links and marks, form
 * fields side by side (set aside before the blocks are read), paragraphs the
 * parser hung after a closed body (put back in it), one block of lines parted
 * by `<br>`. Times are CPU time (user and system), the
 * median of N runs (default 3), which moves less than the wall clock when
 * other processes share the machine.
 */
import { parseArgs } from 'node:util';
import { clipHtml } from '../electron/clipping/html/clip-html.ts';
import { textOfHtml } from '../electron/files/html-text.ts';
import { measureGrowth, type Shape } from './growth.ts';

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

const clip = (html: string) => clipHtml(html, { clippedAt });
const shapes: Shape<string>[] = [
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
    name: 'form fields side by side',
    smallest: 5_000,
    build: (n) =>
      page(`<p>${SENTENCE}</p><form>${'<input name="f">'.repeat(n)}</form><p>${SENTENCE}</p>`),
    run: clip,
  },
  {
    name: 'paragraphs after a closed body',
    smallest: 250,
    build: (n) =>
      `<!DOCTYPE html><html><head></head><body></body>${`<p>${SENTENCE}</p>`.repeat(n)}</html>`,
    run: clip,
  },
  {
    name: 'lines parted by <br>',
    smallest: 1_000,
    build: (n) => page(`<div>${`${SENTENCE}<br>`.repeat(n)}</div>`),
    run: clip,
  },
];

measureGrowth(shapes, {
  runs,
  doublings: 4,
  largest: Number(values.largest) || undefined,
});
