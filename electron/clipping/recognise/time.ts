import * as chrono from 'chrono-node';
import type { AgoUnit, PublishedAgo } from '../../model/article.ts';

/** A point in time found in a piece of text. */
export interface FoundTime {
  date: Date;
  /** The part of the text that says it. */
  text: string;
  index: number;
  /** The day is known (not only a time of day, which chrono would put on the clip's day). */
  dated: boolean;
  /** Characters of the text that name a time, over all the times found ("Nov 20, 2019 / 1:07 AM"). */
  covered: number;
  /** Said relative to the reading ("an hour ago", "4h", "yesterday"): how long before it, in the text's unit. */
  ago?: PublishedAgo;
}

/** Minutes in each unit a relative time counts in, largest first (a month of 30 days, a year of 365). */
const AGO_MINUTES: [AgoUnit, number][] = [
  ['year', 525_600],
  ['month', 43_200],
  ['week', 10_080],
  ['day', 1_440],
  ['hour', 60],
  ['minute', 1],
];

/**
 * How long before `clippedAt` a relative time put `date`, in the largest
 * unit it is a whole number of (within a calendar month's or year's slack):
 * "3 days ago" is 3 days, "90 minutes ago" 90 minutes.
 */
function agoOf(date: Date, clippedAt: Date): PublishedAgo | undefined {
  const minutes = (clippedAt.getTime() - date.getTime()) / 60_000;
  if (minutes < 1) return undefined;
  for (const [unit, size] of AGO_MINUTES) {
    const amount = Math.round(minutes / size);
    if (amount >= 1 && Math.abs(minutes / size - amount) < 0.05) return { amount, unit };
  }
  return undefined;
}

/** Whether chrono read the time relative to the reference ("an hour ago", "yesterday"), not as a date. */
function isRelative(result: chrono.ParsedResult): boolean {
  return [...result.tags()].some(
    (tag) => tag.startsWith('result/relative') || tag.startsWith('casualReference/'),
  );
}

const PARSERS: Record<string, chrono.Chrono> = steadyParsers({
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  ja: chrono.ja.casual,
  pt: chrono.pt.casual,
  nl: chrono.nl.casual,
  zh: chrono.zh.casual,
  ru: chrono.ru.casual,
  es: chrono.es.casual,
  uk: chrono.uk.casual,
  it: chrono.it.casual,
  sv: chrono.sv.casual,
  fi: chrono.fi.casual,
  vi: chrono.vi.casual,
  id: chrono.id.casual,
});

/** A parser with the pattern it builds for itself: what `withSteadyPattern` keeps. */
type PatternParser = chrono.Parser & { innerPattern?: (...context: unknown[]) => RegExp };

/**
 * Chrono's parsers cache their compiled pattern while the inner pattern stays
 * the same object, but many build a new one on every call, so each parse
 * compiled dozens of regular expressions again. A pattern built without the
 * parse's context is the same on every call: built once here, it lets the
 * cache work. Each parser is wrapped in our own copy of the configuration.
 */
function steadyParsers(parsers: Record<string, chrono.Chrono>): Record<string, chrono.Chrono> {
  return Object.fromEntries(
    Object.entries(parsers).map(([language, parser]) => {
      const steady = parser.clone();
      steady.parsers = steady.parsers.map(withSteadyPattern);
      return [language, steady];
    }),
  );
}

function withSteadyPattern(parser: PatternParser): chrono.Parser {
  const build = parser.innerPattern;
  if (typeof build !== 'function' || build.length > 0) return parser;
  const pattern = build.call(parser);
  return Object.assign(Object.create(parser) as PatternParser, { innerPattern: () => pattern });
}

/** Time units of the compact relative forms feeds print ("4h", "15m ago"), as chrono's English parser reads them. */
const COMPACT_UNITS: Record<string, string> = {
  s: 'seconds',
  m: 'minutes',
  min: 'minutes',
  mins: 'minutes',
  h: 'hours',
  hr: 'hours',
  hrs: 'hours',
  d: 'days',
  w: 'weeks',
  wk: 'weeks',
  mo: 'months',
  y: 'years',
  yr: 'years',
};
const COMPACT = /^(\d{1,3})\s?([a-z]{1,4})(?:\s+ago)?$/i;
/** A compact time beside an outlet's name, set off by a dot, bar or dash: "Associated Press · 5h", "5h | Reuters". */
const COMPACT_BESIDE = /(?:^|\s[·•|\-–—]\s)(\d{1,3}\s?[a-z]{1,4}(?:\s+ago)?)(?=\s[·•|\-–—]\s|$)/i;
/** "1時間前", "3小时前", "2시간 전": relative times chrono has no Chinese, Japanese or Korean parser for. */
const CJK_UNITS: Record<string, string> = {
  秒: 'seconds',
  秒钟: 'seconds',
  초: 'seconds',
  分: 'minutes',
  分钟: 'minutes',
  分鐘: 'minutes',
  분: 'minutes',
  時間: 'hours',
  小时: 'hours',
  小時: 'hours',
  시간: 'hours',
  日: 'days',
  天: 'days',
  일: 'days',
  週間: 'weeks',
  周: 'weeks',
  週: 'weeks',
  주: 'weeks',
  か月: 'months',
  ヶ月: 'months',
  个月: 'months',
  個月: 'months',
  개월: 'months',
  年: 'years',
  년: 'years',
};
/** A figure: dates in English or ISO form carry one. */
const DIGIT = /\p{N}/u;
const CJK_AGO = /^(\d{1,3})\s?(\S{1,3}?)\s?(?:前|전)$/u;
/** The same beside an outlet's name: "北陸テレビ｜3時間前". */
const CJK_BESIDE = /[·•|｜]\s*(\d{1,3}\s?\S{1,3}?\s?(?:前|전))\s*$/u;

/**
 * The first point in time the text names, read in the page's language and then
 * in English (dates in English and ISO forms turn up on pages in any language).
 * Relative times resolve against `clippedAt`; times without a zone are read as UTC.
 */
export function findTime(text: string, language: string | null, clippedAt: Date): FoundTime | null {
  const reference = { instant: clippedAt, timezone: 0 };
  const compact = compactTime(text, clippedAt);
  if (compact) return compact;
  // English and ISO dates carry figures ("March 5, 2020"); English words alone ("yesterday") on another language's page are rare.
  const fallback = language && PARSERS[language] && !DIGIT.test(text) ? [] : [PARSERS.en];
  const parsers = [PARSERS[language ?? ''], ...fallback].filter(
    (p, i, all) => p && all.indexOf(p) === i,
  );
  let best: chrono.ParsedResult | null = null;
  let covered = 0;
  for (const parser of parsers) {
    const results = parser.parse(text, reference);
    for (const result of results) {
      if (!best || rank(result) > rank(best)) best = result;
    }
    covered = Math.max(
      covered,
      results.reduce((sum, r) => sum + r.text.length, 0),
    );
    if (best && isDated(best)) break;
  }
  if (!best) return null;
  const date = best.start.date();
  const ago = isRelative(best) ? agoOf(date, clippedAt) : undefined;
  return {
    date,
    text: best.text,
    index: best.index,
    dated: isDated(best),
    covered,
    ...(ago && { ago }),
  };
}

/** A compact relative time ("4h", "15m ago", "3小时前"), alone on the line or set off beside a name. */
function compactTime(text: string, clippedAt: Date): FoundTime | null {
  const whole = text.trim();
  const said =
    COMPACT.test(whole) || CJK_AGO.test(whole)
      ? whole
      : (COMPACT_BESIDE.exec(whole) ?? CJK_BESIDE.exec(whole))?.[1];
  if (!said) return null;
  const parts = COMPACT.exec(said) ?? CJK_AGO.exec(said);
  const unit = parts && (COMPACT_UNITS[parts[2].toLowerCase()] ?? CJK_UNITS[parts[2]]);
  if (!parts || !unit) return null;
  const [result] = PARSERS.en.parse(`${parts[1]} ${unit} ago`, {
    instant: clippedAt,
    timezone: 0,
  });
  if (!result) return null;
  const date = result.start.date();
  const ago = agoOf(date, clippedAt);
  return {
    date,
    text: said,
    index: text.indexOf(said),
    dated: true,
    covered: said.length,
    ...(ago && { ago }),
  };
}

function isDated(result: chrono.ParsedResult): boolean {
  return result.start.isCertain('day') || result.start.isCertain('weekday');
}

/** Any time that names a day outranks any that does not, however long its text. */
const DATED_FIRST = 1000;

function rank(result: chrono.ParsedResult): number {
  return (isDated(result) ? DATED_FIRST : 0) + result.text.length;
}
