import { readCsv } from './csv.ts';
import { date, names, text, webAddress } from './fields.ts';
import { emptyItem, type ImportedItem, type ParsedFile } from './imported-item.ts';

/** Instapaper's CSV export: URL, Title, Selection, Folder, Timestamp, and in newer files Tags. */
export function isInstapaperCsv(columns: readonly string[]): boolean {
  return columns.includes('url') && columns.includes('folder') && columns.includes('selection');
}

/** Tags are a JSON array inside the CSV field (`["a","b"]`); anything else is read as a comma-separated list. */
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
      return { reading: {}, tag: null };
    case 'archive':
      return { reading: { archived: true, read: true }, tag: null };
    case 'starred':
      return { reading: { favorite: true }, tag: null };
    default:
      return { reading: {}, tag: folder };
  }
}

export function parseInstapaperCsv(csv: string, fileName: string): ParsedFile {
  const parsed: ParsedFile = { items: [], skipped: [], failed: [] };
  readCsv(csv).rows.forEach((row, index) => {
    const url = webAddress(row.url);
    const title = text(row.title);
    if (!url) {
      parsed.failed.push({
        item: title ?? `${fileName}, row ${index + 2}`,
        reason: `“${row.url ?? ''}” is not a web address.`,
      });
      return;
    }
    const { reading, tag } = folderOf(text(row.folder));
    const tags = readTags(row.tags);
    parsed.items.push({
      ...emptyItem('instapaper', title ?? url, { key: fileName, paste: { text: csv }, index }),
      title,
      url,
      description: text(row.selection),
      savedAt: date(row.timestamp),
      tags: tag ? [tag, ...tags] : tags,
      reading,
    });
  });
  return parsed;
}
