import { date, droppedAddress, isRecord, names, text, webAddress } from './fields.ts';
import {
  emptyItem,
  emptyParsedFile,
  htmlPaste,
  type ImportedHighlight,
  type ImportedItem,
  type ParsedFile,
} from './imported-item.ts';

/** One batch of Omnivore's metadata (`metadata_0_to_20.json`): an array of saved items. */
export function isOmnivoreMetadata(data: unknown): data is unknown[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((x) => isRecord(x) && 'slug' in x && ('savedAt' in x || 'readingProgress' in x))
  );
}

export const OMNIVORE_CONTENT = /(^|\/)content\/[^/]+\.html?$/i;
export const OMNIVORE_HIGHLIGHTS = /(^|\/)highlights\/[^/]+\.md$/i;

/** A file of the export, by the slug its name gives. */
export interface SlugFile {
  path: string;
  text: string;
}

/** The file name without folder and extension, lower-cased: how an item's slug names its files. */
function stem(path: string): string {
  return path
    .replace(/^.*\//, '')
    .replace(/\.[^.]+$/, '')
    .toLowerCase();
}

const simplify = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Finds the file for an item, loosely: by its slug exactly, then without
 * regard to case or to characters a file system may have changed, then by a
 * slug cut short, then by the item's id. The files are indexed once, so an
 * export of thousands of items is not searched file by file for each.
 */
export function slugFinder(
  files: readonly SlugFile[],
): (slug: string | null, id: string | null) => SlugFile | undefined {
  const byStem = new Map<string, SlugFile>();
  const bySimple = new Map<string, SlugFile>();
  for (const f of files) {
    const s = stem(f.path);
    if (!byStem.has(s)) byStem.set(s, f);
    if (!bySimple.has(simplify(s))) bySimple.set(simplify(s), f);
  }
  return (slug, id) => {
    const wanted = slug?.toLowerCase() ?? '';
    const loose = simplify(wanted);
    return (
      (wanted ? byStem.get(wanted) : undefined) ??
      (loose ? bySimple.get(loose) : undefined) ??
      (loose.length >= 12
        ? files.find((f) => {
            const s = simplify(stem(f.path));
            return s.length >= 12 && (s.startsWith(loose) || loose.startsWith(s));
          })
        : undefined) ??
      (id ? byStem.get(id.toLowerCase()) : undefined)
    );
  };
}

/**
 * Reads a highlights file: each highlight is a `> ` quote (continued on the
 * lines that follow it), then maybe a line of `#labels`, then maybe a note,
 * separated by blank lines. Labels are kept in the note, as Presscut's
 * annotations have none.
 */
export function parseOmnivoreHighlights(markdown: string): ImportedHighlight[] {
  const highlights: { quote: string[]; note: string[] }[] = [];
  for (const chunk of markdown.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = chunk.split('\n');
    if (lines[0].startsWith('>')) {
      highlights.push({ quote: lines.map((l) => l.replace(/^>\s?/, '').trim()), note: [] });
    } else if (chunk.trim() && highlights.length > 0) {
      highlights[highlights.length - 1].note.push(chunk.trim());
    }
  }
  return highlights
    .map((h) => ({
      quote: h.quote
        .filter(Boolean)
        .join('\n')
        .replace(/\s*\[⤴️\]\([^)]*\)\s*$/u, '')
        .trim(),
      note: h.note.join('\n\n'),
      createdAt: null,
    }))
    .filter((h) => h.quote.length > 0);
}

function readingOf(state: string | null, progressPercent: unknown): ImportedItem['reading'] {
  const percent = typeof progressPercent === 'number' ? progressPercent : Number(progressPercent);
  const progress = Number.isFinite(percent) ? Math.min(1, Math.max(0, percent / 100)) : 0;
  const archived = /^archived$/i.test(state ?? '');
  return { progress, archived, read: archived || progress >= 1 };
}

/** Omnivore's stand-in for an item saved without an address (a newsletter, a PDF): not the article's address. */
const NO_URL = /^https?:\/\/(www\.)?omnivore\.app\/no_url(\?|$)/i;

export function parseOmnivore(
  metadata: { path: string; data: unknown[]; text: string }[],
  contents: readonly SlugFile[],
  highlightFiles: readonly SlugFile[],
): ParsedFile {
  const parsed = emptyParsedFile();
  const contentOf = slugFinder(contents);
  const highlightsOf = slugFinder(highlightFiles);
  for (const batch of metadata) {
    batch.data.filter(isRecord).forEach((entry, index) => {
      const title = text(entry.title);
      const rawUrl = text(entry.url);
      const url = rawUrl && NO_URL.test(rawUrl) ? null : webAddress(rawUrl);
      const dropped =
        url || NO_URL.test(rawUrl ?? '')
          ? null
          : droppedAddress(rawUrl, title ?? `${batch.path}, item ${index + 1}`);
      if (dropped) parsed.notes.push(dropped);
      const slug = text(entry.slug);
      const id = text(entry.id);
      const label = title ?? url ?? slug ?? `${batch.path}, item ${index + 1}`;
      const state = text(entry.state);
      if (/^deleted$/i.test(state ?? '')) {
        parsed.skipped.push({ item: label, reason: 'it was deleted in Omnivore.' });
        return;
      }
      const html = contentOf(slug, id)?.text;
      const highlights = highlightsOf(slug, id);
      const paste = html?.trim() ? htmlPaste(html) : null;
      parsed.items.push({
        ...emptyItem(
          'omnivore',
          label,
          paste
            ? { key: `${batch.path}#${slug ?? index}`, paste, index: 0 }
            : { key: batch.path, paste: { text: batch.text }, index },
        ),
        title,
        url,
        content: paste ? { kind: 'paste', paste } : null,
        byline: text(entry.author),
        description: text(entry.description),
        published: date(entry.publishedAt),
        savedAt: date(entry.savedAt),
        updatedAt: date(entry.updatedAt),
        tags: names(entry.labels, /,/),
        reading: readingOf(state, entry.readingProgress),
        highlights: highlights ? parseOmnivoreHighlights(highlights.text) : [],
      });
    });
  }
  return parsed;
}
