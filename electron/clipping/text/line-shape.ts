import { UNSPACED, UNSPACED_CHARS_PER_WORD } from '../recognise/scripts.ts';

/**
 * The shape of a piece of text, in measures that hold in any language:
 * how long it is, how it ends, how much of it is punctuation, case or digits.
 */
export interface TextShape {
  /** Length in words; a character of an unspaced script (Chinese, Japanese, Thai) counts as ~2/3 of a word. */
  size: number;
  words: number;
  /** How the text ends: a sentence stop, a colon (it introduces what follows), or neither. */
  ending: 'stop' | 'colon' | 'none';
  /** Sentence stops inside the text: a rough count of its sentences. */
  stops: number;
  /** Commas and other clause marks: prose has them, headlines and menus rarely do. */
  commas: number;
  /** Of the words of a cased script, the share that start with a capital. */
  capitalised: number;
  /** Every letter of a cased script is a capital. */
  shouting: boolean;
  /** Share of digits among letters and digits. */
  digits: number;
  /** Starts like an item of a list: "1)", "•", "–". */
  listItem: boolean;
  /** Nothing but a web or mail address. */
  address: boolean;
  /** Ends in "…" or "...": a teaser cut short. */
  trailingEllipsis: boolean;
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}|\p{M}/u;
const DIGIT = /\p{N}/u;
const CLOSERS = /["'”’»“‘«)\]\s*]+$/u;
const STOP_END = /[.!?。！？؟।…]$/u;
const COLON_END = /[:：]$/u;
const INNER_STOP = /[.!?;؟।](?=["'”’»“‘«)]*\s+["'“‘«„‚»(]?\p{Lu})|[。！？；]/gu;
const COMMA = /[,，、;；:：،؛–—]/gu;
const LIST_START = /^(?:\(?\d{1,3}[.)]\s|[•·▪►▶◆●○■□✓✔\-–—*+]\s?)/u;
const ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+)$/iu;
const ELLIPSIS_END = /(?:…|\.{2,})["'”’»)]?$/u;
/** Words this long tell a capitalised line from a sentence: "a", "of", "de" stay small in titles too. */
const CASED_WORD_LENGTH = 3;
/** Capitals from which a line with no small letter is shouting, not an acronym ("EU", "NATO" alone). */
const SHOUTING_CAPITALS = 4;
/** Characters that join two parts of one word ("don't", "e-mail", "U.S."): ' - . and ’, tested by code. */

type CharClass = 'upper' | 'lower' | 'letter' | 'unspaced' | 'digit' | 'other';

/** Classes of the characters met beyond ASCII: a page uses a few hundred at most. */
const CLASS_CACHE = new Map<string, CharClass>();
const CLASS_CACHE_LIMIT = 10_000;

/** The class of each ASCII character, by its code. */
const ASCII_CLASS: readonly CharClass[] = Array.from({ length: 128 }, (_, code) =>
  code >= 65 && code <= 90
    ? 'upper'
    : code >= 97 && code <= 122
      ? 'lower'
      : code >= 48 && code <= 57
        ? 'digit'
        : 'other',
);

/** ASCII by char code; the rest by case mapping, then Unicode property, remembered. */
function classify(c: string): CharClass {
  const code = c.charCodeAt(0);
  if (code < 128) return ASCII_CLASS[code];
  let kind = CLASS_CACHE.get(c);
  if (kind === undefined) {
    kind = classifyUnicode(c);
    if (CLASS_CACHE.size < CLASS_CACHE_LIMIT) CLASS_CACHE.set(c, kind);
  }
  return kind;
}

function classifyUnicode(c: string): CharClass {
  if (UNSPACED.test(c)) return 'unspaced';
  if (UPPER.test(c)) return 'upper';
  if (LOWER.test(c)) return 'lower';
  if (LETTER.test(c)) return 'letter';
  if (DIGIT.test(c)) return 'digit';
  return 'other';
}

export function shapeOf(text: string): TextShape {
  let words = 0;
  let spacedWords = 0;
  let unspaced = 0;
  let upper = 0;
  let lower = 0;
  let letters = 0;
  let digits = 0;
  let cased = 0;
  let capitals = 0;
  let inWord = false;
  let wordLength = 0;
  let wordUnspaced = false;
  let wordFirst: CharClass = 'other';
  // One step past the end, as 'other', closes the last word.
  for (let i = 0; i <= text.length; i++) {
    let kind: CharClass = 'other';
    let joiner = false;
    if (i < text.length) {
      const code = text.charCodeAt(i);
      if (code < 128) {
        kind = ASCII_CLASS[code];
        joiner = code === 39 || code === 45 || code === 46;
      } else {
        const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
        const c = pair ? text.slice(i, i + 2) : text[i];
        if (pair) i++;
        kind = classify(c);
        joiner = code === 0x2019;
      }
    }
    if (kind === 'other') {
      const joins = inWord && joiner && i + 1 < text.length && classify(text[i + 1]) !== 'other';
      if (!inWord || joins) continue;
      words++;
      if (!wordUnspaced) spacedWords++;
      if (wordLength >= CASED_WORD_LENGTH && (wordFirst === 'upper' || wordFirst === 'lower')) {
        cased++;
        if (wordFirst === 'upper') capitals++;
      }
      inWord = false;
      continue;
    }
    if (kind === 'upper') upper++;
    else if (kind === 'lower') lower++;
    else if (kind === 'unspaced') unspaced++;
    if (kind === 'digit') digits++;
    else letters++;
    if (!inWord) {
      inWord = true;
      wordLength = 0;
      wordUnspaced = false;
      wordFirst = kind;
    }
    wordLength++;
    if (kind === 'unspaced') wordUnspaced = true;
  }
  const bare = text.replace(CLOSERS, '');
  return {
    size: spacedWords + unspaced / UNSPACED_CHARS_PER_WORD,
    words,
    ending: STOP_END.test(bare) ? 'stop' : COLON_END.test(bare) ? 'colon' : 'none',
    stops: text.match(INNER_STOP)?.length ?? 0,
    commas: text.match(COMMA)?.length ?? 0,
    capitalised: cased ? capitals / cased : 0,
    shouting: upper >= SHOUTING_CAPITALS && lower === 0,
    digits: letters + digits ? digits / (letters + digits) : 0,
    listItem: LIST_START.test(text),
    address: ADDRESS.test(text),
    trailingEllipsis: ELLIPSIS_END.test(text),
  };
}
