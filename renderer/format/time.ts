import type { ClipRecord } from '../../electron/api/contract.ts';

/** How long before clipping a paste said its story was published. */
type PublishedAgo = NonNullable<ClipRecord['publishedAgo']>;

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto', style: 'short' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "5 min. ago", "yesterday": how long ago a clip was made. */
export function timeAgo(iso: string, now: Date = new Date()): string {
  const seconds = (Date.parse(iso) - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return relative.format(0, 'minute');
}

/**
 * A published time as the person's locale writes it; dates without a time of
 * day stay dates. One the paste gave relative to clipping stays as precise as
 * it was: "about 1 hour before clipping", never an exact time it did not give.
 */
export function formatPublished(iso: string, ago?: PublishedAgo | null): string {
  if (ago) {
    const span = new Intl.NumberFormat(undefined, {
      style: 'unit',
      unit: ago.unit,
      unitDisplay: 'long',
    }).format(ago.amount);
    return `about ${span} before clipping`;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return /T00:00(:00(\.000)?)?(Z|[+-]00:00)?$/.test(iso) || !iso.includes('T')
    ? dateOnly.format(date)
    : dateTime.format(date);
}
