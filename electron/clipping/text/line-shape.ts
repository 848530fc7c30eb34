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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu;
const UNSPACED = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';
const UNSPACED_CHARS = new RegExp(`[${UNSPACED}]`, 'gu');
const HAS_UNSPACED = new RegExp(`[${UNSPACED}]`, 'u');
const CLOSERS = /["'”’»)\]\s*]+$/u;
const STOP_END = /[.!?。！？؟।…]$/u;
const COLON_END = /[:：]$/u;
const INNER_STOP = /[.!?;؟।](?=\s+["'“‘«(]?\p{Lu})|[。！？；]/gu;
const COMMA = /[,，、;；:：–—]/gu;
const CASED_WORD = /^[\p{Lu}\p{Ll}\p{Lt}]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
const LETTER = /\p{L}/gu;
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;
const DIGIT = /\p{N}/gu;
const LIST_START = /^(?:\(?\d{1,3}[.)]\s|[•·▪►▶◆●○■□✓✔\-–—*+]\s?)/u;
const ADDRESS = /^(?:(?:https?:\/\/|www\.)\S+|\S+@\S+\.\w+)$/iu;
const ELLIPSIS_END = /(?:…|\.{2,})["'”’»)]?$/u;

export function shapeOf(text: string): TextShape {
  const words = text.match(WORD) ?? [];
  const unspaced = text.match(UNSPACED_CHARS)?.length ?? 0;
  let spacedWords = 0;
  let cased = 0;
  let capitals = 0;
  for (const word of words) {
    if (!HAS_UNSPACED.test(word)) spacedWords++;
    if (word.length >= 3 && CASED_WORD.test(word)) {
      cased++;
      if (UPPER_START.test(word)) capitals++;
    }
  }
  const letters = text.match(LETTER)?.length ?? 0;
  const upper = text.match(UPPER)?.length ?? 0;
  const lower = text.match(LOWER)?.length ?? 0;
  const digits = text.match(DIGIT)?.length ?? 0;
  const bare = text.replace(CLOSERS, '');
  return {
    size: spacedWords + unspaced / 1.5,
    words: words.length,
    ending: STOP_END.test(bare) ? 'stop' : COLON_END.test(bare) ? 'colon' : 'none',
    stops: text.match(INNER_STOP)?.length ?? 0,
    commas: text.match(COMMA)?.length ?? 0,
    capitalised: cased ? capitals / cased : 0,
    shouting: upper >= 4 && lower === 0,
    digits: letters + digits ? digits / (letters + digits) : 0,
    listItem: LIST_START.test(text),
    address: ADDRESS.test(text),
    trailingEllipsis: ELLIPSIS_END.test(text),
  };
}
