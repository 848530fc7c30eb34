/** Reads `--clipped-at`; the current time when it is absent. */
export function parseClippedAt(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new Error(`--clipped-at: "${value}" is not a date (try 2025-07-23T10:00:00Z)`);
  return date;
}
