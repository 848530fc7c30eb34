import { methodNames, type MethodName, type PresscutApi } from '../api/contract.ts';
import { lockLibrary } from '../library/lock.ts';
import type { LibraryStore, LibraryStoreOptions } from '../library/store.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { DesktopPort } from './context.ts';
import type { ServiceOptions } from './presscut-service.ts';
import { indexMethods, type IndexMethods } from './search-methods.ts';

export interface OpeningService {
  /** Every method: the list and search at once, from the search index; the rest once the library is read. */
  service: PresscutApi;
  /**
   * The library, once read and the services over it made (so that closing it
   * closes the search index too); it fails as `LibraryStore.open` does, and
   * so then does every method.
   */
  store: Promise<LibraryStore>;
}

/**
 * Opens the library in `dir` with the services over it, in the order a person
 * needs them: its lock and its search index first (milliseconds), so that the
 * list's windows and search answer from the index on disk while the
 * library's records are still being read (seconds, at 100,000 clips); every
 * other method, and these too once the library is read, go to the services
 * over the open library (`createPresscutService`). A search index made anew
 * at start holds nothing yet: the list then waits for the library too.
 */
export async function openPresscutService(
  dir: string,
  desktop: DesktopPort,
  options: ServiceOptions & { library?: LibraryStoreOptions } = {},
): Promise<OpeningService> {
  const { library, ...serviceOptions } = options;
  const lock = await lockLibrary(dir);
  const started = SearchIndex.start(lock.dir, { onProblem: options.log });
  // A call that waits for it reports why it could not open; nothing else need.
  started.catch(() => undefined);
  // Read once the index is open, or could not be: the first screen needs none of the library's
  // records, and reading them (and loading the code that checks them) would slow the index's start.
  const store = started.then(
    () => readLibrary(lock.dir, { ...library, lock }),
    () => readLibrary(lock.dir, { ...library, lock }),
  );
  let open: PresscutApi | null = null;
  const opened = store.then(async (s) => {
    // Loaded only now: what the other methods use (the engines, the exports) takes seconds to load, and the list needs none of it.
    const { createPresscutService } = await import('./presscut-service.ts');
    open = createPresscutService(s, desktop, { ...serviceOptions, searchIndex: started });
    return open;
  });
  // A library that cannot be read leaves no search index open behind it.
  opened.catch(async () => (await started.catch(() => null))?.close());

  const later = (name: MethodName) =>
    async function (...args: unknown[]) {
      const service = await opened;
      return (service[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  const service = Object.fromEntries(
    methodNames.map((name) => [name, later(name)]),
  ) as unknown as PresscutApi;
  const early = indexMethods(started);
  for (const name of Object.keys(early) as Array<keyof IndexMethods>) {
    const waiting = service[name] as (...a: unknown[]) => Promise<unknown>;
    const now = early[name] as (...a: unknown[]) => Promise<unknown>;
    Object.assign(service, {
      async [name](...args: unknown[]) {
        if (open) return waiting(...args);
        const index = await started;
        return open || index.madeNew ? waiting(...args) : now(...args);
      },
    });
  }
  return { service, store: opened.then(() => store) };
}

/** Opens the library, loading the store's code only then (its checks' schemas take a while to load). */
async function readLibrary(dir: string, options: LibraryStoreOptions): Promise<LibraryStore> {
  const { LibraryStore } = await import('../library/store.ts');
  return LibraryStore.open(dir, options);
}
