import { MAX_FILE_BYTES } from '../../common/limits.ts';
import type { ClipFilesResult } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';

/** Files dropped on the window or handed to main, clipped. */
export class DesktopActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  /** Clips files dropped on the window. */
  async clipFiles(files: readonly File[]): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      // A byte past the limit is enough for main to tell a file is too large; the rest is never read.
      const read = await Promise.all(
        files.map(async (file) => ({
          name: file.name,
          content: await file.slice(0, MAX_FILE_BYTES + 1).text(),
        })),
      );
      await this.showClipped(await store.api.clipFiles(read));
    });
  }

  /** Shows what came of clipping files: the first new clip opens, and each file left out says why. */
  async showClipped({ clips, failures }: ClipFilesResult): Promise<void> {
    const store = this.#store;
    await store.refresh();
    if (clips.length > 0)
      store.toast(
        clips.length === 1 ? `Clipped “${clips[0].title}”.` : `${clips.length} clips added.`,
      );
    if (failures.length > 0)
      store.update({ ui: { error: failures.map((f) => f.message).join(' ') } });
    if (clips[0]) await store.open(clips[0].id, { by: 'app' });
  }
}
