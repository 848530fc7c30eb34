const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A text lower-cased without accents, with where each of its characters came from in the original. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = text[i].normalize('NFD').replace(MARKS, '').toLowerCase();
    for (let j = 0; j < piece.length; j++) origin.push(i);
    folded += piece;
  }
  origin.push(text.length);
  return { folded, origin };
}

/**
 * Where search terms stand in a text, as whole words, found the way the index
 * folds them (lower case, no accents: "kyiv" finds "Kyïv"). Terms of several
 * words match across any run of spaces and punctuation.
 */
export function findTerms(
  text: string,
  terms: readonly string[],
): { start: number; end: number }[] {
  if (terms.length === 0 || !text) return [];
  const { folded, origin } = fold(text);
  const found: { start: number; end: number }[] = [];
  for (const term of terms) {
    const words = term.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const pattern = new RegExp(
      words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\p{P}\\p{S}]+'),
      'gu',
    );
    for (const m of folded.matchAll(pattern)) {
      const from = m.index;
      const to = from + m[0].length;
      if (
        (from > 0 && WORD_CHAR.test(folded[from - 1])) ||
        (to < folded.length && WORD_CHAR.test(folded[to]))
      )
        continue;
      found.push({ start: origin[from], end: origin[to] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
