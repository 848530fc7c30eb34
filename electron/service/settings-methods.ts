import type { PresscutApi, ShortcutStatus } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import { checkAccelerator } from '../desktop/accelerator.ts';
import type { ServiceContext } from './context.ts';

type SettingsMethods = Pick<PresscutApi, 'getSettings' | 'updateSettings' | 'getShortcutStatus'>;

export function settingsMethods({ store, desktop }: ServiceContext): SettingsMethods {
  return {
    async getSettings() {
      return store.settings();
    },

    async updateSettings(patch) {
      if (patch.globalShortcut === undefined) return store.updateSettings(patch);
      const check = checkAccelerator(patch.globalShortcut);
      if (!check.ok) throw new PresscutError('invalid-argument', check.message);
      const port = desktop.globalShortcut;
      const previous = port?.current() ?? '';
      if (port && !port.claim(check.accelerator)) {
        throw new PresscutError(
          'shortcut-taken',
          'Another app, or the system, already uses that shortcut: choose another one.',
        );
      }
      try {
        return await store.updateSettings({ ...patch, globalShortcut: check.accelerator });
      } catch (error) {
        port?.claim(previous);
        throw error;
      }
    },

    async getShortcutStatus() {
      return shortcutStatus(
        store.settings().globalShortcut,
        desktop.globalShortcut?.current() ?? null,
      );
    },
  };
}

/** What the settings ask for against what main holds (null: no desktop session to hold one). */
function shortcutStatus(wanted: string, held: string | null): ShortcutStatus {
  const check = checkAccelerator(wanted);
  if (!check.ok)
    return {
      accelerator: wanted,
      state: 'invalid',
      message: `The saved shortcut cannot be used: ${check.message}`,
    };
  const accelerator = check.accelerator;
  if (accelerator === '')
    return {
      accelerator,
      state: 'off',
      message: 'Off: copy an article, then paste it into Presscut.',
    };
  if (held === null)
    return {
      accelerator,
      state: 'unavailable',
      message: 'Global shortcuts work only in the desktop app.',
    };
  if (held === accelerator) {
    return {
      accelerator,
      state: 'active',
      message: 'On: it works in every app while Presscut is open.',
    };
  }
  return {
    accelerator,
    state: 'taken',
    message: 'Another app, or the system, already uses this shortcut: choose another one.',
  };
}
