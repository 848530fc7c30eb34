/**
 * A text as a set of word shingles: the hashes of every run of SHINGLE_WORDS
 * words, after folding case, accents and punctuation away, so two copies of
 * a story that differ in quotes, dashes or spacing give the same set.
 */

export const SHINGLE_WORDS = 4;

// Scripts written without spaces: each character counts as a word.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;
const MARKS = /\p{M}+/gu;

/** 32-bit FNV-1a of a word. */
function hashWord(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** MurmurHash3's finaliser: every bit of the input moves every bit of the output. */
export function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** The hashes of a text's words, folded: lower case, no accents, no punctuation. */
export function wordHashes(text: string): number[] {
  const folded = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  const out: number[] = [];
  for (const [word] of folded.matchAll(WORDS)) {
    if (UNSPACED.test(word)) {
      for (const char of word) out.push(hashWord(char));
    } else out.push(hashWord(word));
  }
  return out;
}

/**
 * The distinct shingle hashes of a text. A text shorter than one shingle
 * gives one shingle of all its words, so a short text still has a set.
 */
export function shingleSet(text: string): Uint32Array {
  const words = wordHashes(text);
  if (words.length === 0) return new Uint32Array(0);
  const width = Math.min(SHINGLE_WORDS, words.length);
  const seen = new Set<number>();
  for (let i = 0; i + width <= words.length; i++) {
    let h = 0;
    for (let j = 0; j < width; j++) h = Math.imul(h ^ words[i + j], 0x9e3779b1) + j;
    seen.add(mix32(h >>> 0));
  }
  return Uint32Array.from(seen);
}
