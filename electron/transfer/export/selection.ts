import type { ExportSelection } from '../../api/contract.ts';
import type { LibraryStore } from '../../library/store.ts';
import { bodyText } from '../../model/article.ts';
import type { ClipBody, ClipRecord } from '../../model/clip.ts';
import { tagKey } from '../../tags/tag-names.ts';

/** A clip to export: its record and its text. */
export interface ExportClip {
  record: ClipRecord;
  body: ClipBody;
}

/** Lower case, accents off: "Zürich" is found by "zurich". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

export function isEmptySelection(selection: ExportSelection): boolean {
  return !selection.ids && !selection.tag && !selection.query?.trim() && !selection.unread;
}

/**
 * The clips a selection takes, in the library's order (newest first): those
 * carrying the tag, not yet read, with every word of the query in their
 * title, outlet, byline, tags or text. Deleted clips are never exported.
 */
export async function selectClips(store: LibraryStore, selection: ExportSelection, onProgress?: (done: number, total: number) => void): Promise<ExportClip[]> {
  const ids = selection.ids ? new Set(selection.ids) : null;
  const tag = selection.tag ? tagKey(selection.tag) : null;
  const words = fold(selection.query ?? '').split(/\s+/).filter(Boolean);
  const chosen: ExportClip[] = [];
  const records = store.records();
  for (const [i, record] of records.entries()) {
    if (i % 100 === 0) onProgress?.(i, records.length);
    if (ids && !ids.has(record.id)) continue;
    if (tag && !record.tags.some((t) => tagKey(t) === tag)) continue;
    if (selection.unread && (record.reading.read || record.reading.archived)) continue;
    const body = await store.body(record.id);
    if (words.length > 0) {
      const haystack = fold([record.title, record.source, record.byline, ...record.tags, bodyText(body.blocks)].join('\n'));
      if (!words.every((w) => haystack.includes(w))) continue;
    }
    chosen.push({ record, body });
  }
  return chosen;
}

/** How a selection reads in a title: "tag “Ukraine”, unread". */
export function describeSelection(selection: ExportSelection): string {
  const parts = [
    selection.ids ? (selection.ids.length === 1 ? 'one clip' : `${selection.ids.length} clips`) : null,
    selection.tag ? `tag “${selection.tag}”` : null,
    selection.query?.trim() ? `“${selection.query.trim()}”` : null,
    selection.unread ? 'unread' : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : 'the whole library';
}
