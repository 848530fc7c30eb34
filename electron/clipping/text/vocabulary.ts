import { UNSPACED } from '../recognise/scripts.ts';

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Words this long carry what a text is about; shorter ones ("that", "eine",
 * "with") are shared by any two texts of a language.
 */
export const TOPIC_WORD_LENGTH = 5;

/**
 * The words a text is made of, in lower case, those of `minLength` letters or
 * more; in a run of a script written without spaces (a word there is one to
 * two characters), every pair of characters. Added to `into` when given.
 */
export function termsOf(text: string, minLength: number, into = new Set<string>()): Set<string> {
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (word.length < minLength) continue;
    if (!UNSPACED.test(word)) {
      into.add(word);
      continue;
    }
    for (let k = 0; k + 1 < word.length; k++) into.add(word.slice(k, k + 2));
  }
  return into;
}

/** The share of `terms` (as `termsOf` finds them) that a vocabulary holds, 0–1. */
export function sharedTerms(terms: ReadonlySet<string>, vocabulary: ReadonlySet<string>): number {
  let shared = 0;
  for (const t of terms) if (vocabulary.has(t)) shared++;
  return terms.size ? shared / terms.size : 0;
}
