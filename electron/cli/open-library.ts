import type { PresscutApi } from '../api/contract.ts';
import type { DesktopPort } from '../service/context.ts';
import { resolveLibraryDir } from '../library/location.ts';
import { LibraryStore } from '../library/store.ts';
import { createPresscutService } from '../service/presscut-service.ts';
import { progressLine } from './progress-line.ts';

/** Opens the library a command names, telling the person on stderr if a damaged index was replaced by a backup. */
export async function openLibrary(flag: string | undefined): Promise<LibraryStore> {
  const store = await LibraryStore.open(resolveLibraryDir(flag));
  if (store.recovery) console.error(`presscut: ${store.recovery.message}`);
  return store;
}

/**
 * Runs a command with the app's own services over the library it names, so
 * the library's outlet memory, search index and task workers serve it as
 * they serve the window; a long task's progress goes to stderr. A search
 * waits for the index to hold every text. The library is closed after,
 * whatever happens.
 */
export async function withService<T>(
  command: string,
  flag: string | undefined,
  use: (service: PresscutApi) => Promise<T>,
  desktop: Pick<DesktopPort, 'printPdf'> = {},
): Promise<T> {
  const store = await openLibrary(flag);
  const progress = progressLine(command);
  try {
    const service = createPresscutService(
      store,
      { openExternal: async () => undefined, ...desktop },
      {
        completeSearch: true,
        log: (message) => console.error(`presscut ${command}: ${message}`),
        notify: (name, payload) => {
          if (name !== 'progress') return;
          const { label, done, total } = payload as {
            label: string;
            done: number;
            total: number | null;
          };
          progress.update(label, done, total);
        },
      },
    );
    return await use(service);
  } finally {
    progress.end();
    await store.close();
  }
}
