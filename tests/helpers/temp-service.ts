import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import type { DesktopPort } from '../../electron/service/context.ts';
import {
  createPresscutService,
  type ServiceOptions,
} from '../../electron/service/presscut-service.ts';
import { tempDir } from './temp-dir.ts';

export interface TempService {
  /** A temporary folder; the library is its `library` subfolder. */
  dir: string;
  libraryDir: string;
  /** The open library; a test that reopens it puts the new one here, to be closed. */
  store: LibraryStore;
  service: PresscutApi;
  /** Closes the library and removes the folder. */
  close(): Promise<void>;
}

/** The services over a new library in a temporary folder, with no desktop but what the test gives. */
export async function tempService(
  desktop: Partial<DesktopPort> = {},
  options: ServiceOptions = {},
): Promise<TempService> {
  const { dir, remove } = await tempDir();
  const libraryDir = `${dir}/library`;
  const store = await LibraryStore.open(libraryDir);
  const service = createPresscutService(
    store,
    { openExternal: async () => undefined, ...desktop },
    options,
  );
  const temp: TempService = {
    dir,
    libraryDir,
    store,
    service,
    close: async () => {
      await temp.store.close();
      await remove();
    },
  };
  return temp;
}
