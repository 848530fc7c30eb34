import { parseHTML } from 'linkedom';
import { readCsv } from './csv.ts';
import { date, isRecord, names, text, webAddress } from './fields.ts';
import { emptyItem, emptyParsedFile, type ImportedItem, type ParsedFile } from './imported-item.ts';

/** Pocket's CSV export (`part_000000.csv`…): title, url, time_added, tags (joined by |), status, and sometimes a cursor. */
export function isPocketCsv(columns: readonly string[]): boolean {
  return columns.includes('url') && columns.includes('time_added');
}

/** Pocket's older HTML export (`ril_export.html`): Unread and Read Archive lists of links. */
export function isPocketHtml(html: string): boolean {
  return /<h1>\s*(unread|read archive)\s*<\/h1>/i.test(html) && /time_added\s*=/i.test(html);
}

function readingOf(archived: boolean): ImportedItem['reading'] {
  return archived ? { archived: true, read: true } : { archived: false };
}

/** Pocket joins tags with `|`; some exports, and people's edits, use commas. */
const TAG_SEPARATOR = /[|,]/;

function pocketItem(
  fields: { title: unknown; url: unknown; timeAdded: unknown; tags: string[]; archived: boolean },
  original: ImportedItem['original'],
  parsed: ParsedFile,
): ImportedItem | null {
  const url = webAddress(fields.url);
  if (!url) return null;
  const title = text(fields.title);
  const savedAt = date(fields.timeAdded);
  if (!savedAt)
    parsed.notes.push({
      item: title ?? url,
      reason: `Pocket gives no date it was saved (time_added “${text(fields.timeAdded) ?? ''}”), so it is dated the day it was imported.`,
    });
  return {
    ...emptyItem('pocket', title ?? url, original),
    title,
    url,
    savedAt,
    tags: fields.tags,
    reading: readingOf(fields.archived),
  };
}

export function parsePocketCsv(csv: string, fileName: string): ParsedFile {
  const parsed = emptyParsedFile();
  const { rows, problems } = readCsv(csv);
  for (const p of problems)
    parsed[p.kind].push({ item: `${fileName}, row ${p.number}`, reason: p.reason });
  rows.forEach(({ number, values: row }, index) => {
    const item = pocketItem(
      {
        title: row.title,
        url: row.url,
        timeAdded: row.time_added,
        tags: names(row.tags, TAG_SEPARATOR),
        archived: /^archive/i.test(row.status ?? ''),
      },
      { key: fileName, paste: { text: csv }, index },
      parsed,
    );
    if (item) parsed.items.push(item);
    else
      parsed.failed.push({
        item: `${fileName}, row ${number}`,
        reason: `“${row.url ?? ''}” is not a web address.`,
      });
  });
  return parsed;
}

export function parsePocketHtml(html: string, fileName: string): ParsedFile {
  const parsed = emptyParsedFile();
  const { document } = parseHTML(html);
  let archived = false;
  let index = 0;
  // The lists follow their headings in document order: every link belongs to the last heading before it.
  for (const element of document.querySelectorAll('h1, a[href]')) {
    if (element.tagName === 'H1') {
      archived = /archive/i.test(element.textContent ?? '');
      continue;
    }
    const item = pocketItem(
      {
        title: element.textContent,
        url: element.getAttribute('href'),
        timeAdded: element.getAttribute('time_added'),
        tags: names(element.getAttribute('tags') ?? '', TAG_SEPARATOR),
        archived,
      },
      { key: fileName, paste: { text: html }, index: index++ },
      parsed,
    );
    if (item) parsed.items.push(item);
    else
      parsed.failed.push({
        item: element.textContent?.trim() || fileName,
        reason: `“${element.getAttribute('href')}” is not a web address.`,
      });
  }
  return parsed;
}

/** Pocket's highlights (`annotations/part_000000.json`): [{ url, title, highlights: [{ quote, created_at }] }]. */
export function isPocketAnnotations(data: unknown): data is unknown[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((x) => isRecord(x) && 'url' in x && Array.isArray(x.highlights))
  );
}

/**
 * Pocket's highlights, each article's as an item of its own: the import
 * merges it with the same article from the CSV (or from any other file, or
 * the library), so no highlight is left behind whichever came first. An
 * article is dated no later than its first highlight.
 */
export function parsePocketAnnotations(
  data: unknown[],
  fileName: string,
  json: string,
): ParsedFile {
  const parsed = emptyParsedFile();
  data.filter(isRecord).forEach((entry, index) => {
    const url = webAddress(entry.url);
    const title = text(entry.title);
    if (!url) {
      parsed.failed.push({
        item: title ?? `${fileName}, entry ${index + 1}`,
        reason: `“${text(entry.url) ?? ''}” is not a web address.`,
      });
      return;
    }
    const highlights = (entry.highlights as unknown[]).filter(isRecord).flatMap((h) => {
      const quote = text(h.quote);
      return quote ? [{ quote, note: '', createdAt: date(h.created_at) }] : [];
    });
    const savedAt =
      highlights
        .map((h) => h.createdAt)
        .filter((d): d is string => d !== null)
        .sort()[0] ?? null;
    parsed.items.push({
      ...emptyItem('pocket', title ?? url, { key: fileName, paste: { text: json }, index }),
      title,
      url,
      savedAt,
      highlights,
    });
  });
  return parsed;
}
