/** Reading the loosely typed values of exports: numbers written as text, booleans as 0/1, missing fields. */

/** Trimmed text, or null when there is none. */
export function text(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}

/** true for true, 1, "1", "true", "yes". */
export function flag(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  return typeof value === 'string' && /^(1|true|yes)$/i.test(value.trim());
}

// Before this, a number is not a date an export meant (Pocket started in 2007; 1995 leaves room).
const EARLIEST = Date.UTC(1995, 0, 1);

/** A date as exports write them (Unix seconds or milliseconds, as a number or text, or ISO 8601) as ISO 8601; null when unreadable. */
export function date(value: unknown): string | null {
  const raw = typeof value === 'string' ? value.trim() : value;
  if (raw === null || raw === undefined || raw === '') return null;
  let ms: number;
  if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw))) {
    const n = Number(raw);
    ms = n > 1e11 ? n : n * 1000;
  } else if (typeof raw === 'string') {
    ms = Date.parse(raw);
  } else {
    return null;
  }
  if (!Number.isFinite(ms) || ms < EARLIEST || ms > Date.UTC(2200, 0, 1)) return null;
  return new Date(ms).toISOString();
}

/** An http(s) address, or null: nothing else is kept as a clip's link. */
export function webAddress(value: unknown): string | null {
  const raw = text(value);
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A list of names from an array (of names, or of objects with a `label`, `name` or `title`), or from text split at `separator`. */
export function names(value: unknown, separator: RegExp): string[] {
  const list = Array.isArray(value)
    ? value
    : typeof value === 'string'
      ? value.split(separator)
      : [];
  return list
    .map((v) => (isRecord(v) ? (v.label ?? v.name ?? v.title) : v))
    .map(text)
    .filter((v): v is string => v !== null);
}

/** A plain object's field, whatever the case of its name. */
export function field(record: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(record, name)) return record[name];
  const lower = name.toLowerCase();
  const key = Object.keys(record).find((k) => k.trim().toLowerCase() === lower);
  return key === undefined ? undefined : record[key];
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A note for the import's summary when a record's address is not a web address and is left out; null when there is nothing to say. */
export function droppedAddress(
  value: unknown,
  item: string,
): { item: string; reason: string } | null {
  const raw = text(value);
  if (!raw || webAddress(raw)) return null;
  const shown = raw.length > 80 ? `${raw.slice(0, 80)}…` : raw;
  return {
    item,
    reason: `its address “${shown}” is not a web address (http or https), so it came in without one.`,
  };
}
