import * as chrono from 'chrono-node';

// chrono's parsers by language; English (with its casual forms, "2 hours ago") for the rest.
const PARSERS: Record<string, chrono.Chrono> = {
  de: chrono.de.casual, fr: chrono.fr.casual, ja: chrono.ja.casual, pt: chrono.pt.casual, nl: chrono.nl.casual,
  zh: chrono.zh.casual, ru: chrono.ru.casual, es: chrono.es.casual, uk: chrono.uk.casual, it: chrono.it.casual,
  sv: chrono.sv.casual, fi: chrono.fi.casual,
};

// Machine-written dates ("2019-11-19T10:48:00+00:00", "2019-11-19") need no language.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

// Before the web, a date on a web page is a placeholder ("0001-01-01") rather than a publication.
const EARLIEST = Date.UTC(1991, 0, 1);

// A clip can be of a story dated a little ahead of the clock (time zones); more than that is a misreading.
const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

/**
 * Reads a publication date written by a machine or a person ("Nov 19, 2019",
 * "vor 2 Stunden") as ISO 8601, resolving relative and partial dates
 * against the moment of the clip. When the text holds several dates
 * ("Posted … Updated …"), the earliest is the publication. Null when none.
 */
export function resolveDate(raw: string | null | undefined, clippedAt: Date, language?: string | null): string | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value || value.length > 200) return null;
  if (ISO_DATE.test(value)) {
    const time = Date.parse(value.replace(' ', 'T'));
    if (!Number.isNaN(time)) return time >= EARLIEST ? new Date(time).toISOString() : null;
  }
  const parser = PARSERS[(language ?? '').slice(0, 2).toLowerCase()] ?? chrono.casual;
  let earliest: Date | null = null;
  for (const result of parser.parse(value, clippedAt)) {
    // "10 p.m." or "Monday" alone name no day; "2 hours ago" and "Nov 19" do.
    if (!result.start.isCertain('day')) continue;
    const date = result.start.date();
    // A story is not published after it is clipped: a "Nov 19" that lands ahead is last year's.
    if (!result.start.isCertain('year') && date.getTime() > clippedAt.getTime() + FUTURE_SLACK_MS) {
      date.setFullYear(date.getFullYear() - 1);
    }
    if (date.getTime() > clippedAt.getTime() + FUTURE_SLACK_MS || date.getTime() < EARLIEST) continue;
    if (!earliest || date < earliest) earliest = date;
  }
  return earliest ? earliest.toISOString() : null;
}
