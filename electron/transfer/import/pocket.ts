import { parseHTML } from 'linkedom';
import { readCsv } from './csv.ts';
import { date, isRecord, names, text, webAddress } from './fields.ts';
import {
  emptyItem,
  type ImportedHighlight,
  type ImportedItem,
  type ParsedFile,
} from './imported-item.ts';
import { urlKey } from './url-key.ts';

/** Pocket's CSV export (`part_000000.csv`…): title, url, time_added, tags (joined by |), status, and sometimes a cursor. */
export function isPocketCsv(columns: readonly string[]): boolean {
  return columns.includes('url') && columns.includes('time_added');
}

/** Pocket's older HTML export (`ril_export.html`): Unread and Read Archive lists of links. */
export function isPocketHtml(html: string): boolean {
  return /<h1>\s*(unread|read archive)\s*<\/h1>/i.test(html) && /time_added\s*=/i.test(html);
}

function readingOf(archived: boolean): ImportedItem['reading'] {
  return archived ? { archived: true, read: true } : {};
}

function pocketItem(
  fields: { title: unknown; url: unknown; timeAdded: unknown; tags: string[]; archived: boolean },
  original: ImportedItem['original'],
): ImportedItem | null {
  const url = webAddress(fields.url);
  if (!url) return null;
  const title = text(fields.title);
  return {
    ...emptyItem('pocket', title ?? url, original),
    title,
    url,
    savedAt: date(fields.timeAdded),
    tags: fields.tags,
    reading: readingOf(fields.archived),
  };
}

export function parsePocketCsv(csv: string, fileName: string): ParsedFile {
  const parsed: ParsedFile = { items: [], skipped: [], failed: [] };
  readCsv(csv).rows.forEach((row, index) => {
    const item = pocketItem(
      {
        title: row.title,
        url: row.url,
        timeAdded: row.time_added,
        tags: names(row.tags, /\|/),
        archived: /^archive/i.test(row.status ?? ''),
      },
      { key: fileName, paste: { text: csv }, index },
    );
    if (item) parsed.items.push(item);
    else
      parsed.failed.push({
        item: `${fileName}, row ${index + 2}`,
        reason: `“${row.url ?? ''}” is not a web address.`,
      });
  });
  return parsed;
}

export function parsePocketHtml(html: string, fileName: string): ParsedFile {
  const parsed: ParsedFile = { items: [], skipped: [], failed: [] };
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
        tags: names(element.getAttribute('tags') ?? '', /,/),
        archived,
      },
      { key: fileName, paste: { text: html }, index: index++ },
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

export interface PocketAnnotated {
  url: string;
  title: string | null;
  highlights: ImportedHighlight[];
}

export function parsePocketAnnotations(data: unknown[]): PocketAnnotated[] {
  return data.filter(isRecord).flatMap((entry) => {
    const url = webAddress(entry.url);
    if (!url) return [];
    const highlights = (entry.highlights as unknown[]).filter(isRecord).flatMap((h) => {
      const quote = text(h.quote);
      return quote ? [{ quote, note: '', createdAt: date(h.created_at) }] : [];
    });
    return [{ url, title: text(entry.title), highlights }];
  });
}

/**
 * Gives each item of the CSV the highlights Pocket kept for its address. A
 * highlighted article missing from the CSV comes in link-only all the same,
 * so no highlight is left behind.
 */
export function attachPocketHighlights(
  items: ImportedItem[],
  annotated: readonly PocketAnnotated[],
  fileName: string,
  json: string,
): ImportedItem[] {
  const byUrl = new Map(
    items.filter((i) => i.source === 'pocket' && i.url).map((i) => [urlKey(i.url!), i]),
  );
  const extra: ImportedItem[] = [];
  annotated.forEach((entry, index) => {
    const item = byUrl.get(urlKey(entry.url));
    if (item) {
      item.highlights.push(...entry.highlights);
      return;
    }
    // Saved no later than its first highlight: the closest date the annotations give.
    const savedAt =
      entry.highlights
        .map((h) => h.createdAt)
        .filter((d): d is string => d !== null)
        .sort()[0] ?? null;
    const added = {
      ...emptyItem('pocket', entry.title ?? entry.url, {
        key: fileName,
        paste: { text: json },
        index,
      }),
      title: entry.title,
      url: entry.url,
      savedAt,
      highlights: entry.highlights,
    };
    byUrl.set(urlKey(entry.url), added);
    extra.push(added);
  });
  return [...items, ...extra];
}
