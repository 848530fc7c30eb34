/**
 * The engines' evaluation harness: both clipping engines on the three
 * development sets, in one run.
 *
 *   npm run bench [-- --folds K] [--runs N] [--sets news,snippets,portal] [--engines text,html,readability]
 *                    [--no-timing] [--worst N] [--json FILE] [--paste-bench DIR]
 *
 * For each set and engine it prints the set's own figure on every page (the
 * engine as shipped) and the site-grouped k-fold figure: the pages are dealt
 * into K folds by site, and an engine that learns from pages is fit on K-1
 * folds and scores the held-out one, so its figure is for sites it never saw.
 * An engine that learns nothing from pages scores the same either way. Then
 * the k-fold figures by language and page kind, the single-story pages an
 * engine split into several articles, and the time per page (median, p95 of
 * each page's median over N runs) beside Readability.js + linkedom on the
 * same pages in the same run. `--worst N` lists each engine's N worst pages
 * of each set; `--json` writes the figures, to compare two runs.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ExtractedArticle } from '../electron/model/article.ts';
import { foldsBySite } from './engines/folds.ts';
import { foldFigures, printReport, type Results } from './engines/report.ts';
import { figureOf, scorePage, type PageScore } from './engines/score.ts';
import {
  loadNews,
  loadPortal,
  loadSnippets,
  pasteBenchDir,
  type BenchPage,
  type SetName,
} from './engines/sets.ts';
import { timeEngines } from './engines/timing.ts';
import {
  htmlEngine,
  readability,
  reads,
  textEngine,
  type EngineUnderTest,
} from './engines/under-test.ts';

const repo = path.resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    folds: { type: 'string', default: '5' },
    runs: { type: 'string', default: '3' },
    sets: { type: 'string', default: 'news,snippets,portal' },
    engines: { type: 'string', default: 'text,html,readability' },
    'no-timing': { type: 'boolean', default: false },
    json: { type: 'string' },
    worst: { type: 'string', default: '0' },
    'paste-bench': { type: 'string' },
  },
});

const k = Math.max(2, Number(values.folds) || 5);
const runs = Math.max(1, Number(values.runs) || 3);
const wanted = new Set(values.sets.split(','));
const benchDir = pasteBenchDir(repo, values['paste-bench']);
if (!benchDir && (wanted.has('news') || wanted.has('snippets'))) {
  console.error(
    'bench: no paste bench found (../shared/paste-bench beside the checkout); give --paste-bench DIR or PRESSCUT_PASTE_BENCH',
  );
  process.exit(2);
}
const pages: BenchPage[] = [
  ...(wanted.has('news') ? loadNews(path.join(benchDir!, 'dev')) : []),
  ...(wanted.has('snippets') ? loadSnippets(path.join(benchDir!, 'snippets-dev')) : []),
  ...(wanted.has('portal') ? loadPortal(path.join(repo, 'bench/portal-pastes')) : []),
];
const sets = (['news', 'snippets', 'portal'] as SetName[]).filter((s) => wanted.has(s));
const engines = [textEngine, htmlEngine, readability].filter((e) =>
  values.engines.split(',').includes(e.name),
);
const folds = foldsBySite(pages, k);

const results: Results = { k, runs, sets, pages, folds, engines: {} };
for (const engine of engines) {
  const shipped = pages.map((p) => (reads(engine, p) ? engine.run(p) : null));
  const heldOut = engine.fit ? crossValidated(engine, pages, folds, k) : shipped;
  results.engines[engine.name] = {
    fits: !!engine.fit,
    dev: scores(pages, shipped),
    kfold: scores(pages, heldOut),
    times: null,
  };
}
if (!values['no-timing']) {
  // Times are given beside Readability's, measured in the same run.
  const timed = engines.includes(readability) ? engines : [...engines, readability];
  const times = timeEngines(timed, pages, runs);
  for (const [name, perSet] of times) {
    results.engines[name] ??= { fits: false, dev: [], kfold: [], times: null };
    results.engines[name].times = perSet;
  }
}

printReport(results, Number(values.worst) || 0);
if (values.json) writeFileSync(values.json, JSON.stringify(summaryOf(results), null, 1) + '\n');

/** Each page's articles from the engine fit on the folds that do not hold it. */
function crossValidated(
  engine: EngineUnderTest,
  all: readonly BenchPage[],
  foldOf: readonly number[],
  count: number,
): (ExtractedArticle[] | null)[] {
  const out: (ExtractedArticle[] | null)[] = all.map(() => null);
  for (let f = 0; f < count; f++) {
    const run = engine.fit!(all.filter((_, i) => foldOf[i] !== f));
    all.forEach((p, i) => {
      if (foldOf[i] === f && reads(engine, p)) out[i] = run(p);
    });
  }
  return out;
}

function scores(
  all: readonly BenchPage[],
  outputs: readonly (ExtractedArticle[] | null)[],
): (PageScore | null)[] {
  return all.map((p, i) => (outputs[i] ? scorePage(p, outputs[i]) : null));
}

/** The figures as data, to compare two runs. */
function summaryOf(r: Results) {
  return Object.fromEntries(
    Object.entries(r.engines).map(([name, e]) => [
      name,
      Object.fromEntries(
        r.sets.map((set) => {
          const pick = (s: readonly (PageScore | null)[]) =>
            s.filter((x, i): x is PageScore => x !== null && r.pages[i].set === set);
          return [
            set,
            {
              dev: figureOf(set, pick(e.dev)),
              kfold: figureOf(set, pick(e.kfold)),
              folds: foldFigures(r, set, e.kfold),
              times: e.times?.[set] ?? null,
            },
          ];
        }),
      ),
    ]),
  );
}
