import type { ImportProblem } from '../../api/contract.ts';
import type { LibraryReader } from '../../library/library-reader.ts';
import type { Paste } from '../../model/article.ts';
import { LIBRARY_DOCUMENT_FORMAT, type LibraryDocument } from '../library-document.ts';
import { readForExport, type ExportClip } from './selection.ts';

/**
 * The library as one lossless JSON document: clips with their records and
 * texts, their original pastes, tag colours and settings. `clips` is a
 * selection; the whole library (deleted clips too, still restorable) when null.
 * A clip whose text or paste cannot be read is left out and listed in `unreadable`.
 */
export async function exportLibraryDocument(
  store: LibraryReader,
  clips: readonly ExportClip[] | null,
  exportedAt: Date,
  unreadable: ImportProblem[],
): Promise<LibraryDocument> {
  const read: ExportClip[] = [];
  if (!clips)
    for (const record of store.everyRecord()) {
      const clip = await readForExport(store, record, unreadable);
      if (clip) read.push(clip);
    }
  const pastes: Record<string, Paste> = {};
  const chosen: ExportClip[] = [];
  for (const clip of clips ?? read) {
    const { record } = clip;
    if (!Object.hasOwn(pastes, record.pasteId)) {
      try {
        pastes[record.pasteId] = await store.original(record.id);
      } catch (error) {
        unreadable.push({ item: record.title, reason: (error as Error).message });
        continue;
      }
    }
    chosen.push(clip);
  }
  const used = new Set(chosen.flatMap((c) => c.record.tags));
  const tags = Object.fromEntries(
    Object.entries(store.tags()).filter(([name]) => clips === null || used.has(name)),
  );
  return {
    format: LIBRARY_DOCUMENT_FORMAT,
    formatVersion: 1,
    exportedAt: exportedAt.toISOString(),
    settings: { ...store.settings() },
    tags,
    clips: chosen.map(({ record, body }) => ({ record, body })),
    pastes,
  };
}
