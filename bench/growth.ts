/**
 * How an engine's time grows with its input: each shape of input is run at
 * doubling sizes, and a line per shape gives the time of each size and the
 * ratio to the size before. Linear work doubles; Presscut's target is at
 * most 2.5× per doubling. A single step between small sizes is at the mercy
 * of a busy machine, so each shape's overall rate (first size to last,
 * spread over its doublings) is printed beside the steepest step. Times are CPU time (user and system), the median
 * of `runs`, which moves less than the wall clock when other processes share
 * the machine.
 */
import { quantile } from './paste-bench-metric.ts';

export interface Shape<Input> {
  name: string;
  /** The sizes the shape is built at: each twice the one before. */
  smallest: number;
  build: (n: number) => Input;
  run: (input: Input) => unknown;
}

/** The CPU time `work` takes, in ms. */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Prints each shape's times and ratios; returns the steepest overall rate per doubling. */
export function measureGrowth<Input>(
  shapes: readonly Shape<Input>[],
  { runs, doublings, largest }: { runs: number; doublings: number; largest?: number },
): number {
  let worst = 0;
  let steepest = 0;
  for (const shape of shapes) {
    const biggest = largest || shape.smallest * 2 ** doublings;
    // Warm up: the first run pays for compiling the engine.
    shape.run(shape.build(shape.smallest));
    const row: string[] = [];
    let previous: number | null = null;
    let first: number | null = null;
    let steps = 0;
    for (let n = shape.smallest; n <= biggest; n *= 2) {
      const input = shape.build(n);
      const ms = quantile(
        Array.from({ length: runs }, () => cpuMs(() => shape.run(input))),
        0.5,
      );
      const ratio = previous ? ms / previous : null;
      if (ratio !== null) worst = Math.max(worst, ratio);
      first ??= ms;
      if (ratio !== null) steps++;
      row.push(`${n}: ${ms.toFixed(0)} ms${ratio === null ? '' : ` (×${ratio.toFixed(2)})`}`);
      previous = ms;
    }
    const overall = first && previous && steps ? (previous / first) ** (1 / steps) : 1;
    steepest = Math.max(steepest, overall);
    console.log(`${shape.name.padEnd(34)} ${row.join('  ')}  overall ×${overall.toFixed(2)}`);
  }
  console.log(
    `steepest overall rate per doubling: ×${steepest.toFixed(2)} (target ≤ ×2.5); steepest single step ×${worst.toFixed(2)}`,
  );
  return steepest;
}
