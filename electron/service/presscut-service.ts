import type { Notify, PresscutApi } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';
import type { SearchIndex } from '../search/search-index.ts';
import { PreviewCache } from '../saving/previews.ts';
import { sharedTaskRunner, type TaskRunner } from '../tasks/task-runner.ts';
import { annotationMethods } from './annotation-methods.ts';
import { clipMethods } from './clip-methods.ts';
import { createClipping } from './clipping.ts';
import { editMethods } from './edit-methods.ts';
import { fileMethods } from './file-methods.ts';
import { findWith } from './find-clips.ts';
import { readingMethods } from './reading-methods.ts';
import { reviewMethods } from './review-methods.ts';
import { searchMethods } from './search-methods.ts';
import { settingsMethods } from './settings-methods.ts';
import { tagMethods } from './tag-methods.ts';
import { transferMethods } from './transfer-methods.ts';
import type { DesktopPort, ServiceContext } from './context.ts';

export interface ServiceOptions {
  notify?: Notify;
  /** The workers for heavy work; the process's own unless given. */
  tasks?: TaskRunner;
  now?: () => Date;
  log?: (message: string) => void;
  /** The library's search index, when it was started before the library was read (`openPresscutService`). */
  searchIndex?: Promise<SearchIndex>;
  /** Searches wait until the index holds every clip's text (a command finds what the window would once indexed); the window's get what is indexed so far. */
  completeSearch?: boolean;
  /**
   * Settles when the engines may start loading (most of a second of a core) without taking the machine from
   * what must answer first: the searches typed as the library opens. At once when not given.
   */
  warmAfter?: Promise<void>;
}

/** Every method of the API, over one open library. */
export function createPresscutService(
  store: LibraryStore,
  desktop: DesktopPort,
  options: ServiceOptions = {},
): PresscutApi {
  const log = options.log ?? (() => undefined);
  const tasks = options.tasks ?? sharedTaskRunner();
  void (options.warmAfter ?? Promise.resolve()).then(() => tasks.warm());
  const context: ServiceContext = {
    store,
    desktop,
    notify: options.notify ?? (() => undefined),
    now: options.now ?? (() => new Date()),
    log,
    clipping: createClipping(store, tasks, log),
    tasks,
    previews: new PreviewCache(),
  };
  const search = searchMethods(context, options.searchIndex, options.completeSearch);
  const find = findWith(search.listClipIds);
  return {
    ...clipMethods(context),
    ...editMethods(context),
    ...tagMethods(context),
    ...annotationMethods(context),
    ...settingsMethods(context),
    ...fileMethods(context),
    ...search,
    ...readingMethods(context),
    ...transferMethods(context, find),
    ...reviewMethods(context, find),
    async openLink(url) {
      await desktop.openExternal(url);
    },
    async cancelTask(id) {
      return tasks.cancel(id);
    },
  };
}
