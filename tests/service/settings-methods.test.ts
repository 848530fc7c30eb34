import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { FakeShortcuts } from '../helpers/fake-shortcuts.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

let temp: TempService;
let store: LibraryStore;
let shortcuts: FakeShortcuts;
let service: PresscutApi;
beforeEach(async () => {
  shortcuts = new FakeShortcuts(['Control+Alt+T']);
  temp = await tempService({ globalShortcut: shortcuts });
  ({ store, service } = temp);
});
afterEach(() => temp.close());

it('claims a new shortcut from the system, then keeps it in the library', async () => {
  expect((await service.updateSettings({ globalShortcut: 'ctrl+alt+k' })).globalShortcut).toBe(
    'Control+Alt+K',
  );
  expect(shortcuts.held).toBe('Control+Alt+K');
  expect(await service.getShortcutStatus()).toMatchObject({
    accelerator: 'Control+Alt+K',
    state: 'active',
  });
  await temp.store.close();
  const reopened = await LibraryStore.open(temp.libraryDir);
  expect(reopened.settings().globalShortcut).toBe('Control+Alt+K');
  temp.store = reopened;
});

it('reports a shortcut another app holds and changes nothing', async () => {
  await service.updateSettings({ globalShortcut: 'Control+Alt+K' });
  const reply = await dispatch(service, 'updateSettings', [{ globalShortcut: 'Control+Alt+T' }]);
  expect(reply).toEqual({
    ok: false,
    error: { code: 'shortcut-taken', message: expect.stringMatching(/already uses that shortcut/) },
  });
  expect(shortcuts.held).toBe('Control+Alt+K');
  expect(store.settings().globalShortcut).toBe('Control+Alt+K');
});

it('refuses a shortcut that is not one, with the reason', async () => {
  const reply = await dispatch(service, 'updateSettings', [{ globalShortcut: 'Shift+Q' }]);
  expect(reply).toEqual({
    ok: false,
    error: {
      code: 'invalid-argument',
      message: expect.stringMatching(/needs Ctrl, Alt, Cmd or Super/),
    },
  });
  expect(store.settings().globalShortcut).toBe('CommandOrControl+Shift+V');
});

it('turns the shortcut off', async () => {
  await service.updateSettings({ globalShortcut: 'Control+Alt+K' });
  await service.updateSettings({ globalShortcut: '' });
  expect(shortcuts.held).toBe('');
  expect(await service.getShortcutStatus()).toMatchObject({ accelerator: '', state: 'off' });
});

it('tells a saved shortcut that could not be had at start from one that works', async () => {
  expect(await service.getShortcutStatus()).toMatchObject({
    accelerator: 'CommandOrControl+Shift+V',
    state: 'taken',
  });
  await store.updateSettings({ globalShortcut: 'Ctrl+Nope' });
  expect(await service.getShortcutStatus()).toMatchObject({
    state: 'invalid',
    message: expect.stringMatching(/“Nope” is not a key/),
  });
});

it('keeps the shortcut as a setting where there is no desktop session', async () => {
  // A library of its own: two services over one library would run two search indexes on one database.
  const headless = await tempService();
  try {
    const { service } = headless;
    expect((await service.updateSettings({ globalShortcut: 'Alt+F2' })).globalShortcut).toBe(
      'Alt+F2',
    );
    expect(await service.getShortcutStatus()).toMatchObject({ state: 'unavailable' });
  } finally {
    await headless.close();
  }
});
