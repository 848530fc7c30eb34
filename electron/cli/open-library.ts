import { resolveLibraryDir } from '../library/location.ts';
import { LibraryStore } from '../library/store.ts';

/** Opens the library a command names, telling the person on stderr if a damaged index was replaced by a backup. */
export async function openLibrary(flag: string | undefined): Promise<LibraryStore> {
  const store = await LibraryStore.open(resolveLibraryDir(flag));
  if (store.recovery) console.error(`presscut: ${store.recovery.message}`);
  return store;
}
