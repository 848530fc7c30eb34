import { afterEach, beforeEach } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore, type LibraryStoreOptions } from '../../electron/library/store.ts';
import { createPresscutService, type ServiceOptions } from '../../electron/service/presscut-service.ts';
import { tempDir } from './temp-dir.ts';

export interface TestLibrary {
  dir: string;
  store: LibraryStore;
  service: PresscutApi;
  /** Links the services asked the system browser to open. */
  opened: string[];
}

/**
 * A fresh library folder, its store and the services over it, for each test
 * of the file; closed and removed after each. Read its fields inside tests.
 */
export function useTestLibrary(options: { store?: LibraryStoreOptions; service?: ServiceOptions } = {}): TestLibrary {
  const library = {} as TestLibrary;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    const temp = await tempDir();
    remove = temp.remove;
    const store = await LibraryStore.open(temp.dir, options.store);
    const opened: string[] = [];
    const service = createPresscutService(store, { openExternal: async (url) => void opened.push(url) }, options.service);
    Object.assign(library, { dir: temp.dir, store, service, opened });
  });
  afterEach(async () => {
    await library.store.close();
    await remove();
  });
  return library;
}
