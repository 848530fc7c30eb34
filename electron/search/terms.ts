/**
 * How searchable text is cut into terms, shared by the index, the query and
 * the phrase check so all three agree: split on spaces and punctuation, then
 * lower-cased with accents dropped ("Kyïv" is found by "kyiv").
 */

/** The characters that stand between words (a regular expression's class body, for the `u` flag). */
export const SEPARATORS = '\\n\\r\\p{Z}\\p{P}\\p{S}';
const SPACE_OR_PUNCTUATION = new RegExp(`[${SEPARATORS}]+`, 'u');
const MARKS = /\p{M}/gu;
/** The same separators within ASCII (space, punctuation, symbols), for text that has nothing else: far quicker. */
export const ASCII_SEPARATORS_CLASS = '\\n\\r !-/:-@[-`{-~';
const ASCII_SEPARATORS = new RegExp(`[${ASCII_SEPARATORS_CLASS}]+`);
/** A word of a text, as `splitWords` cuts it, with where it stands. */
const WORD = new RegExp(`[^${SEPARATORS}]+`, 'gu');
/** The same within ASCII. */
const ASCII_WORD = new RegExp(`[^${ASCII_SEPARATORS_CLASS}]+`, 'g');

/**
 * Whether a text is ASCII alone: its words are then found by the quicker
 * patterns. (Its length in UTF-8 is counted natively, three times quicker
 * than a pattern tests its characters.)
 */
export function isAscii(text: string): boolean {
  return Buffer.byteLength(text, 'utf8') === text.length;
}

/** A term as the index holds it. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The words of a text, unfolded (within ASCII, by the quicker pattern: the same words). */
export function splitWords(text: string): string[] {
  return text.split(isAscii(text) ? ASCII_SEPARATORS : SPACE_OR_PUNCTUATION).filter(Boolean);
}

/** The terms of a text, in order. Folded whole, then split: quicker than word by word, and the same. */
export function termsOf(text: string): string[] {
  if (isAscii(text)) return text.toLowerCase().split(ASCII_SEPARATORS).filter(Boolean);
  return splitWords(foldTerm(text));
}

/**
 * Where each word of a text (as `splitWords` cuts it, so the n-th is
 * `termsOf`'s n-th) starts and ends; only the first `count` words when given.
 */
export function wordSpans(text: string, count = Infinity): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  if (count <= 0) return spans;
  for (const m of text.matchAll(isAscii(text) ? ASCII_WORD : WORD)) {
    spans.push({ start: m.index, end: m.index + m[0].length });
    if (spans.length >= count) break;
  }
  return spans;
}

/**
 * A text as a phrase is looked for in: its terms joined by single spaces, with
 * a space at each end so that a match starts and ends on whole words.
 */
export function phraseText(text: string): string {
  return ` ${termsOf(text).join(' ')} `;
}
