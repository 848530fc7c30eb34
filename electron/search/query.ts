import { PresscutError } from '../../common/errors.ts';

/**
 * The search box's language, parsed into plain data:
 *
 *     ceasefire "grain deal" -rumour tag:ukraine source:"straits times"
 *     is:unread has:annotation in:title after:2025-07 before:2025-08-01
 *
 * Free words and quoted phrases are looked for in the text; `-` excludes a
 * word, a phrase or a filter. A `name:value` whose name is not a filter's
 * ("10:30", "Update:") is ordinary text.
 */

export const READING_STATES = ['read', 'unread', 'archived', 'favorite'] as const;
export type ReadingStateName = (typeof READING_STATES)[number];

export const CLIP_PARTS = ['annotation', 'note'] as const;
export type ClipPart = (typeof CLIP_PARTS)[number];

export type QueryFilter =
  | { kind: 'tag'; value: string; negated: boolean }
  | { kind: 'source'; value: string; negated: boolean }
  | { kind: 'is'; value: ReadingStateName; negated: boolean }
  | { kind: 'has'; value: ClipPart; negated: boolean }
  /** Dates as YYYY-MM-DD: `before` is the first day left out, `after` the first day let in. */
  | { kind: 'before'; date: string }
  | { kind: 'after'; date: string };

export interface SearchQuery {
  words: string[];
  phrases: string[];
  excludedWords: string[];
  excludedPhrases: string[];
  filters: QueryFilter[];
  /** `in:title`: words and phrases are looked for in titles only. */
  titleOnly: boolean;
}

const FILTER_NAMES = ['tag', 'source', 'is', 'has', 'in', 'before', 'after'] as const;
type FilterName = (typeof FILTER_NAMES)[number];

/** Spellings people type for the reading states, beyond their own names. */
const STATE_ALIASES: Readonly<Record<string, ReadingStateName>> = {
  favourite: 'favorite',
  fav: 'favorite',
};
const PART_ALIASES: Readonly<Record<string, ClipPart>> = {
  annotations: 'annotation',
  highlight: 'annotation',
  highlights: 'annotation',
  notes: 'note',
};

interface Token {
  negated: boolean;
  /** The filter name, when the token is `name:value`. */
  name: string | null;
  value: string;
  quoted: boolean;
}

/** Parses what was typed in the search box; a malformed filter is an error that says how to write it. */
export function parseQuery(input: string): SearchQuery {
  const query: SearchQuery = {
    words: [],
    phrases: [],
    excludedWords: [],
    excludedPhrases: [],
    filters: [],
    titleOnly: false,
  };
  for (const token of tokenize(input)) {
    if (token.name === null) addText(query, token);
    else addFilter(query, token.name as FilterName, token);
  }
  return query;
}

/** Splits on spaces outside quotes. A quote left open runs to the end, as it does while the person is still typing it. */
function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  const pattern = /(-?)(?:(\p{L}+):)?(?:"([^"]*)"?|(\S*))/uy;
  let at = 0;
  while (at < input.length) {
    if (/\s/.test(input[at])) {
      at++;
      continue;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(input);
    if (!match) break;
    at = pattern.lastIndex;
    const [, minus, name, quoted, bare] = match;
    const known =
      name !== undefined && (FILTER_NAMES as readonly string[]).includes(name.toLowerCase());
    // An unknown name is text, colon and all: "Update:" or "re:grain".
    const value = known
      ? (quoted ?? bare ?? '')
      : `${name !== undefined ? `${name}:` : ''}${quoted ?? bare ?? ''}`;
    tokens.push({
      negated: minus === '-',
      name: known ? name.toLowerCase() : null,
      value,
      quoted: quoted !== undefined,
    });
  }
  return tokens;
}

function addText(query: SearchQuery, { negated, value, quoted }: Token): void {
  const text = value.trim();
  if (!text) return;
  if (quoted) (negated ? query.excludedPhrases : query.phrases).push(text);
  else (negated ? query.excludedWords : query.words).push(text);
}

function addFilter(query: SearchQuery, name: FilterName, { negated, value }: Token): void {
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) throw invalid(`${name}: needs a value, e.g. ${EXAMPLES[name]}.`);
  switch (name) {
    case 'tag':
    case 'source':
      query.filters.push({ kind: name, value: text, negated });
      return;
    case 'is':
      query.filters.push({
        kind: 'is',
        value: oneOf(name, text, READING_STATES, STATE_ALIASES),
        negated,
      });
      return;
    case 'has':
      query.filters.push({
        kind: 'has',
        value: oneOf(name, text, CLIP_PARTS, PART_ALIASES),
        negated,
      });
      return;
    case 'in':
      if (text.toLowerCase() !== 'title')
        throw invalid(`in: can only be in:title (not “${text}”).`);
      if (negated)
        throw invalid('-in:title cannot be negated: leave it out to search the whole clip.');
      query.titleOnly = true;
      return;
    case 'before':
    case 'after':
      if (negated)
        throw invalid(
          `-${name}: cannot be negated: use ${name === 'before' ? 'after' : 'before'}: instead.`,
        );
      query.filters.push({ kind: name, date: firstDayOf(name, text) });
      return;
  }
}

const EXAMPLES: Readonly<Record<FilterName, string>> = {
  tag: 'tag:ukraine or tag:"climate change"',
  source: 'source:reuters or source:"straits times"',
  is: 'is:unread',
  has: 'has:annotation',
  in: 'in:title',
  before: 'before:2025-08-01',
  after: 'after:2025-07',
};

function oneOf<T extends string>(
  name: FilterName,
  text: string,
  known: readonly T[],
  aliases: Readonly<Record<string, T>>,
): T {
  const key = text.toLowerCase();
  const found =
    known.find((k) => k === key) ?? (Object.hasOwn(aliases, key) ? aliases[key] : undefined);
  if (found) return found;
  throw invalid(`${name}: can be ${known.map((k) => `${name}:${k}`).join(', ')} (not “${text}”).`);
}

/** A date typed as YYYY, YYYY-MM or YYYY-MM-DD, as the first day it covers. */
function firstDayOf(name: FilterName, text: string): string {
  const match = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text);
  const year = Number(match?.[1]);
  const month = Number(match?.[2] ?? 1);
  const day = Number(match?.[3] ?? 1);
  const valid =
    match &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!valid)
    throw invalid(
      `${name}: takes a date written YYYY-MM-DD, YYYY-MM or YYYY, e.g. ${EXAMPLES[name]} (not “${text}”).`,
    );
  const pad = (n: number) => String(n).padStart(2, '0');
  // A partial date covers a whole month or year: after:2025-07 lets July in, before:2025-07 leaves it out.
  return `${year}-${pad(month)}-${pad(day)}`;
}

function invalid(message: string): PresscutError {
  return new PresscutError('invalid-argument', `Search: ${message}`);
}
