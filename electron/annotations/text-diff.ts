import diffSequence from '@jest/diff-sequences';
import { PARAGRAPH_BREAK } from './selectors.ts';

/** A stretch of text the edit left as it was: `length` characters at `before` in the old text, at `after` in the new. */
export interface Kept {
  before: number;
  after: number;
  length: number;
}

/** Words (each CJK character one), runs of spaces, and single other characters: the units an edit is described in. */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{L}\p{M}\p{N}]+|\s+|[^]/gu;

/** A kept run this short inside rewritten paragraphs is a coincidence (" in the "), not text the edit left alone. */
const COINCIDENCE = 16;

interface Paragraph {
  start: number;
  text: string;
}

function paragraphsOf(text: string): Paragraph[] {
  let start = 0;
  return text.split(PARAGRAPH_BREAK).map((p) => {
    const paragraph = { start, text: p };
    start += p.length + PARAGRAPH_BREAK.length;
    return paragraph;
  });
}

/**
 * Paragraphs of the new text found word for word in the old one: those still
 * in order first (so a repeated paragraph pairs with its own copy), then
 * those that moved; each old one used once.
 */
function sameParagraphs(before: readonly Paragraph[], after: readonly Paragraph[]) {
  const ids = new Map<string, number>();
  const id = (p: Paragraph) => {
    let n = ids.get(p.text);
    if (n === undefined) ids.set(p.text, (n = ids.size));
    return n;
  };
  const x = before.map(id);
  const y = after.map(id);
  const pairs: [Paragraph, Paragraph][] = [];
  diffSequence(
    x.length,
    y.length,
    (i, j) => x[i] === y[j],
    (n, i, j) => {
      for (let k = 0; k < n; k++) pairs.push([before[i + k], after[j + k]]);
    },
  );
  const paired = new Set(pairs.flat());
  const waiting = new Map<string, Paragraph[]>();
  for (const p of before) {
    if (paired.has(p)) continue;
    const list = waiting.get(p.text);
    if (list) list.push(p);
    else waiting.set(p.text, [p]);
  }
  for (const p of after) {
    if (paired.has(p)) continue;
    const match = waiting.get(p.text)?.shift();
    if (match) pairs.push([match, p]);
  }
  return pairs.filter(([p]) => p.text.length > 0);
}

/** The text of some paragraphs joined, and for each character of it where it is in the whole text (-1 for the joins). */
function joined(paragraphs: readonly Paragraph[]): { text: string; at: Int32Array } {
  const text = paragraphs.map((p) => p.text).join(PARAGRAPH_BREAK);
  const at = new Int32Array(text.length).fill(-1);
  let offset = 0;
  for (const p of paragraphs) {
    for (let i = 0; i < p.text.length; i++) at[offset + i] = p.start + i;
    offset += p.text.length + PARAGRAPH_BREAK.length;
  }
  return { text, at };
}

function tokenStarts(text: string): number[] {
  const starts = [...text.matchAll(TOKEN)].map((m) => m.index);
  starts.push(text.length);
  return starts;
}

/** The longest common sequence of words of two texts, as runs of characters. */
function commonRuns(before: string, after: string): Kept[] {
  // What both start and end with is kept as it is, cut after a space so no word is split: only the middle is compared.
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  while (head > 0 && !/\s/.test(before[head - 1])) head--;
  let tail = 0;
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  while (tail > 0 && !/\s/.test(before[before.length - tail - 1] ?? ' ')) tail--;
  const runs: Kept[] = head > 0 ? [{ before: 0, after: 0, length: head }] : [];
  const middleBefore = before.slice(head, before.length - tail);
  const middleAfter = after.slice(head, after.length - tail);
  const a = tokenStarts(middleBefore);
  const b = tokenStarts(middleAfter);
  const ids = new Map<string, number>();
  const intern = (text: string, starts: number[]) =>
    Int32Array.from({ length: starts.length - 1 }, (_, i) => {
      const token = text.slice(starts[i], starts[i + 1]);
      let id = ids.get(token);
      if (id === undefined) ids.set(token, (id = ids.size));
      return id;
    });
  const x = intern(middleBefore, a);
  const y = intern(middleAfter, b);
  diffSequence(
    x.length,
    y.length,
    (i, j) => x[i] === y[j],
    (n, i, j) => runs.push({ before: head + a[i], after: head + b[j], length: a[i + n] - a[i] }),
  );
  if (tail > 0)
    runs.push({ before: before.length - tail, after: after.length - tail, length: tail });
  return runs;
}

/** Splits runs of the joined texts back into runs of the whole texts, where both sides are contiguous. */
function splitRuns(runs: readonly Kept[], before: Int32Array, after: Int32Array): Kept[] {
  const out: Kept[] = [];
  for (const run of runs) {
    let current: Kept | null = null;
    for (let i = 0; i < run.length; i++) {
      const b = before[run.before + i];
      const a = after[run.after + i];
      if (b < 0 || a < 0) {
        current = null;
        continue;
      }
      if (current && current.before + current.length === b && current.after + current.length === a)
        current.length++;
      else out.push((current = { before: b, after: a, length: 1 }));
    }
  }
  return out;
}

/** Whether `offset` starts or ends a paragraph of `text`. */
function atParagraphEdge(text: string, offset: number, edge: 'start' | 'end'): boolean {
  return edge === 'start'
    ? offset === 0 || text.startsWith(PARAGRAPH_BREAK, offset - PARAGRAPH_BREAK.length)
    : offset === text.length || text.startsWith(PARAGRAPH_BREAK, offset);
}

/**
 * Drops short agreements that are chance, not text the edit left alone: a
 * run shorter than the rewrites on both sides of it (" in the " inside a
 * rewritten sentence). A short run that starts or ends its paragraph in both
 * texts is kept: it is where a rewrite inside the paragraph stops.
 */
function withoutCoincidences(runs: readonly Kept[], before: string, after: string): Kept[] {
  const gap = (from: Kept | undefined, to: Kept | undefined) =>
    Math.max(
      (to ? to.before : before.length) - (from ? from.before + from.length : 0),
      (to ? to.after : after.length) - (from ? from.after + from.length : 0),
    );
  return runs.filter((run, k) => {
    if (run.length >= COINCIDENCE) return true;
    const edge =
      (atParagraphEdge(before, run.before, 'start') &&
        atParagraphEdge(after, run.after, 'start')) ||
      (atParagraphEdge(before, run.before + run.length, 'end') &&
        atParagraphEdge(after, run.after + run.length, 'end'));
    return edge || run.length >= Math.min(gap(runs[k - 1], run), gap(run, runs[k + 1]));
  });
}

/** The run that holds `offset` of `side`'s text, or the index where it would go, in runs sorted by that side. */
function runAt(runs: readonly Kept[], offset: number, side: 'before' | 'after'): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid][side] + runs[mid].length <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * An edit as seen from its two texts: which stretches of the old text it
 * kept and where they are now. Paragraphs found word for word are kept
 * wherever they moved; the others are compared word by word, in order, and
 * short chance agreements inside rewritten text are not counted as kept.
 */
export class TextEdit {
  /** Everything kept, by place in the old text. */
  readonly #byBefore: Kept[];
  /** The same, by place in the new text. */
  readonly #byAfter: Kept[];
  /** What was kept of the rewritten paragraphs, in order on both sides: where a replaced stretch starts and ends. */
  readonly #sequence: Kept[];
  readonly #afterLength: number;

  constructor(before: string, after: string) {
    const old = paragraphsOf(before);
    const now = paragraphsOf(after);
    const pairs = sameParagraphs(old, now);
    const moved = pairs.map(([o, n]) => ({
      before: o.start,
      after: n.start,
      length: o.text.length,
    }));
    const paired = new Set(pairs.flat());
    const restBefore = joined(old.filter((p) => !paired.has(p)));
    const restAfter = joined(now.filter((p) => !paired.has(p)));
    this.#sequence = withoutCoincidences(
      splitRuns(commonRuns(restBefore.text, restAfter.text), restBefore.at, restAfter.at),
      before,
      after,
    );
    const all = [...moved, ...this.#sequence];
    this.#byBefore = [...all].sort((x, y) => x.before - y.before);
    this.#byAfter = [...all].sort((x, y) => x.after - y.after);
    this.#afterLength = after.length;
  }

  /**
   * Where old `offset` is in the new text. Inside kept text it moves with its
   * words; inside a replaced stretch, a start goes to the replacement's start
   * and an end to its end, so a passage edited where it stands is covered whole.
   */
  map(offset: number, edge: 'start' | 'end'): number {
    const runs = this.#byBefore;
    const k = runAt(runs, offset, 'before');
    if (runs[k] && runs[k].before <= offset) return runs[k].after + (offset - runs[k].before);
    const ending = runs[k - 1];
    if (ending && ending.before + ending.length === offset) return ending.after + ending.length;
    const sequence = this.#sequence;
    const next = runAt(sequence, offset, 'before');
    if (edge === 'start') {
      const previous = sequence[next - 1];
      return previous ? previous.after + previous.length : 0;
    }
    return sequence[next] ? sequence[next].after : this.#afterLength;
  }

  /** Whether old `[start, end)` came through the edit untouched, as one piece. */
  keeps(start: number, end: number): boolean {
    const run = this.#byBefore[runAt(this.#byBefore, start, 'before')];
    return !!run && run.before <= start && end <= run.before + run.length;
  }

  /**
   * How many characters of new `[start, end)` are old text that stood outside
   * old `[ownStart, ownEnd)`: text the edit did not touch, somewhere else.
   */
  elsewhereIn(start: number, end: number, ownStart: number, ownEnd: number): number {
    let count = 0;
    const runs = this.#byAfter;
    for (let k = runAt(runs, start, 'after'); k < runs.length; k++) {
      const run = runs[k];
      if (run.after >= end) break;
      const from = Math.max(start, run.after);
      const to = Math.min(end, run.after + run.length);
      const oldFrom = run.before + (from - run.after);
      const oldTo = run.before + (to - run.after);
      const own = Math.max(0, Math.min(oldTo, ownEnd) - Math.max(oldFrom, ownStart));
      count += oldTo - oldFrom - own;
    }
    return count;
  }
}
