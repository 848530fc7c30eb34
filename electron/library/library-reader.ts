import type { LibraryStore } from './store.ts';

/**
 * What reading the library takes: the store itself in main, or a worker's view
 * of it (a snapshot of the records, the texts read through main), so imports
 * and exports run off main's thread with the store still the only writer.
 */
export type LibraryReader = Pick<
  LibraryStore,
  'records' | 'everyRecord' | 'record' | 'tags' | 'settings' | 'body' | 'original'
>;

/** What an import writes with: one batch, by the store in main. */
export type LibraryWriter = Pick<LibraryStore, 'writeClips'>;
