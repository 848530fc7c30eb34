import {
  methodNames,
  type ClipWindowRequest,
  type MethodName,
  type PresscutApi,
} from '../api/contract.ts';
import type { IndexHead } from '../library/index-head.ts';
import { lockLibrary } from '../library/lock.ts';
import { markStart } from '../library/start-marks.ts';
import type { LibraryStore, LibraryStoreOptions } from '../library/store.ts';
import { FirstLists } from '../search/first-lists.ts';
import { Answering } from './answering.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { DesktopPort } from './context.ts';
import type { ServiceOptions } from './presscut-service.ts';
import { countsOf, indexMethods, windowRequest } from './search-methods.ts';

export interface OpeningService {
  /** Every method: the first screen's at once, from the search index; the rest once the library is read. */
  service: PresscutApi;
  /**
   * The library, once read and the services over it made (so that closing it
   * closes the search index too); it fails as `LibraryStore.open` does, once
   * the search index it opened is closed again, and so then does every method.
   */
  store: Promise<LibraryStore>;
}

/** What the first screen asks besides its list, answered before the library is read. */
type HeadMethods = Pick<PresscutApi, 'countClips' | 'getSettings'>;

/**
 * How long after the search index opens the library is read if nothing asked
 * for it first (ms): the window's first list normally does, well before.
 */
const READ_BY_MS = 3000;

/**
 * Opens the library in `dir` with the services over it, in the order a person
 * needs them: its lock and its search index first (milliseconds), so that the
 * first screen (the list's windows, the counts, the settings) and searches
 * answer from the index on disk and the head of the index file; the library's
 * records (seconds, at 100,000 clips, and a thread's worth of work) are read
 * once that first list is answered, so that reading them does not compete
 * with it, or as soon as any other method needs them. Every other method,
 * and these too once the library is read, go to the services over the open
 * library (`createPresscutService`). A search index made anew at start holds
 * nothing yet: the first screen then waits for the library too.
 */
export async function openPresscutService(
  dir: string,
  desktop: DesktopPort,
  options: ServiceOptions & {
    library?: LibraryStoreOptions;
    /** How long after the search index opens the library is read if nothing asked for it first (ms). */
    readByMs?: number;
  } = {},
): Promise<OpeningService> {
  const { library, readByMs = READ_BY_MS, ...serviceOptions } = options;
  const lock = await lockLibrary(dir);
  markStart('lock');
  const started = SearchIndex.start(lock.dir, { onProblem: options.log });
  // A call that waits for it reports why it could not open; nothing else need.
  started.catch(() => undefined);
  // Until the index's thread is up, the list's first windows are read here, from its database on disk.
  let firstLists = FirstLists.open(lock.dir);
  const threadUp = () => {
    firstLists?.close();
    firstLists = null;
  };
  started.then(threadUp, threadUp);
  let wanted!: () => void;
  const asked = new Promise<void>((resolve) => (wanted = resolve));
  const fallback = setTimeout(wanted, readByMs);
  // Read at once when the index cannot answer for it (it could not open, or holds nothing yet).
  const readWhen = started.then(
    (index) => (index.madeNew ? undefined : asked),
    () => undefined,
  );
  // The library's read gives way to what the index answers meanwhile (a search typed at once).
  const answering = new Answering();
  const store = readWhen.then(async () => {
    clearTimeout(fallback);
    await answering.done();
    return readLibrary(lock.dir, { ...library, lock, betweenChunks: () => answering.done() });
  });
  let open: PresscutApi | null = null;
  let failed = false;
  const opened = store.then(async (s) => {
    // Loaded only now: what the other methods use (the engines, the exports) takes seconds to load, and the list needs none of it.
    const { createPresscutService } = await import('./presscut-service.ts');
    open = createPresscutService(s, desktop, {
      ...serviceOptions,
      searchIndex: started,
      warmAfter: answering.done(),
    });
    return open;
  });
  // A library that cannot be read leaves no search index open behind it, and says so only once it is closed: the
  // index writes its shelf counts as it closes, and a caller may move or delete the folder on hearing the failure.
  const settled = opened.catch(async (error: unknown) => {
    failed = true;
    await (await started.catch(() => null))?.close();
    throw error;
  });

  /** A method of the open library; unless it is one the first screen asks, asking it starts reading the library. */
  const later = (name: MethodName) =>
    async function (...args: unknown[]) {
      if (!(name in FIRST_SCREEN)) {
        wanted();
        answering.needed();
      }
      const service = await opened;
      return (service[name] as (...a: unknown[]) => Promise<unknown>)(...args);
    };
  const service = Object.fromEntries(
    methodNames.map((name) => [name, later(name)]),
  ) as unknown as PresscutApi;
  const early = { ...indexMethods(started), ...headMethods(started, lock.dir) };
  for (const name of Object.keys(early) as Array<keyof typeof early>) {
    const waiting = service[name] as (...a: unknown[]) => Promise<unknown>;
    const now = early[name] as (...a: unknown[]) => Promise<unknown>;
    Object.assign(service, {
      async [name](...args: unknown[]) {
        // Counted after the library is open too: the engines start loading only once these calls quiet down.
        if (open || failed) return answering.while(() => waiting(...args));
        if (name === 'listWindow') {
          const request = args[0] as ClipWindowRequest;
          const page = firstLists?.page(windowRequest(request));
          if (page) {
            wanted();
            return { ...page, offset: request.offset };
          }
        }
        const index = await started;
        if (open || index.madeNew) return waiting(...args);
        const answer = await answering.while(() => now(...args));
        if (answer === NOT_HERE) return waiting(...args);
        // The first list is answered: the library's records can be read now.
        if (name === 'listWindow') wanted();
        return answer;
      },
    });
  }
  return { service, store: settled.then(() => store) };
}

/** The calls the window's first screen makes: they wait for the library without asking for it. */
const FIRST_SCREEN: Partial<Record<MethodName, true>> = {
  listWindow: true,
  countClips: true,
  getSettings: true,
};

/** An early answer that cannot be given: the call waits for the library. */
const NOT_HERE = Symbol('not here');

/**
 * The counts and the settings, from the search index and the head of the
 * index file (`readIndexHead`, read once, when first asked), or `NOT_HERE`
 * when the file does not start with what they need.
 */
function headMethods(
  started: Promise<SearchIndex>,
  dir: string,
): Record<keyof HeadMethods, () => Promise<unknown>> {
  let head: Promise<IndexHead | null> | null = null;
  // Loaded when asked: it checks what it reads with the store's schemas (zod), which take a while to load.
  const read = () =>
    (head ??= import('../library/index-head.ts')
      .then(({ readIndexHead }) => readIndexHead(dir))
      .catch(() => null));
  return {
    async countClips() {
      const found = await read();
      return found ? countsOf(await started, found.tags) : NOT_HERE;
    },
    async getSettings() {
      return (await read())?.settings ?? NOT_HERE;
    },
  };
}

/** Opens the library, loading the store's code only then (its checks' schemas take a while to load). */
async function readLibrary(dir: string, options: LibraryStoreOptions): Promise<LibraryStore> {
  const { LibraryStore } = await import('../library/store.ts');
  return LibraryStore.open(dir, options);
}
