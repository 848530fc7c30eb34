import { matchedTerms, type TextMatch } from './match-expression.ts';
import {
  ASCII_SEPARATORS_CLASS,
  foldTerm,
  isAscii,
  SEPARATORS,
  splitWords,
  wordSpans,
} from './terms.ts';

/** Where a hit's text first matched: the first word of its first match (a word, or a phrase's first word). */
export interface FirstMatch {
  /** Where that word starts in the text. */
  at: number;
  /** The word, as a term (`termsOf`). */
  term: string;
}

/** What a hit shows of its match: the words it matched, and where its text first matched. */
export interface HitTerms {
  /** The words of the clip a search matched (text first, in order, then its other fields), then the phrases. */
  terms: string[];
  /** Where the text first matched, what `snippetOf` cuts around; null when nothing matched there (or it cannot be placed). */
  first: FirstMatch | null;
}

const FIRST_WORD = new RegExp(`^[^${SEPARATORS}]*`, 'u');

function escaped(term: string): string {
  return term.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
}

/**
 * Patterns that find, in a folded text, the whole words a search's terms
 * match (group `word`) and its phrases (group `phrase`): so a hit's text is
 * searched natively, not cut into its hundreds of words one by one. One for
 * any text, one for a text of ASCII alone: the same matches there, but made
 * and run without Unicode's classes, many times quicker.
 */
export interface HitPattern {
  any: RegExp;
  ascii: RegExp;
}

/** The `HitPattern` of a match; null when it has no words or phrases. */
export function matchPattern(match: TextMatch): HitPattern | null {
  const pattern = (separators: string, flags: string) => {
    const words = match.matchers.flatMap((m) => [
      ...[...m.words].map(escaped),
      ...(m.prefix ? [`${escaped(m.term)}[^${separators}]*`] : []),
    ]);
    const phrases = match.phrases.map((p) => p.split(' ').map(escaped).join(`[${separators}]+`));
    const groups = [
      ...(words.length > 0 ? [`(?<word>${words.join('|')})`] : []),
      ...(phrases.length > 0 ? [`(?<phrase>${phrases.join('|')})`] : []),
    ];
    if (groups.length === 0) return null;
    return new RegExp(`(?<![^${separators}])(?:${groups.join('|')})(?![^${separators}])`, flags);
  };
  const any = pattern(SEPARATORS, 'gu');
  return any && { any, ascii: pattern(ASCII_SEPARATORS_CLASS, 'g')! };
}

/**
 * The words of a clip that a search matched, in its text (found by `pattern`,
 * `matchPattern`'s) and in its other fields' words, and where the text first
 * matched.
 */
export function hitTerms(
  match: TextMatch,
  pattern: HitPattern | null,
  text: string,
  fieldWords: Iterable<string>,
): HitTerms {
  const inText: string[] = [];
  let first: FirstMatch | null = null;
  if (pattern) {
    const ascii = isAscii(text);
    const folded = ascii ? text.toLowerCase() : foldTerm(text);
    const found = [...folded.matchAll(ascii || isAscii(folded) ? pattern.ascii : pattern.any)];
    for (const m of found) if (m.groups?.word) inText.push(m.groups.word);
    const at = found.length > 0 ? textPosition(text, folded, found[0].index) : null;
    if (at !== null) first = { at, term: FIRST_WORD.exec(found[0][0])![0] };
  }
  return { terms: matchedTerms(match, [...new Set(inText), ...fieldWords]), first };
}

/**
 * Where the word at `at` in the folded text starts in the text: the same
 * place, unless folding changed the text's length (a character that folds
 * to two, or to none); then the word as many words in. Null when the text
 * holds fewer words than that.
 */
function textPosition(text: string, folded: string, at: number): number | null {
  if (folded.length === text.length) return at;
  const before = splitWords(folded.slice(0, at)).length;
  return wordSpans(text, before + 1)[before]?.start ?? null;
}
