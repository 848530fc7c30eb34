import type { PresscutApi } from '../api/contract.ts';
import type { LibraryStore } from '../library/store.ts';
import { clipMethods } from './clip-methods.ts';
import type { DesktopPort, ServiceContext } from './context.ts';

/** Every method of the API, over one open library. */
export function createPresscutService(store: LibraryStore, desktop: DesktopPort, now: () => Date = () => new Date()): PresscutApi {
  const context: ServiceContext = { store, desktop, now };
  return {
    ...clipMethods(context),
    async openLink(url) {
      await desktop.openExternal(url);
    },
  };
}
