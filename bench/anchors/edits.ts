/**
 * The kinds of edit a clip's text goes through, made on real articles with
 * highlights in them, each with the truth of where every highlight's passage
 * is afterwards: unchanged (and where), changed where it stands, or gone.
 */
import type { Article } from './articles.ts';

export interface Range {
  start: number;
  end: number;
}

/** Where a highlight's passage is after the edit: still there (most of it), gone, or so changed that either answer is fair. */
export type Truth =
  ({ state: 'survives' } & Range) | { state: 'gone' } | { state: 'either'; pieces: Range[] };

export interface EditCase {
  before: string;
  highlights: Range[];
  after: string;
  truth: Truth[];
}

export const EDIT_KINDS = [
  'dek added',
  'typos, quotes',
  'words reworded',
  'passage deleted',
  'sentence copied',
  'paragraphs shuffled',
  'deleted, look-alike',
  'half replaced',
  'many edits',
] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

type Random = () => number;

/** A replacement of `before[at, at + length)` by `insert`. */
interface Op {
  at: number;
  length: number;
  insert: string;
}

interface Span extends Range {
  text: string;
}

const BREAK = '\n\n';

function paragraphSpans(paragraphs: readonly string[]): Span[] {
  let at = 0;
  return paragraphs.map((text) => {
    const span = { start: at, end: at + text.length, text };
    at = span.end + BREAK.length;
    return span;
  });
}

function sentenceSpans(paragraph: Span): Span[] {
  const out: Span[] = [];
  const pattern = /[^.!?。！？]+(?:[.!?。！？]+["”’)]?|$)/gu;
  for (const m of paragraph.text.matchAll(pattern)) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    const start = paragraph.start + m.index + lead;
    out.push({ start, end: start + text.length, text });
  }
  return out;
}

function wordSpans(text: string, range: Range): Span[] {
  return [...text.slice(range.start, range.end).matchAll(/\S+/g)].map((m) => ({
    start: range.start + m.index,
    end: range.start + m.index + m[0].length,
    text: m[0],
  }));
}

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/**
 * Ten highlights of the kinds people make, apart from each other: phrases
 * inside a sentence, whole sentences, a word or two, short whole paragraphs,
 * passages of several sentences.
 */
export function chooseHighlights(random: Random, text: string, count: number): Range[] {
  const paragraphs = paragraphSpans(text.split(BREAK));
  const sentences = paragraphs.flatMap(sentenceSpans);
  const chosen: Range[] = [];
  for (const sentence of shuffled(random, sentences)) {
    if (chosen.length === count) break;
    const words = wordSpans(text, sentence);
    if (words.length < 3) continue;
    const roll = random();
    let range: Range;
    const paragraph = paragraphs.find((p) => p.start <= sentence.start && sentence.end <= p.end)!;
    if (roll < 0.08 && paragraph.text.length < 160) range = paragraph;
    else if (roll < 0.35) range = sentence;
    else if (roll < 0.5) {
      const n = 1 + Math.floor(random() * 3);
      const i = Math.floor(random() * Math.max(1, words.length - n));
      range = { start: words[i].start, end: words[Math.min(words.length, i + n) - 1].end };
    } else if (roll < 0.9) {
      const n = Math.min(words.length, 3 + Math.floor(random() * 6));
      const i = Math.floor(random() * (words.length - n + 1));
      range = { start: words[i].start, end: words[i + n - 1].end };
    } else {
      const next = sentences[sentences.indexOf(sentence) + 1];
      range =
        next &&
        next.start - sentence.end < 3 &&
        !text.slice(sentence.end, next.start).includes('\n')
          ? { start: sentence.start, end: next.end }
          : sentence;
    }
    const guard = { start: range.start - 2, end: range.end + 2 };
    if (chosen.some((c) => overlaps(c, guard))) continue;
    chosen.push({ start: range.start, end: range.end });
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Applies non-overlapping replacements; returns the new text and, for each old character, where it is now (-1: replaced). */
function applyOps(before: string, ops: readonly Op[]): { after: string; map: Int32Array } {
  const sorted = [...ops].sort((a, b) => a.at - b.at);
  const map = new Int32Array(before.length).fill(-1);
  let after = '';
  let from = 0;
  for (const op of sorted) {
    for (let i = from; i < op.at; i++) map[i] = after.length + (i - from);
    after += before.slice(from, op.at);
    // A replacement of the same length keeps the characters' places (a quote mark made curly).
    if (op.insert.length === op.length && op.length === 1) map[op.at] = after.length;
    after += op.insert;
    from = op.at + op.length;
  }
  for (let i = from; i < before.length; i++) map[i] = after.length + (i - from);
  after += before.slice(from);
  return { after, map };
}

/** Where each highlight's passage is, from where each old character went. */
function truthOf(highlights: readonly Range[], map: Int32Array): Truth[] {
  return highlights.map(({ start, end }) => {
    const pieces: Range[] = [];
    let kept = 0;
    for (let i = start; i < end; i++) {
      if (map[i] < 0) continue;
      kept++;
      const last = pieces.at(-1);
      if (last && last.end === map[i]) last.end++;
      else pieces.push({ start: map[i], end: map[i] + 1 });
    }
    if (kept === 0) return { state: 'gone' };
    const first = pieces[0].start;
    const last = pieces.at(-1)!.end;
    // Still one passage: its ends where they were, its pieces in order, not spread far apart.
    const whole =
      map[start] >= 0 &&
      map[end - 1] >= 0 &&
      pieces.every((p, i) => i === 0 || pieces[i - 1].end <= p.start) &&
      last - first <= 2 * (end - start);
    return whole && kept * 2 >= end - start
      ? { state: 'survives', start: first, end: last }
      : { state: 'either', pieces };
  });
}

class OpList {
  readonly ops: Op[] = [];
  add(op: Op): boolean {
    const range = { start: op.at, end: op.at + Math.max(1, op.length) };
    if (this.ops.some((o) => overlaps({ start: o.at, end: o.at + Math.max(1, o.length) }, range)))
      return false;
    this.ops.push(op);
    return true;
  }
}

/** Words strictly inside a highlight: changing one leaves its ends where they were. */
function innerWords(text: string, range: Range): Span[] {
  return wordSpans(text, range).slice(1, -1);
}

function otherWord(random: Random, vocabulary: readonly string[], word: string): string {
  for (let i = 0; i < 20; i++) {
    const w = pick(random, vocabulary);
    if (w !== word) return w;
  }
  return `${word}s`;
}

function vocabularyOf(text: string): string[] {
  return [...new Set(text.match(/\p{L}{4,}/gu) ?? [])];
}

/** Reword 1–2 inner words of `count` highlights, and a few words elsewhere. */
function reword(
  random: Random,
  text: string,
  highlights: readonly Range[],
  ops: OpList,
  count: number,
  elsewhere: number,
) {
  const vocabulary = vocabularyOf(text);
  const targets = shuffled(random, highlights).filter((h) => innerWords(text, h).length > 0);
  for (const h of targets.slice(0, count)) {
    const inner = shuffled(random, innerWords(text, h));
    for (const w of inner.slice(0, 1 + Math.floor(random() * 2)))
      ops.add({
        at: w.start,
        length: w.end - w.start,
        insert: otherWord(random, vocabulary, w.text),
      });
  }
  const all = wordSpans(text, { start: 0, end: text.length }).filter(
    (w) => !highlights.some((h) => overlaps(h, w)),
  );
  for (let i = 0; i < elsewhere && all.length; i++) {
    const w = pick(random, all);
    ops.add({
      at: w.start,
      length: w.end - w.start,
      insert: otherWord(random, vocabulary, w.text),
    });
  }
}

/** Typos: a letter dropped from a word inside `count` highlights and a few elsewhere; quote marks made typographic. */
function typos(
  random: Random,
  text: string,
  highlights: readonly Range[],
  ops: OpList,
  count: number,
) {
  const long = (w: Span) => w.text.length >= 5 && /^\p{L}+$/u.test(w.text);
  const inside = shuffled(random, highlights)
    .map((h) => innerWords(text, h).filter(long))
    .filter((ws) => ws.length > 0)
    .slice(0, count)
    .map((ws) => pick(random, ws));
  const outside = shuffled(
    random,
    wordSpans(text, { start: 0, end: text.length }).filter(
      (w) => long(w) && !highlights.some((h) => overlaps(h, w)),
    ),
  ).slice(0, 3);
  for (const w of [...inside, ...outside]) {
    const i = 1 + Math.floor(random() * (w.text.length - 2));
    ops.add({
      at: w.start,
      length: w.text.length,
      insert: w.text.slice(0, i) + w.text.slice(i + 1),
    });
  }
  let open = true;
  for (const m of text.matchAll(/["']/g)) {
    const insert = m[0] === "'" ? '’' : open ? '“' : '”';
    if (m[0] === '"') open = !open;
    ops.add({ at: m.index, length: 1, insert });
  }
}

function containingSentence(text: string, range: Range): Span | null {
  const paragraphs = paragraphSpans(text.split(BREAK));
  for (const s of paragraphs.flatMap(sentenceSpans))
    if (s.start <= range.start && range.end <= s.end) return s;
  return null;
}

function containingParagraph(text: string, range: Range): Span {
  const paragraphs = paragraphSpans(text.split(BREAK));
  return paragraphs.find((p) => p.start <= range.start && range.start <= p.end)!;
}

/** Deletes the sentence (or, when it is alone, the paragraph) holding each of `targets`. */
function deletePassages(text: string, targets: readonly Range[], ops: OpList) {
  for (const h of targets) {
    const sentence = containingSentence(text, h);
    const paragraph = containingParagraph(text, h);
    if (sentence && sentence.end - sentence.start < paragraph.end - paragraph.start - 2) {
      const end = text[sentence.end] === ' ' ? sentence.end + 1 : sentence.end;
      ops.add({ at: sentence.start, length: end - sentence.start, insert: '' });
    } else {
      const end = Math.min(text.length, paragraph.end + BREAK.length);
      ops.add({ at: paragraph.start, length: end - paragraph.start, insert: '' });
    }
  }
}

/** A look-alike of a sentence: one number changed, or else one word. */
function lookAlike(random: Random, sentence: string, vocabulary: readonly string[]): string {
  const numbers = [...sentence.matchAll(/\d+/g)];
  if (numbers.length) {
    const n = pick(random, numbers);
    return (
      sentence.slice(0, n.index) + String(Number(n[0]) + 1) + sentence.slice(n.index + n[0].length)
    );
  }
  const words = [...sentence.matchAll(/\p{L}{4,}/gu)];
  if (!words.length) return `${sentence} Again.`;
  const w = pick(random, words);
  return (
    sentence.slice(0, w.index) +
    otherWord(random, vocabulary, w[0]) +
    sentence.slice(w.index + w[0].length)
  );
}

/** Paragraph starts other than those in `avoid`, where a new paragraph can go. */
function boundaries(text: string, avoid: readonly Range[]): number[] {
  return paragraphSpans(text.split(BREAK))
    .map((p) => p.start)
    .filter((at) => at > 0 && !avoid.some((r) => r.start - 200 < at && at < r.end + 200));
}

/**
 * Makes one case of an edit kind: the article's text, ten highlights, the
 * edited text and the truth. `donor` lends real text of another article
 * where an edit adds some.
 */
export function makeCase(
  kind: EditKind,
  article: Article,
  donor: Article,
  random: Random,
  count = 10,
): EditCase {
  let before = article.paragraphs.join(BREAK);
  let highlights = chooseHighlights(random, before, count);
  const ops = new OpList();
  const donorParagraph = () => pick(random, donor.paragraphs);
  switch (kind) {
    case 'dek added': {
      const paragraphs = paragraphSpans(article.paragraphs);
      const dek =
        sentenceSpans(paragraphSpans([donorParagraph()])[0])[0]?.text ?? donor.paragraphs[0];
      ops.add({ at: paragraphs[1].start, length: 0, insert: dek + BREAK });
      const middle = paragraphs[Math.floor(paragraphs.length / 2)];
      ops.add({ at: middle.start, length: 0, insert: donorParagraph() + BREAK });
      break;
    }
    case 'typos, quotes':
      typos(random, before, highlights, ops, 4);
      break;
    case 'words reworded':
      reword(random, before, highlights, ops, 5, 2);
      break;
    case 'passage deleted':
      deletePassages(before, shuffled(random, highlights).slice(0, 3), ops);
      break;
    case 'sentence copied': {
      for (const h of shuffled(random, highlights).slice(0, 3)) {
        const sentence = containingSentence(before, h);
        const places = boundaries(before, [h]);
        if (!sentence || !places.length) continue;
        ops.add({ at: pick(random, places), length: 0, insert: sentence.text + BREAK });
      }
      break;
    }
    case 'paragraphs shuffled': {
      const order = shuffled(random, paragraphSpans(article.paragraphs));
      const map = new Int32Array(before.length).fill(-1);
      let at = 0;
      for (const p of order) {
        for (let i = p.start; i < p.end; i++) map[i] = at + (i - p.start);
        at += p.end - p.start + BREAK.length;
      }
      const after = order.map((p) => p.text).join(BREAK);
      // A paragraph the article holds twice, word for word, has no one place once the order is gone: either copy is right.
      const placed = paragraphSpans(order.map((p) => p.text));
      const truth = truthOf(highlights, map).map((t, i): Truth => {
        const own = containingParagraph(before, highlights[i]);
        const copies = placed.filter((p) => p.text === own.text);
        if (copies.length < 2) return t;
        const offset = highlights[i].start - own.start;
        const length = highlights[i].end - highlights[i].start;
        return {
          state: 'either',
          pieces: copies.map((p) => ({ start: p.start + offset, end: p.start + offset + length })),
        };
      });
      return { before, highlights, after, truth };
    }
    case 'deleted, look-alike': {
      // The article holds a look-alike of each sentence that will go, in another paragraph.
      const vocabulary = vocabularyOf(before);
      const targets = shuffled(random, highlights)
        .map((h) => ({ h, sentence: containingSentence(before, h) }))
        .filter((t): t is { h: Range; sentence: Span } => t.sentence !== null)
        .slice(0, 3);
      const adds = new OpList();
      for (const { sentence } of targets) {
        const others = paragraphSpans(article.paragraphs).filter(
          (p) =>
            !overlaps(p, sentence) && !highlights.some((h) => h.start <= p.end && p.end <= h.end),
        );
        if (others.length)
          adds.add({
            at: pick(random, others).end,
            length: 0,
            insert: ` ${lookAlike(random, sentence.text, vocabulary)}`,
          });
      }
      const withCopies = applyOps(before, adds.ops);
      const move = (r: Range) => ({
        start: withCopies.map[r.start],
        end: withCopies.map[r.end - 1] + 1,
      });
      before = withCopies.after;
      highlights = highlights.map(move);
      deletePassages(
        before,
        targets.map((t) => move(t.h)),
        ops,
      );
      break;
    }
    case 'half replaced': {
      const paragraphs = paragraphSpans(article.paragraphs);
      const half = paragraphs[Math.floor(paragraphs.length / 2)];
      const replacement = donor.paragraphs.slice(0, paragraphs.length - paragraphs.indexOf(half));
      ops.add({
        at: half.start,
        length: before.length - half.start,
        insert: replacement.join(BREAK),
      });
      break;
    }
    case 'many edits': {
      const short = [...highlights].sort((a, b) => a.end - a.start - (b.end - b.start));
      reword(random, before, short.slice(0, 6), ops, 4, 4);
      typos(random, before, [], ops, 0);
      const free = paragraphSpans(article.paragraphs)
        .flatMap(sentenceSpans)
        .filter(
          (s) => !highlights.some((h) => overlaps(h, { start: s.start - 1, end: s.end + 1 })),
        );
      if (free.length) deletePassages(before, [pick(random, free)], ops);
      const places = boundaries(before, []);
      if (places.length)
        ops.add({ at: pick(random, places), length: 0, insert: donorParagraph() + BREAK });
      break;
    }
  }
  const { after, map } = applyOps(before, ops.ops);
  return { before, highlights, after, truth: truthOf(highlights, map) };
}
