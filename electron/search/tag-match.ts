import type { TagTest, TextMatch } from './match-expression.ts';

/** A part of a tier that a clip's tags may hold instead of its text: its expression, and the tags that hold it. */
export interface EitherPart {
  fts: string;
  tags: string[];
}

/** A tier whose words are found in tags too: the parts only the text can hold, as one expression (null: none), and those tags may hold. */
export interface TaggedTier {
  fts: string | null;
  either: EitherPart[];
}

/** How a match finds clips by their tags, which the full-text index does not hold. */
export interface TaggedMatch {
  /** Null when no tag holds a word or phrase of the query: the full-text expressions alone find every clip. */
  tiers: TaggedTier[] | null;
  /** The tags holding a word or phrase left out: their clips are left out too. */
  excludedTags: string[];
}

/** Every tag in use, with its terms (`termsOf`). */
export type TagTerms = ReadonlyMap<string, readonly string[]>;

function passes(test: TagTest, terms: readonly string[]): boolean {
  if ('phrase' in test) {
    const { phrase } = test;
    for (let i = 0; i + phrase.length <= terms.length; i++)
      if (phrase.every((t, k) => terms[i + k] === t)) return true;
    return false;
  }
  return terms.some(
    (t) => test.words.has(t) || (test.prefix !== null && t.startsWith(test.prefix)),
  );
}

function tagsPassing(test: TagTest, tags: TagTerms): string[] {
  return [...tags].filter(([, terms]) => passes(test, terms)).map(([tag]) => tag);
}

function all(parts: readonly string[]): string | null {
  return parts.length === 0 ? null : parts.map((p) => `(${p})`).join(' AND ');
}

/** Which tags hold which parts of a match. */
export function taggedMatch(match: TextMatch, tags: TagTerms): TaggedMatch {
  const excludedTags = [
    ...new Set(match.excludedParts.flatMap((part) => tagsPassing(part.tag, tags))),
  ];
  const tiers = match.tierParts.map((parts) => {
    const own: string[] = [];
    const either: EitherPart[] = [];
    for (const part of parts) {
      const holding = tagsPassing(part.tag, tags);
      if (holding.length > 0) either.push({ fts: part.fts, tags: holding });
      else own.push(part.fts);
    }
    return { fts: all(own), either };
  });
  return {
    tiers: tiers.some((tier) => tier.either.length > 0) ? tiers : null,
    excludedTags,
  };
}
