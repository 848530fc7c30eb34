/**
 * Each set's metric, page by page, so that any group of pages (a fold, a
 * language, a kind) can be summed up the way the set's own scorer does:
 *
 * - news: the paste benchmark's (../shared/paste-bench/score.mjs): 4-gram
 *   shingle precision and recall of the first article, averaged over pages,
 *   F1 of the two means;
 * - snippets: trafilatura's (score-snippets.mjs --main): "with" passages found
 *   and "without" passages leaked in the first article, summed over pages;
 * - portal: every gold story matched to the article of the
 *   same title (the main story to the first article), shingles as for news.
 */
import { bodyText, storyText, type ExtractedArticle } from '../../electron/model/article.ts';
import { CONFIDENT } from '../../electron/clipping/text/judge-stories.ts';
import { overlap, summarise } from '../paste-bench-metric.ts';
import type { BenchPage, SetName, SnippetGold } from './sets.ts';

/** Precision and recall of one body against its gold (null where there is nothing to measure). */
type Overlap = ReturnType<typeof overlap>;

export interface PageScore {
  /** news: the main article; portal: the main story. */
  main?: Overlap;
  /** portal: every gold story. */
  stories?: Overlap[];
  /** portal: of every gold story, whether its article's title, outlet and byline are the gold's. */
  fields?: { title: boolean; source: boolean; byline: boolean }[];
  /** snippets: trafilatura's counts. */
  counts?: { tp: number; fn: number; fp: number; tn: number };
  /** Articles the engine returned. */
  articles: number;
  /** Of the articles after the main one, those the preview ticks (the engine is sure of them, or does not say). */
  ticked: number;
}

export interface Figure {
  f1: number;
  precision: number;
  recall: number;
  pages: number;
}

/** The snippets scorer's whitespace: every run of what Python's `\s` matches becomes one space. */
const WS = /[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g;
const norm = (s: string) => s.replace(WS, ' ').trim();

export function scorePage(page: BenchPage, articles: readonly ExtractedArticle[]): PageScore {
  const counted = {
    articles: articles.length,
    ticked: articles.slice(1).filter((a) => (a.confidence ?? 1) >= CONFIDENT).length,
  };
  const gold = page.gold;
  const main = articles[0] ? storyText(articles[0].blocks) : '';
  if (gold.kind === 'news') return { main: overlap(gold.body, main), ...counted };
  if (gold.kind === 'snippets') {
    const { missed, leaked } = snippetErrors(gold, main);
    const tp = gold.with.length - missed.length;
    const fp = leaked.length;
    const counts = { tp, fn: missed.length, fp, tn: gold.without.length - fp };
    return { counts, ...counted };
  }
  const matches = gold.articles.map(
    (g, k) => articles.find((a) => same(a.title, g.title)) ?? (k === 0 ? articles[0] : undefined),
  );
  const stories = gold.articles.map((g, k) =>
    overlap(g.body, matches[k] ? bodyText(matches[k].blocks) : ''),
  );
  const fields = gold.articles.map((g, k) => ({
    title: same(matches[k]?.title, g.title),
    source: same(matches[k]?.source, g.source),
    byline: same(matches[k]?.byline, g.byline),
  }));
  return { main: stories[0], stories, fields, ...counted };
}

/** The "with" passages a main article's text misses and the "without" passages it holds. */
export function snippetErrors(
  gold: SnippetGold,
  main: string,
): { missed: string[]; leaked: string[] } {
  const text = norm(main);
  return {
    missed: gold.with.filter((w) => !text.includes(norm(w))),
    leaked: gold.without.filter((w) => text.includes(norm(w))),
  };
}

/** The set's figure over some of its pages; for the portal set, its main stories ('all' for every story). */
export function figureOf(set: SetName, scores: readonly PageScore[], all = false): Figure {
  if (set === 'snippets') {
    const sum = { tp: 0, fn: 0, fp: 0, tn: 0 };
    for (const s of scores)
      for (const k of ['tp', 'fn', 'fp', 'tn'] as const) sum[k] += s.counts![k];
    const precision = sum.tp + sum.fp ? sum.tp / (sum.tp + sum.fp) : 0;
    const recall = sum.tp + sum.fn ? sum.tp / (sum.tp + sum.fn) : 0;
    const f1 = 2 * sum.tp + sum.fp + sum.fn ? (2 * sum.tp) / (2 * sum.tp + sum.fp + sum.fn) : 0;
    return { f1, precision, recall, pages: scores.length };
  }
  const overlaps = all ? scores.flatMap((s) => s.stories ?? [s.main!]) : scores.map((s) => s.main!);
  return { ...summarise(overlaps), pages: scores.length };
}

const fold = (text: string | null | undefined) =>
  (text ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  return fold(a) === fold(b);
}
