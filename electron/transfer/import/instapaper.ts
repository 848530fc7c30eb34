import { readCsv } from './csv.ts';
import { date, names, text, webAddress } from './fields.ts';
import { emptyItem, emptyParsedFile, type ImportedItem, type ParsedFile } from './imported-item.ts';

/** Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp, and in newer files Tags. */
export function isInstapaperCsv(columns: readonly string[]): boolean {
  return columns.includes('url') && columns.includes('folder') && columns.includes('selection');
}

/** Tags are a JSON array inside the CSV field, of names (`["a","b"]`) or of objects (`[{"name":"a"}]`); anything else is read as a comma-separated list. */
function readTags(field: string | undefined): string[] {
  const raw = field?.trim() ?? '';
  if (raw.startsWith('[')) {
    try {
      return names(JSON.parse(raw), /,/);
    } catch {
      // Not JSON after all: fall through to a plain list.
    }
  }
  return names(raw.replace(/^\[|\]$/g, ''), /,/);
}

/** Unread, Archive and Starred are reading states; any other folder is a tag the person made. */
function folderOf(folder: string | null): { reading: ImportedItem['reading']; tag: string | null } {
  switch ((folder ?? 'unread').toLowerCase()) {
    case 'unread':
      return { reading: { archived: false }, tag: null };
    case 'archive':
      return { reading: { archived: true, read: true }, tag: null };
    case 'starred':
      return { reading: { favorite: true, archived: false }, tag: null };
    default:
      return { reading: { archived: false }, tag: folder };
  }
}

/**
 * Instapaper's export: each row a link. Its `Selection` is the passage the
 * person chose when saving it: kept as a highlight (waiting for the text,
 * like any highlight of a link-only clip) and shown as the excerpt meanwhile.
 */
export function parseInstapaperCsv(csv: string, fileName: string): ParsedFile {
  const parsed = emptyParsedFile();
  const { rows, problems } = readCsv(csv);
  for (const p of problems)
    parsed[p.kind].push({ item: `${fileName}, row ${p.number}`, reason: p.reason });
  rows.forEach(({ number, values: row }, index) => {
    const url = webAddress(row.url);
    const title = text(row.title);
    if (!url) {
      parsed.failed.push({
        item: title ?? `${fileName}, row ${number}`,
        reason: `“${row.url ?? ''}” is not a web address.`,
      });
      return;
    }
    const { reading, tag } = folderOf(text(row.folder));
    const tags = readTags(row.tags);
    const selection = text(row.selection);
    const savedAt = date(row.timestamp);
    parsed.items.push({
      ...emptyItem('instapaper', title ?? url, { key: fileName, paste: { text: csv }, index }),
      title,
      url,
      description: selection,
      savedAt,
      tags: tag ? [tag, ...tags] : tags,
      reading,
      highlights: selection ? [{ quote: selection, note: '', createdAt: savedAt }] : [],
    });
  });
  return parsed;
}
