import { date, droppedAddress, field, flag, isRecord, names, text, webAddress } from './fields.ts';
import { emptyItem, emptyParsedFile, htmlPaste, type ParsedFile } from './imported-item.ts';

function entriesOf(data: unknown): unknown[] | null {
  if (Array.isArray(data)) return data;
  if (isRecord(data) && Array.isArray(data.entries)) return data.entries;
  return null;
}

/** Wallabag's JSON export: an array of entries with title, url, content (HTML), is_archived, is_starred… */
export function isWallabagExport(data: unknown): boolean {
  const entries = entriesOf(data);
  return (
    !!entries &&
    entries.length > 0 &&
    entries.every(
      (e) =>
        isRecord(e) &&
        ('url' in e || 'given_url' in e) &&
        ('is_archived' in e || 'is_starred' in e),
    )
  );
}

export function parseWallabag(data: unknown, fileName: string): ParsedFile {
  const parsed = emptyParsedFile();
  (entriesOf(data) ?? []).filter(isRecord).forEach((entry, index) => {
    const title = text(entry.title);
    // `url` is where the article ended up; `given_url` what the person saved, all Wallabag has when it could not fetch it.
    const rawUrl = text(entry.url) ?? text(entry.given_url);
    const url = webAddress(rawUrl);
    const dropped = droppedAddress(rawUrl, title ?? `${fileName}, entry ${index + 1}`);
    if (dropped) parsed.notes.push(dropped);
    const html = typeof entry.content === 'string' && entry.content.trim() ? entry.content : null;
    const paste = html ? htmlPaste(html) : null;
    const archived = flag(entry.is_archived);
    const annotations = Array.isArray(entry.annotations) ? entry.annotations.filter(isRecord) : [];
    parsed.items.push({
      ...emptyItem(
        'wallabag',
        title ?? url ?? `${fileName}, entry ${index + 1}`,
        paste
          ? { key: `${fileName}#${index}`, paste, index: 0 }
          : {
              key: `${fileName}#${index}`,
              paste: { text: JSON.stringify(entry, null, 2) },
              index: 0,
            },
      ),
      title,
      url,
      content: paste ? { kind: 'paste', paste } : null,
      byline: names(field(entry, 'published_by'), /,/).join(', ') || null,
      outlet: text(entry.domain_name),
      published: date(entry.published_at),
      language: text(entry.language),
      savedAt: date(entry.created_at),
      updatedAt: date(entry.updated_at),
      tags: names(entry.tags, /,/),
      reading: { archived, read: archived, favorite: flag(entry.is_starred) },
      highlights: annotations.flatMap((a) => {
        const quote = text(a.quote);
        return quote ? [{ quote, note: text(a.text) ?? '', createdAt: date(a.created_at) }] : [];
      }),
    });
  });
  return parsed;
}
