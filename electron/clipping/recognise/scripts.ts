/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai and
 * their neighbours): in them a word is not a run of letters, so lengths are
 * counted in characters and phrases match inside longer runs.
 */
const UNSPACED_CLASS =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}]';

/** Tests one character or any character of a string. */
export const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');
/** Finds every such character (for counting with `match`). */
export const UNSPACED_ALL = new RegExp(UNSPACED_CLASS, 'gu');

/** Characters of an unspaced script per word of a spaced one: a Chinese or Japanese word runs one to two characters. */
export const UNSPACED_CHARS_PER_WORD = 1.5;
