import type { SettingsPatch } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';
import { messageOf } from '../../common/errors.ts';

/** The person's settings: the reader's appearance, and the global shortcut main holds for them. */
export class SettingsActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  async change(patch: SettingsPatch): Promise<void> {
    const store = this.#store;
    await store.run(async () =>
      store.update({ settings: { values: await store.api.updateSettings(patch) } }),
    );
  }

  /** Once the window opens: says so when the global shortcut the person chose could not be had, rather than let it fail unseen. */
  async reportShortcutProblem(): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const status = await store.api.getShortcutStatus();
      store.update({ settings: { shortcutStatus: status } });
      if (status.state === 'taken' || status.state === 'invalid') {
        store.update({
          ui: {
            error: `The shortcut that clips from any app is not working. ${status.message} (Settings)`,
          },
        });
      }
    });
  }

  async open(): Promise<void> {
    const store = this.#store;
    store.update({ ui: { dialog: 'settings' }, settings: { shortcutError: null } });
    await store.run(async () =>
      store.update({ settings: { shortcutStatus: await store.api.getShortcutStatus() } }),
    );
  }

  close(): void {
    this.#store.update({ settings: { shortcutError: null } });
    this.#store.closeDialog('settings');
  }

  /** Asks main for a new global shortcut ('' turns it off); a refusal is shown in the settings, where it was asked. */
  async setShortcut(accelerator: string): Promise<void> {
    const store = this.#store;
    store.update({ settings: { shortcutError: null } });
    try {
      const values = await store.api.updateSettings({ globalShortcut: accelerator });
      store.update({ settings: { values, shortcutStatus: await store.api.getShortcutStatus() } });
    } catch (error) {
      store.update({
        settings: { shortcutError: messageOf(error) },
      });
    }
  }
}
