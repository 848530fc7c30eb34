import type { LibraryStore } from '../../library/store.ts';
import type { Paste } from '../../model/article.ts';
import { LIBRARY_DOCUMENT_FORMAT, type LibraryDocument } from '../library-document.ts';
import type { ExportClip } from './selection.ts';

/**
 * The library as one lossless JSON document: clips with their records and
 * texts, their original pastes, tag colours and settings. `clips` is a
 * selection; the whole library (deleted clips too, still restorable) when null.
 */
export async function exportLibraryDocument(
  store: LibraryStore,
  clips: readonly ExportClip[] | null,
  exportedAt: Date,
): Promise<LibraryDocument> {
  const chosen =
    clips ??
    (await Promise.all(
      store.everyRecord().map(async (record) => ({ record, body: await store.body(record.id) })),
    ));
  const pastes: Record<string, Paste> = {};
  for (const { record } of chosen)
    if (!Object.hasOwn(pastes, record.pasteId))
      pastes[record.pasteId] = await store.original(record.id);
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
