import type { Notify } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';

/** What the operating system does for the services; main gives Electron's, tests a recorder. */
export interface DesktopPort {
  openExternal(url: string): Promise<void>;
}

/** What every group of service methods works with. */
export interface ServiceContext {
  store: LibraryStore;
  desktop: DesktopPort;
  /** Tells the window about something it did not ask for. */
  notify: Notify;
  now: () => Date;
  /** Notes for the app's log: what went wrong and was mended, e.g. a search index rebuilt. */
  log: (message: string) => void;
}
