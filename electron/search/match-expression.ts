import type { SearchQuery } from './query.ts';
import { STOP_WORDS } from './stop-words.ts';
import { termsOf } from './terms.ts';

/** What a query's words are expanded with, from the index's own words. */
export interface IndexWords {
  /** Whether some word of the index other than `word` starts with it. */
  startsOther(word: string): boolean;
  /** The index's words within `max` typos of `word`, closest first; asked only when typos are forgiven. */
  near(word: string, max: number): string[];
}

/** At most this many near spellings stand in for one typed word. */
const MAX_NEAR = 24;
/**
 * Words match by their start from four letters on: three-letter starts
 * ("chi") each stand for tens of thousands of clips in a big library,
 * which no one wants and which takes long to count.
 */
const PREFIX_FROM = 4;

/**
 * What a part of a match (a typed word, or a phrase) asks of a tag's words,
 * so that clips are found by their tags too, which the full-text index does
 * not hold: one of `words` whole, or a word starting with `prefix`; or the
 * words of `phrase` in a row.
 */
export type TagTest =
  { words: ReadonlySet<string>; prefix: string | null } | { phrase: readonly string[] };

/**
 * A part of a tier: the FTS5 expression it matches the text with, the one
 * that scores what it matched (`TextMatch.ranking`), and what it asks of a tag.
 */
export interface MatchPart {
  fts: string;
  rank: string;
  tag: TagTest;
}

/** What one typed term may match in a clip. */
export interface TermMatcher {
  term: string;
  /** Whole words that count as it: the term itself, and the index's words within a typo of it. */
  words: ReadonlySet<string>;
  /** Any word starting with the term counts too. */
  prefix: boolean;
}

/**
 * The text part of a query as FTS5 match expressions. A clip matches when it
 * holds every word (by its start, or within a typo) and every phrase; it
 * ranks better when it needs fewer liberties to match, so `tiers` go from
 * the strictest (every word whole) to the loosest (typos allowed), each
 * matching all the clips the one before matched.
 */
export interface TextMatch {
  /** Empty when the query has no words or phrases. */
  tiers: string[];
  /**
   * Each tier's expression for scoring the clips it matched: its phrases'
   * uncommon words stand for the phrases, whose own scores each take a pass
   * through every clip holding their words.
   */
  ranking: string[];
  /**
   * Each tier's parts (its expression holds them all), to find clips by
   * their tags too; empty when the query looks in titles only.
   */
  tierParts: MatchPart[][];
  /** The parts left out (none when the query looks in titles only). */
  excludedParts: MatchPart[];
  /** False when every word is a stop word: such a query lists clips newest first, as filters do. */
  ranked: boolean;
  /** The words and phrases left out, as one expression; null when none are. */
  excluded: string | null;
  /** What counts as each typed word, to tell which words matched in a hit. */
  matchers: TermMatcher[];
  /** The phrases, folded, to mark in a hit. */
  phrases: string[];
}

/** Very common words are found as they are typed: by their start or a typo, each would find almost everything. */
function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/** Words from four letters survive one typo, from eight two (as README says). */
function typosAllowed(term: string): number {
  return term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0;
}

/** A term or phrase as an FTS5 string: its folded terms in double quotes. */
function quoted(terms: readonly string[]): string {
  return `"${terms.join(' ').replaceAll('"', '""')}"`;
}

function all(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0] : parts.map((p) => `(${p})`).join(' AND ');
}

function any(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/** A phrase (or a word: a phrase of one) as a part of a match. */
function phrasePart(terms: readonly string[]): MatchPart {
  // Its uncommon words too, each alone: FTS5 then steps through the clips of
  // the rarest, not through every clip holding "the" to look for the phrase.
  const words = terms.length > 1 ? [...new Set(terms.filter((t) => !isStopWord(t)))] : [];
  const fts = [...words.map((w) => quoted([w])), quoted(terms)].join(' AND ');
  return {
    fts,
    rank: words.length > 0 ? words.map((w) => quoted([w])).join(' AND ') : fts,
    tag: terms.length === 1 ? { words: new Set(terms), prefix: null } : { phrase: terms },
  };
}

/**
 * Builds the match expressions for a parsed query, over the index's own
 * words; with `typos`, a last tier forgives them.
 */
export function textMatch(
  query: SearchQuery,
  vocabulary: IndexWords,
  { typos }: { typos: boolean },
): TextMatch {
  const terms = query.words.flatMap(termsOf);
  const phrases = query.phrases.map(termsOf).filter((p) => p.length > 0);
  const excluded = [...query.excludedWords, ...query.excludedPhrases]
    .map(termsOf)
    .filter((p) => p.length > 0);
  const inTitle = (expression: string) =>
    query.titleOnly ? `title : (${expression})` : expression;

  const matchers: TermMatcher[] = [];
  const exact: MatchPart[] = [];
  const byStart: MatchPart[] = [];
  const nearBy: MatchPart[] = [];
  let anyByStart = false;
  let anyNear = false;
  for (const term of new Set(terms)) {
    const own = quoted([term]);
    const whole: MatchPart = { fts: own, rank: own, tag: { words: new Set([term]), prefix: null } };
    if (isStopWord(term)) {
      matchers.push({ term, words: new Set([term]), prefix: false });
      exact.push(whole);
      byStart.push(whole);
      nearBy.push(whole);
      continue;
    }
    const prefix = term.length >= PREFIX_FROM;
    const near = typos ? vocabulary.near(term, typosAllowed(term)).slice(0, MAX_NEAR) : [];
    matchers.push({ term, words: new Set([term, ...near]), prefix });
    const start = prefix && vocabulary.startsOther(term) ? [`${own}*`] : [];
    anyByStart ||= start.length > 0;
    anyNear ||= near.length > 0;
    const startTag = start.length > 0 ? term : null;
    exact.push(whole);
    const fromStart = any([own, ...start]);
    byStart.push({
      fts: fromStart,
      rank: fromStart,
      tag: { words: new Set([term]), prefix: startTag },
    });
    const nearOrStart = any([own, ...start, ...near.map((n) => quoted([n]))]);
    nearBy.push({
      fts: nearOrStart,
      rank: nearOrStart,
      tag: { words: new Set([term, ...near]), prefix: startTag },
    });
  }
  const phraseParts = phrases.map(phrasePart);
  const tierParts: MatchPart[][] = [];
  if (exact.length + phraseParts.length > 0) {
    tierParts.push([...exact, ...phraseParts]);
    if (anyByStart) tierParts.push([...byStart, ...phraseParts]);
    if (anyNear) tierParts.push([...nearBy, ...phraseParts]);
  }
  const excludedParts = excluded.map(phrasePart);
  return {
    tiers: tierParts.map((parts) => inTitle(all(parts.map((p) => p.fts)))),
    ranking: tierParts.map((parts) => inTitle(all(parts.map((p) => p.rank)))),
    tierParts: query.titleOnly ? [] : tierParts,
    excludedParts: query.titleOnly ? [] : excludedParts,
    ranked: terms.some((t) => !isStopWord(t)) || phrases.some((p) => p.some((t) => !isStopWord(t))),
    excluded: excluded.length > 0 ? inTitle(any(excluded.map(quoted))) : null,
    matchers,
    phrases: phrases.map((p) => p.join(' ')),
  };
}

/**
 * The words of a clip that a query matched, and its phrases found there, to
 * mark them: "ukrainian" for a search for "ukrain".
 */
export function matchedTerms(match: TextMatch, clipTerms: Iterable<string>): string[] {
  const found = new Set<string>();
  for (const word of clipTerms) {
    for (const m of match.matchers) {
      if (m.words.has(word) || (m.prefix && word.startsWith(m.term))) {
        found.add(word);
        break;
      }
    }
  }
  // A hit holds every phrase: that is how it was found.
  return [...found, ...match.phrases];
}
