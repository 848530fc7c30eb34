/**
 * The way the best-known web annotation client places a highlight, for
 * comparison: the stored position if the quote is still exactly there, else
 * the best-scoring approximate match of the quote (up to half its length in
 * errors), scored by quote 50, prefix 20, suffix 20 and nearness to the old
 * position 2, with 32 characters of context on each side. No threshold but
 * the error limit: it prefers a guess to an orphan.
 */
import search from 'approx-string-match';
import type { Range } from './edits.ts';

const CONTEXT = 32;

function matches(text: string, pattern: string, maxErrors: number) {
  const exact: { start: number; end: number; errors: number }[] = [];
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1))
    exact.push({ start: at, end: at + pattern.length, errors: 0 });
  return exact.length ? exact : search(text, pattern, maxErrors);
}

function textMatchScore(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0;
  const [best] = matches(text, pattern, pattern.length);
  return best ? 1 - best.errors / pattern.length : 0;
}

/** Where the highlight of `before[start, end)` is in `after`, as that client would place it. */
export function hypothesisAnchor(
  before: string,
  { start, end }: Range,
  after: string,
): Range | null {
  const exact = before.slice(start, end);
  if (after.slice(start, end) === exact) return { start, end };
  const prefix = before.slice(Math.max(0, start - CONTEXT), start);
  const suffix = before.slice(end, end + CONTEXT);
  let best: Range | null = null;
  let bestScore = -Infinity;
  for (const m of matches(after, exact, Math.min(256, exact.length / 2))) {
    const quoteScore = 1 - m.errors / exact.length;
    const prefixScore = prefix
      ? textMatchScore(after.slice(Math.max(0, m.start - prefix.length), m.start), prefix)
      : 1;
    const suffixScore = suffix
      ? textMatchScore(after.slice(m.end, m.end + suffix.length), suffix)
      : 1;
    const posScore = 1 - Math.abs(m.start - start) / after.length;
    const score = 50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * posScore;
    if (score > bestScore) {
      bestScore = score;
      best = { start: m.start, end: m.end };
    }
  }
  return best;
}
