/**
 * One measurement of `npm run bench:library`, in a process of its own so that
 * it starts cold and its peak memory is its own (worker threads included):
 *
 *     node cold-start.js build|start|restart|typing sqlite|minisearch DIR [QUERIES_JSON]
 *
 * `build` builds the engine's index from every clip's text; `start` opens the
 * library as the app does and times, from the process's start, the first
 * window of the list, the first answer to a search and the library read
 * whole, then, once it is read (main and a thread are busy with it until
 * then), every query; `restart` does the same but for the queries, so that
 * starts can be repeated for their median; `typing` instead times each
 * query's first run while the library is read, one after another from the
 * first search answered, as a person searching at once would. The steps of
 * the start (`markStart`) come with them.
 * Prints one JSON line. Bundled by the benchmark (as the app's main process
 * is) so that its start is not spent compiling TypeScript.
 */
import { readFile } from 'node:fs/promises';
import { performance, type PerformanceMark } from 'node:perf_hooks';
// Only what main loads before it starts the library: the rest is loaded when needed, as main does.
import { openPresscutService } from '../../electron/service/open-service.ts';
import { markStart, START_MARK, type StartMarkDetail } from '../../electron/library/start-marks.ts';
import { WINDOW as LIST_WINDOW } from '../../renderer/state/list-windows.ts';

// The entry and what it imports statically are loaded and run: what main's start has loaded by then.
markStart('code');

type Engine = 'sqlite' | 'minisearch';

export interface BuildFigures {
  buildMs: number;
  peakBytes: number;
}

export interface StartFigures {
  /** From the process's start: the list's first window (100 summaries, newest first) in hand. */
  listMs: number;
  /** From the process's start: the first search answered. */
  searchMs: number;
  /** CPU time the process (every thread) had spent when the list's first window was in hand: less sensitive than `listMs` to the machine's load. */
  listCpuMs: number;
  /** CPU time the process had spent when the first search was answered. */
  searchCpuMs: number;
  /** From the process's start: the library read whole (every method answers). */
  readMs: number;
  /**
   * Each query's timed runs (ms), the CPU time each took (ms, every thread
   * of the process: what a loaded machine does not inflate as much), and
   * its hits, in the order of the queries: as the window asks for a search
   * (its first window, `WINDOW` hits), and as `searchClips` answers it with
   * 100 hits (`hundred`).
   */
  perQuery: Array<QueryRuns & { total: number; hundred: QueryRuns }>;
  peakBytes: number;
  /** The start's steps in the order they were reached: when (ms from the process's start) and the CPU time spent by then. */
  steps: StartStep[];
  /**
   * Each query's first run, as the window asks for a search, sent one after
   * another from the first search answered until the library is read whole
   * (the `typing` task; none otherwise): a person searching in the first
   * seconds after start. Those sent once the library was read are left out.
   */
  whileRead: QueryRuns;
}

export interface QueryRuns {
  ms: number[];
  cpuMs: number[];
}

export interface StartStep {
  step: string;
  ms: number;
  /** Null for Node's own start, whose CPU time is not known apart. */
  cpuMs: number | null;
}

const RUNS_PER_QUERY = 7;
const FIRST_WINDOW = 100;
const HITS = 100;
/** How many hits the window asks for first when a search is typed: its first window of the list. */
const WINDOW = LIST_WINDOW;

const peak = () => process.resourceUsage().maxRSS * 1024;
const sinceStart = () => performance.now();
/** User and system time of every thread of the process so far. */
const cpuSoFar = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function build(engine: Engine, dir: string): Promise<BuildFigures> {
  const { LibraryStore } = await import('../../electron/library/store.ts');
  const { SearchIndex } = await import('../../electron/search/search-index.ts');
  const store = await LibraryStore.open(dir);
  const start = performance.now();
  if (engine === 'sqlite') {
    const index = await SearchIndex.open(store);
    await index.indexed();
    await index.close();
  } else {
    const { SearchIndex: MiniSearchIndex } = await import('./minisearch/search-index.ts');
    await (await MiniSearchIndex.open(store)).close();
  }
  const buildMs = performance.now() - start;
  await store.close();
  return { buildMs, peakBytes: peak() };
}

/** Runs a query a few times with a search function (which answers it with `limit` hits); their times, and its hits. */
async function timeRuns(
  query: string,
  limit: number,
  search: (query: string, limit: number) => Promise<{ total: number }>,
): Promise<QueryRuns & { total: number }> {
  const runs = { ms: [] as number[], cpuMs: [] as number[], total: 0 };
  for (let run = 0; run < RUNS_PER_QUERY; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    runs.total = (await search(query, limit)).total;
    runs.ms.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpu);
    runs.cpuMs.push((user + system) / 1000);
  }
  return runs;
}

/** Times each query: a few runs of the window's first page of it, then of 100 hits. */
async function timeQueries(
  queries: string[],
  search: (query: string, limit: number) => Promise<{ total: number }>,
): Promise<Pick<StartFigures, 'perQuery'>> {
  const perQuery: StartFigures['perQuery'] = [];
  for (const query of queries) {
    const first = await timeRuns(query, WINDOW, search);
    const { ms, cpuMs } = await timeRuns(query, HITS, search);
    perQuery.push({ ...first, hundred: { ms, cpuMs } });
  }
  return { perQuery };
}

/** The steps marked so far (`markStart`), after Node's own start. */
function stepsSoFar(): StartStep[] {
  const node = performance.nodeTiming.bootstrapComplete;
  const marked = performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith(START_MARK))
    .map((m) => ({
      step: m.name.slice(START_MARK.length),
      ms: m.startTime,
      cpuMs: ((m as PerformanceMark).detail as StartMarkDetail).cpuMs,
    }));
  return [{ step: 'node', ms: node, cpuMs: null }, ...marked].sort((a, b) => a.ms - b.ms);
}

/** A start's figures: its times, its queries', its peak memory by now and its steps. */
function startFigures(
  times: Pick<StartFigures, 'listMs' | 'searchMs' | 'listCpuMs' | 'searchCpuMs' | 'readMs'>,
  timed: Pick<StartFigures, 'perQuery' | 'whileRead'>,
  steps: StartStep[],
): StartFigures {
  return { ...times, ...timed, peakBytes: peak(), steps };
}

/** Each query once, one after another, until `read` settles: the runs sent before it did. */
async function timeWhileReading(
  queries: string[],
  read: Promise<unknown>,
  search: (query: string) => Promise<unknown>,
): Promise<QueryRuns> {
  let reading = true;
  void read.finally(() => (reading = false));
  const runs: QueryRuns = { ms: [], cpuMs: [] };
  for (const query of queries) {
    if (!reading) break;
    const cpu = process.cpuUsage();
    const started = performance.now();
    await search(query);
    runs.ms.push(performance.now() - started);
    const { user, system } = process.cpuUsage(cpu);
    runs.cpuMs.push((user + system) / 1000);
  }
  return runs;
}

async function startSqlite(dir: string, queries: string[], task: Task): Promise<StartFigures> {
  const { service, store } = await openPresscutService(dir, {
    openExternal: async () => undefined,
  });
  // Main loads the calls' argument checks once the library has started (electron/main.ts): a call waits for them.
  const checks = import('../../electron/api/dispatch.ts').then((loaded) => {
    markStart('checks');
    return loaded;
  });
  const call = async (method: 'listWindow' | 'searchClips', args: unknown[]) => {
    const reply = await (await checks).dispatch(service, method, args);
    if (!reply.ok) throw new Error(`${method}: ${reply.error.message}`);
    return reply.value;
  };
  let readMs = 0;
  const read = store.then((s) => {
    readMs = sinceStart();
    return s;
  });
  // The window's first screen: the newest clips of the main shelf.
  await call('listWindow', [{ shelf: 'clips', order: 'newest', offset: 0, limit: FIRST_WINDOW }]);
  const listMs = sinceStart();
  const listCpuMs = cpuSoFar();
  markStart('list');
  await call('searchClips', [queries[0], { limit: HITS }]);
  const searchMs = sinceStart();
  const searchCpuMs = cpuSoFar();
  markStart('search');
  const steps = stepsSoFar();
  // As the window asks for a search (renderer/state/list-windows.ts); with 100 hits, as searchClips does.
  const search = async (query: string, limit: number) =>
    limit === WINDOW
      ? ((await call('listWindow', [
          { shelf: 'clips', tags: [], search: query, order: 'score', offset: 0, limit },
        ])) as { total: number })
      : ((await call('searchClips', [query, { limit }])) as { total: number });
  const whileRead =
    task === 'typing'
      ? await timeWhileReading(queries, read, (query) => search(query, WINDOW))
      : { ms: [], cpuMs: [] };
  // The rest timed once the library is read, which until then takes main and a thread of its own.
  const library = await read;
  const timed = await timeQueries(task === 'start' ? queries : [], search);
  await library.close();
  return startFigures(
    { listMs, searchMs, listCpuMs, searchCpuMs, readMs },
    { ...timed, whileRead },
    steps,
  );
}

async function startMiniSearch(dir: string, queries: string[], task: Task): Promise<StartFigures> {
  // Loaded only for the old engine, so that the new one's start does not pay for it.
  const { SearchIndex: MiniSearchIndex } = await import('./minisearch/search-index.ts');
  const { searchLibrary } = await import('./minisearch/search-library.ts');
  const { LibraryStore } = await import('../../electron/library/store.ts');
  const { toSummary } = await import('../../electron/model/clip-summary.ts');
  const { parseQuery } = await import('../../electron/search/query.ts');
  const store = await LibraryStore.open(dir);
  // As the window did: the first 100 of the list, from the store's records.
  store.records().slice(0, FIRST_WINDOW).map(toSummary);
  const listMs = sinceStart();
  const listCpuMs = cpuSoFar();
  const readMs = listMs;
  const index = await MiniSearchIndex.open(store);
  const search = async (query: string, limit = HITS) => {
    const { hits, total } = await searchLibrary(index, store, parseQuery(query), {
      limit,
      offset: 0,
    });
    hits.map((h) => toSummary(h.record));
    return { total };
  };
  await search(queries[0]);
  const searchMs = sinceStart();
  const searchCpuMs = cpuSoFar();
  const steps = stepsSoFar();
  // It answers nothing before the library is read.
  const timed = await timeQueries(task === 'start' ? queries : [], search);
  await index.close();
  await store.close();
  return startFigures(
    { listMs, searchMs, listCpuMs, searchCpuMs, readMs },
    { ...timed, whileRead: { ms: [], cpuMs: [] } },
    steps,
  );
}

/** What a start times besides itself: every query once the library is read, none, or each query's first run while it is read. */
type Task = 'start' | 'restart' | 'typing';

async function main(): Promise<void> {
  const [task, engine, dir, queriesFile] = process.argv.slice(2) as [
    'build' | Task,
    Engine,
    string,
    string | undefined,
  ];
  if (task === 'build') {
    console.log(JSON.stringify(await build(engine, dir)));
    return;
  }
  const queries = JSON.parse(await readFile(queriesFile!, 'utf8')) as string[];
  const figures =
    engine === 'sqlite'
      ? await startSqlite(dir, queries, task)
      : await startMiniSearch(dir, queries, task);
  console.log(JSON.stringify(figures));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
