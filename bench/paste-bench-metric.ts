/**
 * The paste benchmark's metric, shared by the engines' benches: per page,
 * precision and recall of 4-gram shingles of word tokens against the
 * hand-marked body; each averaged over pages, F1 from the two means
 * (the same as ../shared/paste-bench/score.mjs).
 */

/** Precision and recall of one page; null where the page has nothing to measure it on. */
export function overlap(
  gold: string,
  predicted: string,
): { precision: number | null; recall: number | null } {
  const a = shingles(gold);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  if (fp === 0 && fn === 0) return { precision: 1, recall: 1 };
  return { precision: tp + fp ? tp / (tp + fp) : null, recall: tp + fn ? tp / (tp + fn) : null };
}

/** Precision, recall and F1 over pages. */
export function summarise(pages: readonly { precision: number | null; recall: number | null }[]) {
  const precision = mean(pages.map((p) => p.precision).filter((x): x is number => x !== null));
  const recall = mean(pages.map((p) => p.recall).filter((x): x is number => x !== null));
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall || 1) };
}

export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / (values.length || 1);
}

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
