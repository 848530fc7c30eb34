import { JUNK_PHRASES, type JunkKind, type JunkPhraseGroup } from './junk-phrases.ts';
import { UNSPACED } from './scripts.ts';

export type PhraseTier = 'label' | 'marker' | 'prefix';

export interface PhraseMatch {
  kind: JunkKind;
  tier: PhraseTier;
  /** UTF-16 offsets in the text given to `find`. */
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u201e': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\t': ' ',
  '\u2026': '.',
};

const FOLDED = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

/**
 * Lower-cases and folds quotes, dashes and spaces one character for one, so an
 * offset in the result is the same offset in the input.
 */
export function normalisePhrase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(FOLDED, (c) => FOLD[c]);
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const folded = FOLD[c];
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const lower = c.toLowerCase();
    out += lower.length === 1 ? lower : c;
  }
  return out;
}

interface Entry {
  kind: JunkKind;
  tier: PhraseTier;
  length: number;
  /** Checked against neighbouring letters: false for phrases in unspaced scripts. */
  bounded: boolean;
}

interface Node {
  /** Child states by UTF-16 code unit. */
  next: Map<number, number>;
  fail: number;
  out: Entry[];
}

/**
 * Finds every phrase of a list in one pass over the text (Aho–Corasick), so the
 * cost does not grow with the number of phrases. Built as a trie of Maps, then
 * flattened into arrays: most states have one child, so a step is mostly a
 * comparison of two numbers, and only a fork asks its Map.
 */
export class PhraseMatcher {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, out: [] }];
  /** The root's children by code unit: most characters of a text leave the matcher at the root. */
  private readonly fromRoot = new Int32Array(0x10000);
  /** Per state: its only child's code unit (-1 when it has none or several), and that child. */
  private onlyChar = new Int32Array(0);
  private onlyChild = new Int32Array(0);
  /** Per state: its children when it has several. */
  private forks: (Map<number, number> | null)[] = [];
  private fails = new Int32Array(0);
  private outs: Entry[][] = [];

  constructor(groups: readonly JunkPhraseGroup[]) {
    for (const group of groups) {
      for (const phrase of group.labels) this.add(phrase, group.kind, 'label');
      for (const phrase of group.markers) this.add(phrase, group.kind, 'marker');
      for (const phrase of group.prefixes) this.add(phrase, group.kind, 'prefix');
    }
    this.link();
    this.flatten();
  }

  find(text: string): PhraseMatch[] {
    const lower = normalisePhrase(text);
    const matches: PhraseMatch[] = [];
    const { fromRoot, onlyChar, onlyChild, forks, fails, outs } = this;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let next = -1;
      while (state !== 0) {
        next = onlyChar[state] === c ? onlyChild[state] : (forks[state]?.get(c) ?? -1);
        if (next >= 0) break;
        state = fails[state];
      }
      state = next >= 0 ? next : fromRoot[c];
      const out = outs[state];
      if (out.length === 0) continue;
      for (const entry of out) {
        const start = i + 1 - entry.length;
        const end = i + 1;
        if (entry.bounded && (isWordChar(lower[start - 1]) || isWordChar(lower[end]))) continue;
        matches.push({ kind: entry.kind, tier: entry.tier, start, end });
      }
    }
    return matches;
  }

  private add(phrase: string, kind: JunkKind, tier: PhraseTier): void {
    const key = normalisePhrase(phrase);
    let state = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let next = this.nodes[state].next.get(c);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, out: [] });
        this.nodes[state].next.set(c, next);
      }
      state = next;
    }
    this.nodes[state].out.push({ kind, tier, length: key.length, bounded: !UNSPACED.test(key) });
  }

  private link(): void {
    const queue: number[] = [...this.nodes[0].next.values()];
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      for (const [c, child] of this.nodes[state].next) {
        let fail = this.nodes[state].fail;
        while (fail !== 0 && !this.nodes[fail].next.has(c)) fail = this.nodes[fail].fail;
        const target = this.nodes[fail].next.get(c);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child].out.push(...this.nodes[this.nodes[child].fail].out);
        queue.push(child);
      }
    }
  }

  private flatten(): void {
    const count = this.nodes.length;
    this.onlyChar = new Int32Array(count).fill(-1);
    this.onlyChild = new Int32Array(count);
    this.fails = new Int32Array(count);
    this.forks = this.nodes.map(() => null);
    this.outs = this.nodes.map((node) => node.out);
    this.nodes.forEach((node, state) => {
      this.fails[state] = node.fail;
      if (node.next.size > 1) this.forks[state] = node.next;
      else
        for (const [c, child] of node.next) {
          this.onlyChar[state] = c;
          this.onlyChild[state] = child;
        }
    });
    for (const [c, child] of this.nodes[0].next) this.fromRoot[c] = child;
  }
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/** The matcher over the shared junk phrases, built once. */
export const junkPhrases = new PhraseMatcher(JUNK_PHRASES);

/** The reason the reader shows for a kind of furniture. */
export function junkReason(kind: JunkKind): string {
  return JUNK_PHRASES.find((g) => g.kind === kind)?.reason ?? 'page furniture';
}
