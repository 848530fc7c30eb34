/** A run of lines [start, end), and the summed weight that chose it. */
export interface Region {
  start: number;
  end: number;
  mass: number;
}

/**
 * The run of lines in [from, to) with the greatest summed weight (Kadane): story
 * text adds, furniture subtracts, so the run stretches over a widget inside the
 * story when enough story follows it, and stops where only furniture follows.
 * With `startBefore`, the run must begin before that line: a story's text
 * begins right after its header, not at the heaviest text further down.
 */
export function heaviestRun(
  weights: readonly number[],
  from = 0,
  to = weights.length,
  startBefore = to,
): Region | null {
  let best: Region | null = null;
  let start = from;
  let sum = 0;
  for (let i = from; i < to; i++) {
    if (sum <= 0 && i < startBefore) {
      start = i;
      sum = 0;
    }
    sum += weights[i];
    if (sum > 0 && (!best || sum > best.mass)) best = { start, end: i + 1, mass: sum };
  }
  return best;
}

/**
 * The heaviest run of each stretch of [from, to) that Kadane starts afresh,
 * where the furniture above outweighs all the text before it: runs of text
 * that valleys of furniture keep apart, in the order of the paste. Each run
 * starts where its stretch does.
 */
export function runsApart(weights: readonly number[], from = 0, to = weights.length): Region[] {
  const runs: Region[] = [];
  let best: Region | null = null;
  let start = from;
  let sum = 0;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      if (best) runs.push(best);
      best = null;
      start = i;
      sum = 0;
    }
    sum += weights[i];
    if (sum > 0 && (!best || sum > best.mass)) best = { start, end: i + 1, mass: sum };
  }
  if (best) runs.push(best);
  return runs;
}
