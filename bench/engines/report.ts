import { figureOf, type PageScore } from './score.ts';
import type { BenchPage, SetName } from './sets.ts';
import type { Timing } from './timing.ts';

export interface EngineResults {
  /** The engine learns from pages: its k-fold figure comes from fits on the training folds. */
  fits: boolean;
  /** Per page (null where the engine cannot read the page): as shipped, and fit without the page's fold. */
  dev: (PageScore | null)[];
  kfold: (PageScore | null)[];
  times: Partial<Record<SetName, Timing>> | null;
}

export interface Results {
  k: number;
  runs: number;
  sets: SetName[];
  pages: BenchPage[];
  folds: number[];
  engines: Record<string, EngineResults>;
}

const f3 = (x: number) => x.toFixed(3);

export function printReport(r: Results, worst = 0): void {
  const names = Object.keys(r.engines).filter((n) => r.engines[n].dev.length > 0);
  console.log(
    `${r.pages.length} pages, ${new Set(r.pages.map((p) => p.site)).size} sites, ${r.k} folds by site` +
      ` (news: shingle F1 of the main article; snippets: trafilatura's F1, main article; portal: main stories)`,
  );
  console.log('\nset       engine       dev F1  prec   recall | k-fold F1 [folds]     | split');
  for (const set of r.sets) {
    for (const name of names) {
      const e = r.engines[name];
      const dev = pick(r, set, e.dev);
      if (dev.length === 0) continue;
      const devFig = figureOf(set, dev);
      const kfold = figureOf(set, pick(r, set, e.kfold));
      const perFold = foldFigures(r, set, e.kfold);
      const range = `[${f3(Math.min(...perFold))}–${f3(Math.max(...perFold))}]`;
      const mark = e.fits ? '' : '=';
      console.log(
        `${set.padEnd(9)} ${name.padEnd(12)} ${f3(devFig.f1)}  ${f3(devFig.precision)}  ${f3(devFig.recall)}  | ` +
          `${f3(kfold.f1)}${mark.padEnd(1)} ${range.padEnd(13)} | ${splits(r, set, e.dev)}`,
      );
      if (set === 'portal') {
        const all = figureOf(set, dev, true);
        const exact = dev.filter((s, i) => s.articles === storiesIn(r, set, i)).length;
        const fields = dev.flatMap((s) => s.fields ?? []);
        const right = (key: 'title' | 'source' | 'byline') =>
          `${fields.filter((f) => f[key]).length}/${fields.length}`;
        console.log(
          `${''.padEnd(22)} all stories F1 ${f3(all.f1)} (prec ${f3(all.precision)}, recall ${f3(all.recall)}); ` +
            `pages with every story and no other: ${exact}/${dev.length}; ` +
            `right: title ${right('title')}, outlet ${right('source')}, byline ${right('byline')}`,
        );
      }
    }
  }
  console.log(
    '(= the engine learns nothing from pages: its k-fold figure is its dev figure; split: single-story pages cut into several articles (the extra articles), and those where the preview would tick an extra one)',
  );
  printFolds(r, names);
  for (const key of ['lang', 'kind'] as const) printGroups(r, names, key);
  if (worst > 0) printWorst(r, names, worst);
  printTimes(r, Object.keys(r.engines));
}

/** The pages each engine does worst on (k-fold), to look at next. */
function printWorst(r: Results, names: readonly string[], count: number): void {
  for (const set of r.sets)
    for (const name of names) {
      const scored = r.engines[name].kfold
        .map((s, i) => ({ s, page: r.pages[i] }))
        .filter((x): x is { s: PageScore; page: BenchPage } => !!x.s && x.page.set === set)
        .map((x) => ({ ...x, f1: figureOf(set, [x.s]).f1 }))
        .sort((a, b) => a.f1 - b.f1)
        .slice(0, count);
      console.log(`
worst ${set} pages, ${name}:`);
      for (const { page, f1, s } of scored)
        console.log(
          `  ${f3(f1)}  ${page.id.slice(0, 16).padEnd(16)} ${page.site.padEnd(28)} ${s.articles} article(s)`,
        );
    }
}

/** The engine's page scores of one set, in page order (optionally only where `keep` holds). */
function pick(
  r: Results,
  set: SetName,
  scores: readonly (PageScore | null)[],
  keep: (i: number) => boolean = () => true,
): PageScore[] {
  const out: PageScore[] = [];
  scores.forEach((s, i) => {
    if (s && r.pages[i].set === set && keep(i)) out.push(s);
  });
  return out;
}

/** How many articles the page's gold holds (in set order, matching `pick`). */
function storiesIn(r: Results, set: SetName, k: number): number {
  const page = r.pages.filter((p) => p.set === set)[k];
  return page.gold.kind === 'portal' ? page.gold.articles.length : 1;
}

function splits(r: Results, set: SetName, scores: readonly (PageScore | null)[]): string {
  let single = 0;
  let split = 0;
  let extra = 0;
  let ticked = 0;
  scores.forEach((s, i) => {
    const page = r.pages[i];
    if (!s || page.set !== set || !page.single) return;
    single++;
    if (s.articles > 1) {
      split++;
      extra += s.articles - 1;
    }
    if (s.ticked > 0) ticked++;
  });
  return `${split}/${single} (${extra}), ticked ${ticked}`;
}

/** Each held-out fold's figure, to tell a gain that holds on unseen sites from one that does not. */
function printFolds(r: Results, names: readonly string[]): void {
  console.log(`\nk-fold F1 by fold (each fold's sites held out, folds 1–${r.k})`);
  for (const set of r.sets)
    for (const name of names) {
      const cells = foldFigures(r, set, r.engines[name].kfold).map((f) => f3(f));
      if (cells.length > 0) console.log(`${set.padEnd(9)} ${name.padEnd(12)} ${cells.join('  ')}`);
    }
}

/** The set's figure on each held-out fold, in fold order. */
export function foldFigures(
  r: Results,
  set: SetName,
  scores: readonly (PageScore | null)[],
): number[] {
  return [...Array(r.k).keys()]
    .map((f) => pick(r, set, scores, (i) => r.folds[i] === f))
    .filter((s) => s.length > 0)
    .map((s) => figureOf(set, s).f1);
}

function printGroups(r: Results, names: readonly string[], key: 'lang' | 'kind'): void {
  const grouped = r.sets.filter(
    (set) => new Set(r.pages.filter((p) => p.set === set).map((p) => p[key])).size > 1,
  );
  if (grouped.length === 0) return;
  console.log(`\nk-fold F1 by ${key === 'lang' ? 'language' : 'page kind'}`);
  console.log(`set       ${key.padEnd(10)} pages  ${names.map((n) => n.padStart(11)).join(' ')}`);
  for (const set of grouped) {
    const groups = [...new Set(r.pages.filter((p) => p.set === set).map((p) => p[key]))].sort();
    for (const group of groups) {
      const inGroup = (i: number) => r.pages[i][key] === group;
      const cells = names.map((n) => {
        const s = pick(r, set, r.engines[n].kfold, inGroup);
        return (s.length ? f3(figureOf(set, s).f1) : '—').padStart(11);
      });
      const count = r.pages.filter((p) => p.set === set && p[key] === group).length;
      console.log(
        `${set.padEnd(9)} ${group.padEnd(10)} ${String(count).padStart(5)}  ${cells.join(' ')}`,
      );
    }
  }
}

function printTimes(r: Results, names: readonly string[]): void {
  const reference = r.engines.readability?.times;
  if (!reference) return;
  console.log(
    `\nms per page (each page's median of ${r.runs} runs): wall median / p95, cpu median / p95, and × Readability.js + linkedom on the same pages (wall)`,
  );
  for (const set of r.sets)
    for (const n of names) {
      const t = r.engines[n].times?.[set];
      if (!t) continue;
      const ref = n === 'readability' ? null : reference[set];
      const ratio = ref
        ? `  ${(t.median / ref.median).toFixed(2)}× / ${(t.p95 / ref.p95).toFixed(2)}×`
        : '';
      console.log(
        `${set.padEnd(9)} ${n.padEnd(12)} ${t.median.toFixed(1).padStart(6)} / ${t.p95.toFixed(1).padStart(6)}` +
          `   cpu ${t.cpuMedian.toFixed(1).padStart(6)} / ${t.cpuP95.toFixed(1).padStart(6)}${ratio}`,
      );
    }
}
