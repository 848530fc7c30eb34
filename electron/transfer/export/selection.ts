import type { ExportSelection, ImportProblem } from '../../api/contract.ts';
import type { LibraryReader } from '../../library/library-reader.ts';
import type { ClipBody, ClipRecord } from '../../model/clip.ts';
import { tagKey } from '../../../common/tag-names.ts';

/** A clip to export: its record and its text. */
export interface ExportClip {
  record: ClipRecord;
  body: ClipBody;
}

/** The ids of the clips a search finds, as the search box would find them. */
export type FindClips = (query: string) => Promise<string[]>;

export function isEmptySelection(selection: ExportSelection): boolean {
  return !selection.ids && !selection.tag && !selection.query?.trim() && !selection.unread;
}

/** Reads a clip's text for an export; a file that cannot be read is reported, not thrown, so the rest is exported. */
export async function readForExport(
  store: LibraryReader,
  record: ClipRecord,
  unreadable: ImportProblem[],
): Promise<ExportClip | null> {
  try {
    return { record, body: await store.body(record.id) };
  } catch (error) {
    unreadable.push({ item: record.title, reason: (error as Error).message });
    return null;
  }
}

/**
 * The clips a selection takes, in the library's order (newest first): those
 * chosen, carrying the tag, not yet read, and found by the search, all that
 * are given. Deleted clips are never exported. A clip whose text cannot be
 * read is left out and listed in `unreadable`.
 */
export async function selectClips(
  store: LibraryReader,
  selection: ExportSelection,
  find: FindClips,
  unreadable: ImportProblem[],
  onProgress?: (done: number, total: number) => void,
): Promise<ExportClip[]> {
  const ids = selection.ids ? new Set(selection.ids) : null;
  const tag = selection.tag ? tagKey(selection.tag) : null;
  const found = selection.query?.trim() ? new Set(await find(selection.query)) : null;
  const chosen: ExportClip[] = [];
  const records = store.records();
  for (const [i, record] of records.entries()) {
    if (i % 100 === 0) onProgress?.(i, records.length);
    if (ids && !ids.has(record.id)) continue;
    if (tag && !record.tags.some((t) => tagKey(t) === tag)) continue;
    if (selection.unread && (record.reading.read || record.reading.archived)) continue;
    if (found && !found.has(record.id)) continue;
    const clip = await readForExport(store, record, unreadable);
    if (clip) chosen.push(clip);
  }
  return chosen;
}

/** How a selection reads in a title: "tag “Ukraine”, unread". */
export function describeSelection(selection: ExportSelection): string {
  const parts = [
    selection.ids
      ? selection.ids.length === 1
        ? 'one clip'
        : `${selection.ids.length} clips`
      : null,
    selection.tag ? `tag “${selection.tag}”` : null,
    selection.query?.trim() ? `“${selection.query.trim()}”` : null,
    selection.unread ? 'unread' : null,
  ].filter((p): p is string => p !== null);
  return parts.length ? parts.join(', ') : 'the whole library';
}
