/**
 * How Presscut holds up with a big library:
 *
 *     npm run bench:library -- --clips 10000 [--runs 5] [--no-browser] [--keep]
 *
 * Generates a library of N clips in a temporary folder (a fixed seed), then
 * prints, as medians over the runs: the library's open time beside reading and
 * JSON.parse-ing the same data as one file, the search index's load time,
 * search latency over queries that use every filter, the bytes one edit
 * writes, and, in Chromium over the built renderer, the time until the list
 * is on screen and the page's node count.
 */
import { readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deserialize, serialize } from 'node:v8';
import { dispatch } from '../electron/api/dispatch.ts';
import type { PresscutApi } from '../electron/api/contract.ts';
import { LibraryStore } from '../electron/library/store.ts';
import { SearchIndex } from './library/minisearch/search-index.ts';
import { snapshotFile } from './library/minisearch/snapshot.ts';
import { createPresscutService } from '../electron/service/presscut-service.ts';
import { measureInBrowser } from './library/browser-figures.ts';
import { bytesWritten, fileStates } from './library/disk-writes.ts';
import { generateLibrary, type GeneratedLibrary } from './library/generate-library.ts';
import { bytes, median, ms, percentile, timeRuns } from './library/stats.ts';

const { values } = parseArgs({
  options: {
    clips: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '5' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const clips = Number(values.clips);
const runs = Number(values.runs);
if (!Number.isInteger(clips) || clips < 1 || !Number.isInteger(runs) || runs < 1) {
  console.error('usage: npm run bench:library -- --clips N [--runs R] [--no-browser] [--keep]');
  process.exit(2);
}

const report = (name: string, value: string) => {
  console.log(`  ${name.padEnd(46)} ${value}`);
};

/** Queries a person might type, using every filter, over the generated language's words. */
function queries({ words, samplePhrase }: GeneratedLibrary): string[] {
  const w = words.byRank;
  const typo = (word: string) =>
    word.slice(0, 2) + word.slice(3, 4) + word.slice(2, 3) + word.slice(4);
  return [
    w(800),
    w(6000),
    `${w(300)} ${w(2500)}`,
    w(3000).slice(0, 4),
    typo(w(1500)),
    `"${samplePhrase}"`,
    `${w(900)} -${w(400)}`,
    `${w(700)} -"${w(20)} ${w(21)}"`,
    'tag:ukraine',
    'tag:ukraine tag:war',
    `-tag:ukraine ${w(1100)}`,
    'source:"straits times"',
    `source:reuters ${w(1300)}`,
    'is:unread',
    `is:read ${w(1000)}`,
    'is:archived',
    'is:favorite',
    'has:annotation',
    `has:note ${w(500)}`,
    `in:title ${w(600)}`,
    'before:2024-06-01',
    `after:2025-03-01 ${w(1200)}`,
    `${w(1000)} tag:economy is:unread after:2024-01-01 -is:archived`,
  ];
}

async function measureSearch(service: PresscutApi, list: string[]): Promise<void> {
  const all: number[] = [];
  const perQuery: Array<{ query: string; median: number; total: number }> = [];
  for (const query of list) {
    const reply = await dispatch(service, 'searchClips', [query]);
    if (!reply.ok) throw new Error(`${query}: ${reply.error.message}`);
    const times = await timeRuns(Math.max(15, runs * 3), () =>
      dispatch(service, 'searchClips', [query]),
    );
    all.push(...times);
    perQuery.push({
      query,
      median: median(times),
      total: (reply.value as { total: number }).total,
    });
  }
  report(
    'search p50 / p95 (all queries, 100 hits each)',
    `${ms(percentile(all, 0.5))} / ${ms(percentile(all, 0.95))}`,
  );
  const slowest = [...perQuery].sort((a, b) => b.median - a.median).slice(0, 3);
  report(
    'slowest queries (median, hits)',
    slowest.map((q) => `${q.query} ${ms(q.median)} ${q.total}`).join(' | '),
  );
}

async function measureEdits(dir: string, service: PresscutApi): Promise<void> {
  const [first] = await service.listClips();
  const detail = await service.getClip(first.id);
  const edits: Array<[string, () => Promise<unknown>]> = [
    [
      'bytes written: reading progress',
      () => service.setReadingState(first.id, { progress: 0.42 }),
    ],
    ['bytes written: add a tag', () => service.tagClips([first.id], { add: ['bench'] })],
    [
      'bytes written: edit the text',
      () =>
        service.updateClip(first.id, {
          blocks: [...detail.body.blocks, { type: 'paragraph', text: 'One more line.' }],
        }),
    ],
  ];
  for (const [name, edit] of edits) {
    const before = await fileStates(dir);
    await edit();
    // Past the search index's save delay, so a save it made would be counted.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const { bytes: written, files } = bytesWritten(before, await fileStates(dir));
    report(
      name,
      `${bytes(written)} (${files.length} files: ${files.map((f) => (f.length > 20 ? `${f.slice(0, 8)}….json` : f)).join(', ')})`,
    );
  }
}

async function main(): Promise<void> {
  const dir = path.join(os.tmpdir(), `presscut-bench-${clips}-${process.pid}`);
  console.log(`Presscut library benchmark: ${clips} clips, ${runs} runs, in ${dir}`);
  try {
    const generateStart = performance.now();
    const library = await generateLibrary(dir, clips);
    const indexFile = path.join(dir, 'index.json');
    report('generated in', ms(performance.now() - generateStart));
    report('index.json (every record)', bytes((await stat(indexFile)).size));

    const openTimes = await timeRuns(runs, async () => (await LibraryStore.open(dir)).close());
    const parseTimes = await timeRuns(runs, async () =>
      JSON.parse(await readFile(indexFile, 'utf8')),
    );
    report('library open (LibraryStore.open + close)', ms(median(openTimes)));
    report('read + JSON.parse of index.json, same run', ms(median(parseTimes)));
    report('ratio open / JSON.parse', `${(median(openTimes) / median(parseTimes)).toFixed(2)}×`);

    let store = await LibraryStore.open(dir);
    const buildStart = performance.now();
    await (await SearchIndex.open(store)).close();
    report('search index: first build from every text', ms(performance.now() - buildStart));
    await store.close();
    const indexSize = (await stat(snapshotFile(dir))).size;
    report('search index file', bytes(indexSize));
    const loadTimes: number[] = [];
    for (let run = 0; run < runs; run++) {
      const reopened = await LibraryStore.open(dir);
      const start = performance.now();
      const index = await SearchIndex.open(reopened);
      loadTimes.push(performance.now() - start);
      await index.close();
      await reopened.close();
    }
    report('search index load (saved, nothing changed)', ms(median(loadTimes)));

    store = await LibraryStore.open(dir);
    const service = createPresscutService(store, { openExternal: async () => undefined });
    const listTimes = await timeRuns(runs, () => dispatch(service, 'listClips', []));
    report('listClips (dispatch)', ms(median(listTimes)));
    const list = await service.listClips();
    report('listClips payload (JSON)', bytes(JSON.stringify(list).length));
    // Electron's IPC moves a reply by structured clone: serialise in main, deserialise in the window.
    report(
      'listClips structured clone (as IPC does)',
      ms(median(await timeRuns(runs, () => deserialize(serialize(list))))),
    );
    await measureSearch(service, queries(library));
    await measureEdits(dir, service);
    await store.close();

    if (!values['no-browser']) {
      // A fresh start, as the app's: the service loads the search index in the background while the window opens.
      store = await LibraryStore.open(dir);
      const fresh = createPresscutService(store, { openExternal: async () => undefined });
      const browser = await measureInBrowser(fresh, runs);
      report('list on screen, first window (index loading)', ms(browser.listShownMs[0]));
      report('list on screen, from the page starting', ms(median(browser.listShownMs)));
      report('the whole list through the test bridge', ms(browser.bridgeListMs));
      report(
        'DOM nodes, shadow roots included',
        `${browser.domNodes} (${browser.domElements} elements)`,
      );
      await store.close();
    }
  } finally {
    if (values.keep) console.log(`kept ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
