import Papa from 'papaparse';

/** A data row of a CSV: its number as a spreadsheet shows it (the header is row 1), and its values by column. */
export interface CsvRow {
  number: number;
  values: Record<string, string>;
}

/** Something wrong with one row: the row is left out (`failed`), or read all the same (`notes`). */
export interface CsvProblem {
  number: number;
  reason: string;
  kind: 'failed' | 'notes';
}

const OPTIONS = {
  header: true,
  skipEmptyLines: 'greedy',
  transformHeader: (h: string) =>
    h
      .replace(/^\uFEFF/, '')
      .trim()
      .toLowerCase(),
} as const;

/**
 * Reads a CSV by its header: each row is an object keyed by column name,
 * lower-cased and trimmed, so a parser asks for "url" wherever the column
 * stands and however the export capitalised it. Every problem the parser
 * meets is kept with its row. A quote that is never closed would swallow
 * every row after it: that row is left out, named, and reading goes on
 * from the next line.
 */
export function readCsv(text: string): {
  columns: string[];
  rows: CsvRow[];
  problems: CsvProblem[];
} {
  const newline = text.indexOf('\n');
  const header = newline === -1 ? text : text.slice(0, newline + 1);
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  let columns: string[] = [];
  let rest = text;
  let first = 2;
  for (;;) {
    const parsed = Papa.parse<Record<string, string>>(rest, OPTIONS);
    columns = columns.length ? columns : (parsed.meta.fields ?? []);
    const open = parsed.errors.find((e) => e.code === 'MissingQuotes');
    const cut = open ? rest.lastIndexOf('\n', open.index) + 1 : rest.length;
    const kept = open ? Papa.parse<Record<string, string>>(rest.slice(0, cut), OPTIONS) : parsed;
    kept.data.forEach((values, i) => rows.push({ number: first + i, values }));
    for (const e of kept.errors)
      if (e.row !== undefined)
        problems.push({
          number: first + e.row,
          reason: `${e.message}; read by column name all the same.`,
          kind: 'notes',
        });
    if (!open) break;
    const bad = first + kept.data.length;
    problems.push({
      number: bad,
      reason:
        'a quote opened in it is never closed, so it was left out; the rows after it were read.',
      kind: 'failed',
    });
    const end = rest.indexOf('\n', open.index);
    if (end === -1) break;
    rest = header + rest.slice(end + 1);
    first = bad + 1;
  }
  return { columns, rows, problems };
}
