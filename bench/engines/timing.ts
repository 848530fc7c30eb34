import { quantile } from '../paste-bench-metric.ts';
import type { BenchPage, SetName } from './sets.ts';
import { reads, type EngineUnderTest } from './under-test.ts';

export interface Timing {
  /** Of each page's median wall time over the runs, in milliseconds. */
  median: number;
  p95: number;
  /** The same in CPU time, which a busy machine inflates less than wall time. */
  cpuMedian: number;
  cpuP95: number;
  pages: number;
}

/**
 * Times each engine on each page it reads, `runs` times, the engines taking
 * turns page by page so that a busy spell on a shared machine falls on all of
 * them alike. A page's time is the median of its runs.
 */
export function timeEngines(
  engines: readonly EngineUnderTest[],
  pages: readonly BenchPage[],
  runs: number,
): Map<string, Partial<Record<SetName, Timing>>> {
  const empty = () => new Map(engines.map((e) => [e.name, pages.map(() => [] as number[])]));
  const times = empty();
  const cpuTimes = empty();
  for (let round = 0; round < runs; round++) {
    pages.forEach((page, i) => {
      for (const engine of engines) {
        if (!reads(engine, page)) continue;
        const start = performance.now();
        const cpu = process.cpuUsage();
        engine.run(page);
        const used = process.cpuUsage(cpu);
        times.get(engine.name)![i].push(performance.now() - start);
        cpuTimes.get(engine.name)![i].push((used.user + used.system) / 1000);
      }
    });
  }
  const out = new Map<string, Partial<Record<SetName, Timing>>>();
  for (const engine of engines) {
    const perSet: Partial<Record<SetName, Timing>> = {};
    for (const set of new Set(pages.map((p) => p.set))) {
      const medians = (all: Map<string, number[][]>) =>
        pages
          .map((p, i) => (p.set === set ? all.get(engine.name)![i] : []))
          .filter((t) => t.length > 0)
          .map((t) => quantile(t, 0.5));
      const wall = medians(times);
      const cpu = medians(cpuTimes);
      if (wall.length > 0)
        perSet[set] = {
          median: quantile(wall, 0.5),
          p95: quantile(wall, 0.95),
          cpuMedian: quantile(cpu, 0.5),
          cpuP95: quantile(cpu, 0.95),
          pages: wall.length,
        };
    }
    out.set(engine.name, perSet);
  }
  return out;
}
