import type { PublishedAgo } from '../../model/article.ts';
import { findTime } from '../recognise/time.ts';

// Machine-written dates ("2019-11-19T10:48:00+00:00", "2019-11-19") need no language.
const ISO_DATE =
  /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

// Before the web, a date on a web page is a placeholder ("0001-01-01") rather than a publication.
const EARLIEST = Date.UTC(1991, 0, 1);

// A clip can be of a story dated a little ahead of the clock (time zones); more than that is a misreading.
const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

const YEAR = /\b(?:19|20)\d{2}\b/;

/** A publication date, and how long before the clip it was when the page said so ("2 hours ago"). */
export interface ResolvedDate {
  published: string;
  publishedAgo: PublishedAgo | null;
}

/**
 * Reads a publication date written by a machine or a person ("Nov 19, 2019",
 * "vor 2 Stunden", "1時間前") as ISO 8601, resolving relative and partial
 * dates against the moment of the clip with the text engine's reader, and
 * keeping how long before the clip a relative one was. Null
 * when the text names no day, or one no page could have been published on.
 */
export function resolveDate(
  raw: string | null | undefined,
  clippedAt: Date,
  language?: string | null,
): ResolvedDate | null {
  const value = raw?.replace(/\s+/g, ' ').trim();
  if (!value || value.length > 200) return null;
  if (ISO_DATE.test(value)) {
    const time = Date.parse(value.replace(' ', 'T'));
    if (!Number.isNaN(time))
      return time >= EARLIEST
        ? { published: new Date(time).toISOString(), publishedAgo: null }
        : null;
  }
  const found = findTime(value, language?.slice(0, 2).toLowerCase() ?? null, clippedAt);
  if (!found?.dated) return null;
  const date = found.date;
  // A story is not published after it is clipped: a "Nov 19" read ahead of the clip is last year's.
  if (date.getTime() > clippedAt.getTime() + FUTURE_SLACK_MS && !YEAR.test(found.text))
    date.setUTCFullYear(date.getUTCFullYear() - 1);
  const time = date.getTime();
  return time >= EARLIEST && time <= clippedAt.getTime() + FUTURE_SLACK_MS
    ? { published: date.toISOString(), publishedAgo: found.ago ?? null }
    : null;
}
