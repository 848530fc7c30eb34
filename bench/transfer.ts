/**
 * How long a 5,000-item Pocket import takes into an empty library, and then
 * exports of the same library to JSON, Markdown and EPUB. Prints the median
 * and range of several runs (the machine's timings are noisy).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { LibraryStore } from '../electron/library/store.ts';
import { runExport } from '../electron/transfer/export/run-export.ts';
import { runImport } from '../electron/transfer/import/run-import.ts';
import { pocketCsv } from '../tests/helpers/pocket-csv.ts';

const RUNS = Number(process.env.RUNS ?? 5);
const ITEMS = Number(process.env.ITEMS ?? 5000);
const csv = new TextEncoder().encode(pocketCsv(ITEMS));
const times: Record<string, number[]> = { import: [], json: [], markdown: [], epub: [] };

for (let run = 0; run < RUNS; run++) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'presscut-bench-'));
  const store = await LibraryStore.open(dir);
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
  await store.close();
  await rm(dir, { recursive: true, force: true });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of Object.entries(times)) {
  console.log(
    `${name.padEnd(8)} ${ITEMS} items: median ${(median(xs) / 1000).toFixed(2)} s (${(Math.min(...xs) / 1000).toFixed(2)}–${(Math.max(...xs) / 1000).toFixed(2)} s, ${RUNS} runs)`,
  );
}
