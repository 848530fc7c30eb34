import Papa from 'papaparse';

/**
 * Reads a CSV by its header: each row is an object keyed by column name,
 * lower-cased and trimmed, so a parser asks for "url" wherever the column
 * stands and however the export capitalised it.
 */
export function readCsv(text: string): { columns: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) =>
      h
        .replace(/^\uFEFF/, '')
        .trim()
        .toLowerCase(),
  });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}
