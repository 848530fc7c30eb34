/**
 * Import and export timings:
 *
 *   npm run bench:transfer [-- --runs 5] [--items 5000]
 *
 * - a 5,000-item Pocket import into an empty library, then exports of it to
 *   JSON, Markdown and EPUB;
 * - an Omnivore export of 500 articles with highlights imported into an
 *   empty library, then imported again: the re-import adds nothing, and is
 *   decided before any article is cleaned;
 * - growth: reading Pocket CSVs of 50,000, 100,000 and 200,000 rows and
 *   ZIPs of 1,000, 2,000 and 4,000 entries, with the ratio each doubling
 *   costs (at most 2.5 is the goal).
 *
 * Medians of several runs (the machine's timings are noisy), ranges beside them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { strToU8, zipSync } from 'fflate';
import type { ImportFileData } from '../electron/api/contract.ts';
import { LibraryStore } from '../electron/library/store.ts';
import { runExport } from '../electron/transfer/export/run-export.ts';
import { readImportFiles } from '../electron/transfer/import/read-files.ts';
import { runImport } from '../electron/transfer/import/run-import.ts';
import { pocketCsv } from '../tests/helpers/pocket-csv.ts';
import { seededRandom } from './library/generate-library.ts';
import { createWords } from './library/words.ts';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: { runs: { type: 'string' }, items: { type: 'string' } },
});
const RUNS = Number(values.runs ?? process.env.RUNS ?? 5);
const ITEMS = Number(values.items ?? process.env.ITEMS ?? 5000);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
function report(name: string, xs: number[]) {
  console.log(
    `${name.padEnd(34)} median ${seconds(median(xs))} (${seconds(Math.min(...xs))}–${seconds(Math.max(...xs))}, ${xs.length} runs)`,
  );
}

async function inEmptyLibrary<T>(task: (store: LibraryStore) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'presscut-bench-'));
  const store = await LibraryStore.open(dir);
  try {
    return await task(store);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// 1. A large Pocket import, and exports of the library it makes.
const csv = strToU8(pocketCsv(ITEMS));
const times: Record<string, number[]> = { import: [], json: [], markdown: [], epub: [] };
for (let run = 0; run < RUNS; run++)
  await inEmptyLibrary(async (store) => {
    let t = performance.now();
    const summary = await runImport(store, [{ name: 'part_000000.csv', bytes: csv }], {
      now: new Date(),
    });
    times.import.push(performance.now() - t);
    if (summary.added !== ITEMS) throw new Error(`imported ${summary.added} of ${ITEMS}`);
    for (const format of ['json', 'markdown', 'epub'] as const) {
      t = performance.now();
      await runExport(
        store,
        { format, selection: {} },
        {
          now: new Date(),
          find: () => Promise.reject(new Error('the bench exports without a search')),
        },
      );
      times[format].push(performance.now() - t);
    }
  });
for (const [name, xs] of Object.entries(times)) report(`${name}, ${ITEMS} Pocket items`, xs);

// 2. An Omnivore export of 500 articles with highlights, imported twice.
function omnivoreExport(count: number): ImportFileData {
  const random = seededRandom(500);
  const words = createWords(random);
  const files: Record<string, Uint8Array> = {};
  const metadata = [];
  for (let i = 0; i < count; i++) {
    const slug = `article-${i}`;
    const paragraphs = Array.from({ length: 6 }, () => words.sentences(60));
    files[`content/${slug}.html`] = strToU8(
      `<div class="page">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`,
    );
    files[`highlights/${slug}.md`] = strToU8(`> ${paragraphs[2].split('. ')[0]}.\n\nA note.\n`);
    metadata.push({
      id: `id-${i}`,
      slug,
      title: words.title(7),
      url: `https://news.example.org/${i}/${slug}`,
      state: 'SUCCEEDED',
      readingProgress: 0,
      labels: [words.phrase(1)],
      savedAt: new Date(Date.UTC(2023, 0, 1) + i * 3_600_000).toISOString(),
    });
  }
  files['metadata_0_to_500.json'] = strToU8(JSON.stringify(metadata));
  return { name: 'omnivore.zip', bytes: zipSync(files) };
}
const omnivore = omnivoreExport(500);
const first: number[] = [];
const again: number[] = [];
for (let run = 0; run < RUNS; run++)
  await inEmptyLibrary(async (store) => {
    let t = performance.now();
    await runImport(store, [omnivore], { now: new Date() });
    first.push(performance.now() - t);
    t = performance.now();
    const summary = await runImport(store, [omnivore], { now: new Date() });
    again.push(performance.now() - t);
    if (summary.added + summary.merged + summary.completed !== 0)
      throw new Error(`the re-import changed the library: ${JSON.stringify(summary)}`);
  });
report('500 Omnivore articles, first import', first);
report('the same 500 again (adds nothing)', again);

// 3. Growth: doubling the rows of a CSV, and the entries of a ZIP.
function growth(name: string, sizes: number[], files: (n: number) => ImportFileData[]) {
  const medians = sizes.map((n) => {
    const input = files(n);
    return median(
      Array.from({ length: RUNS }, () => {
        const t = performance.now();
        readImportFiles(input);
        return performance.now() - t;
      }),
    );
  });
  const ratios = medians.slice(1).map((m, i) => (m / medians[i]).toFixed(2));
  console.log(
    `${name.padEnd(34)} ${sizes.map((n, i) => `${n.toLocaleString('en')}: ${seconds(medians[i])}`).join(', ')}; each doubling ×${ratios.join(', ×')}`,
  );
}
growth('reading a Pocket CSV, rows', [50_000, 100_000, 200_000], (n) => [
  { name: 'part_000000.csv', bytes: strToU8(pocketCsv(n)) },
]);
growth('reading a ZIP, entries', [1_000, 2_000, 4_000], (n) => {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < n; i++)
    files[`part_${String(i).padStart(6, '0')}.csv`] = strToU8(pocketCsv(3));
  return [{ name: 'pocket.zip', bytes: zipSync(files) }];
});
