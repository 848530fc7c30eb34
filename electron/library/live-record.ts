import type { ClipRecord } from '../model/clip.ts';
import type { LibraryStore } from './store.ts';

/** A clip's record while it is in the library: null once it is deleted or purged. */
export function liveRecord(store: LibraryStore, id: string): ClipRecord | null {
  try {
    const record = store.record(id);
    return record.deletedAt === null ? record : null;
  } catch {
    return null;
  }
}
