/**
 * How Presscut holds up with a big library, the SQLite index beside the
 * MiniSearch one it replaced, in one run:
 *
 *     npm run bench:library -- [--sizes 10000,50000,100000] [--engines sqlite,minisearch]
 *                              [--old-timeout-min 30] [--keep] [--keep-index] [--starts 3] [--browser]
 *                              [--baseline REV] [--cold-cache]
 *
 * For each size, generates a library (a fixed seed; `--keep` keeps it in the
 * temporary folder and uses it again next time; `--keep-index` also keeps
 * the index such a run left, untimed, instead of building it again), then for each engine, each
 * in a fresh process of its own (bundled as the app's main process is): the
 * index's first build from every text; then a cold start that times, from
 * the process's start, the list's first window and the first search
 * answered, then, once the library is read whole, every query of a set using
 * every operator (seven runs each as the window asks for a search, its first
 * window of 50 hits, then seven with 100 hits: the time each took, and the
 * CPU time, which a loaded machine inflates less), and the process's peak
 * memory (worker threads included); then as many cold starts again that
 * time each query's first run while the library is read, one after another
 * from the first search answered, as a person searching at once would (the
 * SQLite index alone: MiniSearch answers nothing before the library is read).
 * The cold start runs `--starts` times (the queries are timed in the first):
 * its times are the medians, with the CPU time the process (every thread)
 * had spent by then, which the machine's load sways less; its peak memory is
 * the highest; and where its time went, step by step (the steps main marks
 * as it starts, `markStart`: each step's median time after the start and
 * the CPU time by then).
 * Then the index's size on disk beside the text's, and the bytes one edit
 * writes. Each size's figures are printed as soon as they are measured.
 * `--browser` also times the list on screen in Chromium over the built
 * renderer. `--baseline REV` measures another commit's SQLite index beside
 * this one's, their cold starts alternated (each timing every query), and
 * prints the ratio of their query times: a before/after that the machine's
 * load sways far less than two runs apart (both use the index this one
 * builds, so REV must keep the same database format). `--cold-cache` drops
 * the library's files and the bundled code from the system's file cache
 * before each cold start (`page-cache.ts`; Linux), as after a reboot: the
 * start then reads from the disk what it needs.
 */
import { rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { prepareBaseline } from './library/baseline.ts';
import { measureInBrowser } from './library/browser-figures.ts';
import { runChild } from './library/child-process.ts';
import { dropFromCache } from './library/page-cache.ts';
import type { BuildFigures, QueryRuns, StartFigures } from './library/cold-start.ts';
import { measureEdits, type EditFigures } from './library/edit-figures.ts';
import {
  generateLibrary,
  generatedBefore,
  type GeneratedLibrary,
} from './library/generate-library.ts';
import { formatSteps, medianSteps } from './library/start-steps.ts';
import { bytes, median, ms, percentile } from './library/stats.ts';
import { LibraryStore } from '../electron/library/store.ts';
import { createPresscutService } from '../electron/service/presscut-service.ts';
import { esmRequire, mainBundle } from '../scripts/main-bundle.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,50000,100000' },
    engines: { type: 'string', default: 'sqlite,minisearch' },
    'old-timeout-min': { type: 'string', default: '30' },
    keep: { type: 'boolean', default: false },
    'keep-index': { type: 'boolean', default: false },
    starts: { type: 'string', default: '3' },
    browser: { type: 'boolean', default: false },
    baseline: { type: 'string' },
    'cold-cache': { type: 'boolean', default: false },
  },
});
const ENGINES = ['sqlite', 'minisearch'] as const;
type Engine = (typeof ENGINES)[number];
const sizes = values.sizes.split(',').map(Number);
const engines = values.engines.split(',') as Engine[];
const oldTimeoutMs = Number(values['old-timeout-min']) * 60_000;
const starts = Number(values.starts);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !Number.isInteger(starts) ||
  starts < 1 ||
  !(oldTimeoutMs > 0) ||
  engines.some((e) => !ENGINES.includes(e))
) {
  console.error(
    'usage: npm run bench:library -- [--sizes 10000,50000,100000] [--engines sqlite,minisearch] [--old-timeout-min 30] [--keep] [--keep-index] [--starts 3] [--browser] [--baseline REV] [--cold-cache]',
  );
  process.exit(2);
}

const BUNDLE = path.resolve(import.meta.dirname, '../dist/bench');
const BUNDLE_START = path.join(BUNDLE, 'cold-start.js');

/** Queries a person might type, using every operator, over the generated language's words, each with what it tries. */
function queries({ words, samplePhrase }: GeneratedLibrary): Array<[label: string, query: string]> {
  const w = words.byRank;
  const typo = (word: string) =>
    word.slice(0, 2) + word.slice(3, 4) + word.slice(2, 3) + word.slice(4);
  return [
    ['word', w(800)],
    ['rare word', w(6000)],
    ['two words', `${w(300)} ${w(2500)}`],
    ['prefix', w(3000).slice(0, 4)],
    ['typo', typo(w(1500))],
    ['phrase', `"${samplePhrase}"`],
    ['-word', `${w(900)} -${w(400)}`],
    ['-phrase', `${w(700)} -"${w(20)} ${w(21)}"`],
    ['tag:', 'tag:ukraine'],
    ['tag: tag:', 'tag:ukraine tag:war'],
    ['-tag: word', `-tag:ukraine ${w(1100)}`],
    ['source:', 'source:"straits times"'],
    ['source: word', `source:reuters ${w(1300)}`],
    ['is:unread', 'is:unread'],
    ['is:read word', `is:read ${w(1000)}`],
    ['is:archived', 'is:archived'],
    ['is:favorite', 'is:favorite'],
    ['has:annotation', 'has:annotation'],
    ['has:note word', `has:note ${w(500)}`],
    ['in:title word', `in:title ${w(600)}`],
    ['before:', 'before:2024-06-01'],
    ['after: word', `after:2025-03-01 ${w(1200)}`],
    ['all at once', `${w(1000)} tag:economy is:unread after:2024-01-01 -is:archived`],
  ];
}

/** The files each engine keeps its index in. */
const INDEX_FILES: Record<Engine, string[]> = {
  sqlite: ['search/library.sqlite', 'search/library.sqlite-wal', 'search/library.sqlite-shm'],
  minisearch: ['search/minisearch.jsonl'],
};

async function sizeOf(dir: string, files: string[]): Promise<number> {
  let total = 0;
  for (const file of files)
    total += await stat(path.join(dir, file)).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

interface EngineFigures {
  build: BuildFigures | string;
  start: StartFigures | string;
  /** The `typing` starts': each query's first run while the library is read, and the read's median time. */
  typing: { whileRead: QueryRuns; readMs: number } | string;
  indexBytes: number;
  edits: EditFigures | string;
}

async function measureEngine(
  engine: Engine,
  library: GeneratedLibrary,
  queriesFile: string,
  /** The baseline's cold start (`--baseline`), to alternate with this code's. */
  baseline: string | null,
): Promise<{ figures: EngineFigures; before: EngineFigures | null }> {
  const { dir } = library;
  const timeoutMs = engine === 'minisearch' ? oldTimeoutMs : 4 * 3_600_000;
  const child = (script: string | null, ...args: string[]) => {
    if (values['cold-cache'] && args[0] !== 'build') {
      const { left } = dropFromCache(dir, path.dirname(script ?? BUNDLE_START));
      if (left > 0) console.error(`  ${bytes(left)} of the library stayed in the file cache`);
    }
    return runChild(script ?? BUNDLE_START, [...args, engine, dir, queriesFile], timeoutMs);
  };
  const kept = values['keep-index'] && (await sizeOf(dir, INDEX_FILES[engine])) > 0;
  if (!kept)
    for (const file of INDEX_FILES[engine]) await rm(path.join(dir, file), { force: true });
  const built = kept ? null : await child(null, 'build');
  if (typeof built === 'string') {
    const failed = { build: built, start: '—', typing: '—', indexBytes: 0, edits: '—' };
    return { figures: failed, before: baseline ? failed : null };
  }
  const indexBytes = await sizeOf(dir, INDEX_FILES[engine]);
  const runs: Array<StartFigures | string> = [];
  const before: Array<StartFigures | string> = [];
  // Alternated, and each timing every query, when compared with a baseline.
  while (runs.length < starts && !runs.some((r) => typeof r === 'string')) {
    if (baseline) before.push((await child(baseline, 'start')) as StartFigures | string);
    const task = baseline || runs.length === 0 ? 'start' : 'restart';
    runs.push((await child(null, task)) as StartFigures | string);
  }
  // As many starts again, each query's first run timed while the library is read; alternated likewise.
  const typed: Array<StartFigures | string> = [];
  const typedBefore: Array<StartFigures | string> = [];
  while (
    engine === 'sqlite' &&
    typed.length < starts &&
    !typed.some((r) => typeof r === 'string')
  ) {
    if (baseline) typedBefore.push((await child(baseline, 'typing')) as StartFigures | string);
    typed.push((await child(null, 'typing')) as StartFigures | string);
  }
  const edits = await measureEdits(engine, dir);
  const build = (built as unknown as BuildFigures | null) ?? 'kept';
  return {
    figures: { build, start: medianStart(runs), typing: whileRead(typed), indexBytes, edits },
    before: baseline
      ? {
          build,
          start: medianStart(before),
          typing: whileRead(typedBefore),
          indexBytes,
          edits: '—',
        }
      : null,
  };
}

/** The `typing` starts' query runs while the library was read, together, and their median time to read it; a start that failed, said. */
function whileRead(runs: Array<StartFigures | string>): EngineFigures['typing'] {
  if (runs.length === 0) return '—';
  const failed = runs.find((r) => typeof r === 'string');
  if (failed !== undefined) return failed;
  const done = runs as StartFigures[];
  return {
    whileRead: {
      ms: done.flatMap((s) => s.whileRead.ms),
      cpuMs: done.flatMap((s) => s.whileRead.cpuMs),
    },
    readMs: median(done.map((s) => s.readMs)),
  };
}

/** The cold starts' median times, the highest peak memory, and every timed query's runs; a start that failed, said. */
function medianStart(runs: Array<StartFigures | string>): StartFigures | string {
  const failed = runs.find((r) => typeof r === 'string');
  if (failed !== undefined) return failed;
  const done = runs as StartFigures[];
  const mid = (pick: (s: StartFigures) => number) => median(done.map(pick));
  const timed = done.filter((s) => s.perQuery.length > 0);
  return {
    ...done[0],
    listMs: mid((s) => s.listMs),
    searchMs: mid((s) => s.searchMs),
    listCpuMs: mid((s) => s.listCpuMs),
    searchCpuMs: mid((s) => s.searchCpuMs),
    readMs: mid((s) => s.readMs),
    peakBytes: Math.max(...done.map((s) => s.peakBytes)),
    steps: medianSteps(done.map((s) => s.steps)),
    perQuery: (timed[0]?.perQuery ?? []).map((q, i) => ({
      ms: timed.flatMap((s) => s.perQuery[i].ms),
      cpuMs: timed.flatMap((s) => s.perQuery[i].cpuMs),
      total: q.total,
      hundred: {
        ms: timed.flatMap((s) => s.perQuery[i].hundred.ms),
        cpuMs: timed.flatMap((s) => s.perQuery[i].hundred.cpuMs),
      },
    })),
  };
}

async function libraryOf(clips: number): Promise<GeneratedLibrary> {
  const dir = path.join(os.tmpdir(), `presscut-bench-library-${clips}`);
  const before = await generatedBefore(dir, clips);
  if (before) return before;
  await rm(dir, { recursive: true, force: true });
  const start = performance.now();
  const library = await generateLibrary(dir, clips);
  console.error(`  generated ${clips} clips in ${ms(performance.now() - start)}`);
  return library;
}

type Row = [label: string, cell: (f: EngineFigures, library: GeneratedLibrary) => string];

const started = (f: EngineFigures) => (typeof f.start === 'string' ? null : f.start);

/** Every timed query's runs, as the window asks (its first page), or with 100 hits. */
function queryRuns(f: EngineFigures, pick: 'ms' | 'cpuMs', hundred = false): number[] {
  return started(f)?.perQuery.flatMap((q) => (hundred ? q.hundred : q)[pick]) ?? [];
}

function searchFigure(f: EngineFigures, pick: 'ms' | 'cpuMs', hundred = false): string {
  if (!started(f)) return '—';
  const all = queryRuns(f, pick, hundred);
  return `${ms(percentile(all, 0.5))} / ${ms(percentile(all, 0.95))}`;
}
const ROWS: Row[] = [
  [
    'list (first 100) after start (CPU time by then)',
    (f) => {
      const s = started(f);
      return s ? `${ms(s.listMs)} (${ms(s.listCpuMs)})` : String(f.start);
    },
  ],
  [
    'search answers after start (CPU time by then)',
    (f) => {
      const s = started(f);
      return s ? `${ms(s.searchMs)} (${ms(s.searchCpuMs)})` : '—';
    },
  ],
  ['library read whole after start', (f) => (started(f) ? ms(started(f)!.readMs) : '—')],
  [
    "search p50 / p95, every operator (the window's first page, 50 hits)",
    (f) => searchFigure(f, 'ms'),
  ],
  ['search CPU p50 / p95 (every thread)', (f) => searchFigure(f, 'cpuMs')],
  [
    'search p50 / p95 with 100 hits (CPU p50 / p95)',
    (f) => `${searchFigure(f, 'ms', true)} (${searchFigure(f, 'cpuMs', true)})`,
  ],
  [
    "search while the library is read, each query's first run: p50 / p95 (CPU p50 / p95; runs), the library read whole after start",
    (f) => {
      if (typeof f.typing === 'string') return f.typing;
      const { ms: times, cpuMs } = f.typing.whileRead;
      if (times.length === 0) return `none (${ms(f.typing.readMs)})`;
      return `${ms(percentile(times, 0.5))} / ${ms(percentile(times, 0.95))} (${ms(percentile(cpuMs, 0.5))} / ${ms(percentile(cpuMs, 0.95))}; ${times.length}), ${ms(f.typing.readMs)}`;
    },
  ],
  ['peak memory (the process)', (f) => (started(f) ? bytes(started(f)!.peakBytes) : '—')],
  [
    'index on disk (× the text)',
    (f, library) =>
      f.indexBytes
        ? `${bytes(f.indexBytes)} (${(f.indexBytes / library.textBytes).toFixed(2)}×)`
        : '—',
  ],
  ['index first build', (f) => (typeof f.build === 'string' ? f.build : ms(f.build.buildMs))],
  [
    'peak memory while building',
    (f) => (typeof f.build === 'string' ? '—' : bytes(f.build.peakBytes)),
  ],
  [
    'bytes one edit writes: progress / tag / text (the most of five)',
    (f) => {
      if (typeof f.edits === 'string') return f.edits;
      const { progress, tag, text } = f.edits;
      return `${bytes(progress.median)} / ${bytes(tag.median)} / ${bytes(text.median)} (${bytes(progress.most)} / ${bytes(tag.most)} / ${bytes(text.most)})`;
    },
  ],
];

/** A column of the tables: an engine's figures, or the baseline's. */
interface Column {
  label: string;
  figures: EngineFigures;
}

/** Each query's median and p95 (of its runs), by what it tries, a column each. */
function printPerQuery(
  labelled: Array<[label: string, query: string]>,
  columns: readonly Column[],
): void {
  console.log(
    `\n| query: median / p95 (median CPU), the window's first page; 100 hits: median CPU | ${columns.map((c) => c.label).join(' | ')} | hits |`,
  );
  console.log(`|---|${columns.map(() => '---').join('|')}|---|`);
  for (const [i, [label, query]] of labelled.entries()) {
    const cells = columns.map(({ figures }) => {
      const q = started(figures)?.perQuery[i];
      return q
        ? `${ms(median(q.ms))} / ${ms(percentile(q.ms, 0.95))} (${ms(median(q.cpuMs))}); ${ms(median(q.hundred.cpuMs))}`
        : '—';
    });
    const hits = columns.map((c) => started(c.figures)?.perQuery[i]?.total ?? '—').join(' / ');
    console.log(`| ${label} \`${query}\` | ${cells.join(' | ')} | ${hits} |`);
  }
}

/** This code's query times over the baseline's, measured in the same run: below 1, faster. */
function printRatios(before: EngineFigures, after: EngineFigures, commit: string): void {
  const ratio = (pick: 'ms' | 'cpuMs', p: number, hundred: boolean) => {
    const was = percentile(queryRuns(before, pick, hundred), p);
    return was > 0 ? (percentile(queryRuns(after, pick, hundred), p) / was).toFixed(2) : '—';
  };
  const typing = (f: EngineFigures, pick: 'ms' | 'cpuMs', p: number) =>
    typeof f.typing === 'string' ? NaN : percentile(f.typing.whileRead[pick], p);
  const typed = (pick: 'ms' | 'cpuMs', p: number) => {
    const was = typing(before, pick, p);
    return was > 0 ? (typing(after, pick, p) / was).toFixed(2) : '—';
  };
  console.log(
    `this code over ${commit}, while the library is read (each query's first run): search CPU p50 ×${typed('cpuMs', 0.5)}, p95 ×${typed('cpuMs', 0.95)}; time p50 ×${typed('ms', 0.5)}, p95 ×${typed('ms', 0.95)}`,
  );
  for (const hundred of [false, true])
    console.log(
      `this code over ${commit}, cold starts alternated, ${hundred ? '100 hits' : "the window's first page"}: search CPU p50 ×${ratio('cpuMs', 0.5, hundred)}, p95 ×${ratio('cpuMs', 0.95, hundred)}; time p50 ×${ratio('ms', 0.5, hundred)}, p95 ×${ratio('ms', 0.95, hundred)}`,
    );
}

/** Builds the cold start and the workers it starts, as main is built, from the code in `workingDir`. */
async function bundle(workingDir: string, outdir: string): Promise<void> {
  await build({
    ...mainBundle,
    absWorkingDir: workingDir,
    entryPoints: {
      'cold-start': 'bench/library/cold-start.ts',
      'search-worker': 'electron/search/search-worker.ts',
      'index-read-worker': 'electron/library/index-read-worker.ts',
    },
    outdir,
    // As main's bundle is: what is imported only when needed is in chunks loaded then.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    banner: esmRequire,
  });
}

async function main(): Promise<void> {
  // Bundled as main is (every package in, minified), since that is what the app loads at start.
  const root = path.resolve(import.meta.dirname, '..');
  await rm(BUNDLE, { recursive: true, force: true });
  await bundle(root, BUNDLE);
  const baseline = values.baseline
    ? await prepareBaseline(values.baseline, root, (dir) =>
        bundle(dir, path.join(dir, 'dist', 'bench')),
      )
    : null;
  const baselineStart = baseline && path.join(baseline.dir, 'dist', 'bench', 'cold-start.js');
  console.log(
    `Presscut library benchmark: ${sizes.join(', ')} clips; ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}; Node ${process.version}; cold start: the median of ${starts}${baseline ? `, alternated with ${baseline.commit}'s` : ''}${values['cold-cache'] ? ', each with the library and code out of the file cache' : ''}`,
  );
  const names: Record<Engine, string> = { sqlite: 'new', minisearch: 'old' };
  for (const clips of sizes) {
    const library = await libraryOf(clips);
    const queriesFile = path.join(library.dir, 'bench-queries.json');
    const labelled = queries(library);
    await writeFile(queriesFile, JSON.stringify(labelled.map(([, query]) => query)));
    const columns: Column[] = [];
    for (const engine of engines) {
      console.error(`  ${clips} clips, ${engine}…`);
      const compared = engine === 'sqlite' ? baselineStart : null;
      const { figures, before } = await measureEngine(engine, library, queriesFile, compared);
      if (before)
        columns.push({ label: `${clips} ${names[engine]} @${baseline!.commit}`, figures: before });
      columns.push({ label: `${clips} ${names[engine]}`, figures });
    }
    const header = ['', ...columns.map((c) => c.label)];
    console.log(`\n| ${header.join(' | ')} |\n|${header.map(() => '---').join('|')}|`);
    for (const [label, cell] of ROWS)
      console.log(`| ${label} | ${columns.map((c) => cell(c.figures, library)).join(' | ')} |`);
    console.log(`text: ${bytes(library.textBytes)}; load ${os.loadavg()[0].toFixed(1)}`);
    for (const { label, figures } of columns) {
      const steps = started(figures)?.steps;
      if (steps?.length)
        console.log(
          `${label}'s start, step by step (median time after start, CPU time by then): ${formatSteps(steps)}`,
        );
    }
    printPerQuery(labelled, columns);
    if (baseline && columns.length >= 2)
      printRatios(columns[0].figures, columns[1].figures, baseline.commit);
    if (values.browser) {
      const store = await LibraryStore.open(library.dir);
      const service = createPresscutService(store, { openExternal: async () => undefined });
      const browser = await measureInBrowser(service, 3);
      console.log(
        `list on screen in Chromium, from the page starting: ${ms(median(browser.listShownMs))}; ${browser.domNodes} DOM nodes; the window received ${bytes(median(browser.openBytes))} to open`,
      );
      await store.close();
    }
    if (!values.keep) await rm(library.dir, { recursive: true, force: true });
  }
  console.log(
    `\nnew: SQLite FTS5 in a worker thread${baseline ? ` (@${baseline.commit}: the same, as of that commit)` : ''}; old: MiniSearch (bench/library/minisearch).`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
