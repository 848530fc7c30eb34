import { MAX_FILE_BYTES } from '../../common/limits.ts';
import type { ClipFilesResult } from '../../electron/api/contract.ts';
import type { AppStore } from './app-store.ts';

/** What the window does with the desktop: files dropped on it or handed to main, and the settings of the global shortcut. */
export class DesktopActions {
  #store: AppStore;

  constructor(store: AppStore) {
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
    await store.load();
    if (clips.length > 0) {
      store.update({
        toast: {
          message:
            clips.length === 1 ? `Clipped “${clips[0].title}”.` : `${clips.length} clips added.`,
        },
      });
    }
    if (failures.length > 0) store.update({ error: failures.map((f) => f.message).join(' ') });
    if (clips[0]) await store.open(clips[0].id);
  }

  /** Once the window opens: says so when the global shortcut the person chose could not be had, rather than let it fail unseen. */
  async reportShortcutProblem(): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const status = await store.api.getShortcutStatus();
      store.update({ shortcutStatus: status });
      if (status.state === 'taken' || status.state === 'invalid') {
        store.update({
          error: `The shortcut that clips from any app is not working. ${status.message} (Settings)`,
        });
      }
    });
  }

  async openSettings(): Promise<void> {
    const store = this.#store;
    store.update({ settingsOpen: true, shortcutError: null });
    await store.run(async () =>
      store.update({ shortcutStatus: await store.api.getShortcutStatus() }),
    );
  }

  closeSettings(): void {
    this.#store.update({ settingsOpen: false, shortcutError: null });
  }

  /** Asks main for a new global shortcut ('' turns it off); a refusal is shown in the settings, where it was asked. */
  async setShortcut(accelerator: string): Promise<void> {
    const store = this.#store;
    store.update({ shortcutError: null });
    try {
      const settings = await store.api.updateSettings({ globalShortcut: accelerator });
      store.update({ settings, shortcutStatus: await store.api.getShortcutStatus() });
    } catch (error) {
      store.update({ shortcutError: error instanceof Error ? error.message : String(error) });
    }
  }
}
