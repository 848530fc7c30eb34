import type { Notify, PresscutApi } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';
import { annotationMethods } from './annotation-methods.ts';
import { clipMethods } from './clip-methods.ts';
import { editMethods } from './edit-methods.ts';
import { fileMethods } from './file-methods.ts';
import { readingMethods } from './reading-methods.ts';
import { searchMethods } from './search-methods.ts';
import { settingsMethods } from './settings-methods.ts';
import { tagMethods } from './tag-methods.ts';
import type { DesktopPort, ServiceContext } from './context.ts';

export interface ServiceOptions {
  notify?: Notify;
  now?: () => Date;
  log?: (message: string) => void;
}

/** Every method of the API, over one open library. */
export function createPresscutService(store: LibraryStore, desktop: DesktopPort, options: ServiceOptions = {}): PresscutApi {
  const context: ServiceContext = {
    store,
    desktop,
    notify: options.notify ?? (() => undefined),
    now: options.now ?? (() => new Date()),
    log: options.log ?? (() => undefined),
  };
  return {
    ...clipMethods(context),
    ...editMethods(context),
    ...tagMethods(context),
    ...annotationMethods(context),
    ...settingsMethods(context),
    ...fileMethods(context),
    ...searchMethods(context),
    ...readingMethods(context),
    async openLink(url) {
      await desktop.openExternal(url);
    },
  };
}
