import type { Notify } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';
import type { PreviewCache } from '../saving/previews.ts';
import type { TaskRunner } from '../tasks/task-runner.ts';
import type { Clipping } from './clipping.ts';

/** What the operating system does for the services; main gives Electron's, tests a recorder. */
export interface DesktopPort {
  openExternal(url: string): Promise<void>;
  /** The system-wide shortcut that clips the clipboard; absent where there is no desktop session (the CLI, tests without one). */
  globalShortcut?: GlobalShortcutPort;
  /** Prints an HTML document to PDF (Electron's printToPDF in a hidden window); absent where nothing can print. */
  printPdf?(html: string): Promise<Uint8Array>;
}

export interface GlobalShortcutPort {
  /** Makes `accelerator` the shortcut ('' for none) in place of the current one; false, the current one kept, when another app holds it. */
  claim(accelerator: string): boolean;
  /** The shortcut in force, '' when none. */
  current(): string;
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
  /** Extracting and saving clips with the library's outlet memory. */
  clipping: Clipping;
  /** The workers heavy work runs in, off main's thread. */
  tasks: TaskRunner;
  /** Previews waiting for the person's Save. */
  previews: PreviewCache;
}
