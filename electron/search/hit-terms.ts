import { matchedTerms, type TextMatch } from './match-expression.ts';
import { ASCII_SEPARATORS_CLASS, foldText, isAscii, SEPARATORS, splitWords } from './terms.ts';

/** What a hit shows of its match: the words it matched, and its text's terms up to the first match there. */
export interface HitTerms {
  /** The words of the clip a search matched (text first, in order, then its other fields), then the phrases. */
  terms: string[];
  /**
   * The text's terms, word for word, up to the first word of its first
   * match, a word or a phrase (none when nothing matched in the text): what
   * `snippetOf` takes.
   */
  lead: string[];
  /** Where the lead's last word starts in the text; null when nothing matched there, or folding moved the text's characters. */
  leadAt: number | null;
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
 * `matchPattern`'s) and in its other fields' words, and the text's terms up
 * to the first match.
 */
export function hitTerms(
  match: TextMatch,
  pattern: HitPattern | null,
  text: string,
  fieldWords: Iterable<string>,
): HitTerms {
  const inText: string[] = [];
  let lead: string[] = [];
  let leadAt: number | null = null;
  if (pattern) {
    const folded = foldText(text);
    let first = true;
    for (const found of folded.matchAll(isAscii(folded) ? pattern.ascii : pattern.any)) {
      if (first) {
        lead = splitWords(folded.slice(0, found.index + FIRST_WORD.exec(found[0])![0].length));
        if (folded.length === text.length) leadAt = found.index;
        first = false;
      }
      if (found.groups?.word) inText.push(found.groups.word);
    }
  }
  return { terms: matchedTerms(match, [...new Set(inText), ...fieldWords]), lead, leadAt };
}
