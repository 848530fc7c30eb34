import type { BenchPage } from './sets.ts';

/**
 * Deals the pages into k folds by site, so that no site has pages on both
 * sides of a split: a rule fit on the training folds is scored on sites it
 * never saw. Sites go biggest first to the fold with the fewest of that
 * set's pages, so each fold holds a fair share of every set; ties by name,
 * so the folds are the same on every run.
 */
export function foldsBySite(pages: readonly BenchPage[], k: number): number[] {
  const sites = new Map<string, BenchPage[]>();
  for (const page of pages) sites.set(page.site, [...(sites.get(page.site) ?? []), page]);
  const order = [...sites.entries()].sort(
    ([a, pa], [b, pb]) => pb.length - pa.length || a.localeCompare(b),
  );
  const load = new Map<string, number[]>();
  const foldOfSite = new Map<string, number>();
  for (const [site, sitePages] of order) {
    const loads = sitePages.map((p) => {
      if (!load.has(p.set)) load.set(p.set, new Array<number>(k).fill(0));
      return load.get(p.set)!;
    });
    let best = 0;
    for (let f = 1; f < k; f++) {
      const cost = (g: number) => loads.reduce((sum, l) => sum + l[g], 0);
      if (cost(f) < cost(best)) best = f;
    }
    foldOfSite.set(site, best);
    for (const l of loads) l[best]++;
  }
  return pages.map((p) => foldOfSite.get(p.site)!);
}
