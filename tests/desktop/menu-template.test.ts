import type { MenuItemConstructorOptions } from 'electron';
import { expect, it } from 'vitest';
import type { AppCommand } from '../../electron/api/contract.ts';
import { menuTemplate, type MenuActions } from '../../electron/desktop/menu-template.ts';

function recorder() {
  const done: string[] = [];
  const actions: MenuActions = {
    command: (name: AppCommand) => void done.push(`command:${name}`),
    clipClipboard: () => void done.push('clipClipboard'),
    importFiles: () => void done.push('importFiles'),
    openLibraryFolder: () => void done.push('openLibraryFolder'),
    openLogFolder: () => void done.push('openLogFolder'),
  };
  return { done, actions };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...items((item.submenu as MenuItemConstructorOptions[] | undefined) ?? []),
  ]);
}

function menu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  return template.find((m) => m.label === label)!.submenu as MenuItemConstructorOptions[];
}

it.each(['darwin', 'win32', 'linux'] as const)(
  'gives the standard editing roles on %s',
  (platform) => {
    const edit = menu(menuTemplate(platform, recorder().actions, { devTools: false }), 'Edit');
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    );
  },
);

it('puts About and Settings in the app menu on macOS, in Help and File elsewhere', () => {
  const mac = menuTemplate('darwin', recorder().actions, { devTools: false });
  expect(mac[0].label).toBe('Presscut');
  expect(
    menu(mac, 'Presscut')
      .map((i) => i.role ?? i.id)
      .filter(Boolean),
  ).toEqual(expect.arrayContaining(['about', 'settings', 'quit']));
  expect(items(menu(mac, 'Help')).some((i) => i.role === 'about')).toBe(false);

  const linux = menuTemplate('linux', recorder().actions, { devTools: false });
  expect(linux.map((m) => m.label ?? m.role)).toEqual([
    'File',
    'Edit',
    'View',
    'windowMenu',
    'Help',
  ]);
  expect(
    menu(linux, 'File')
      .map((i) => i.id ?? i.role)
      .filter(Boolean),
  ).toEqual([
    'new-clip',
    'new-clip-from-clipboard',
    'import-file',
    'import-library',
    'export-library',
    'open-library-folder',
    'settings',
    'quit',
  ]);
  expect(menu(linux, 'Help').some((i) => i.role === 'about')).toBe(true);
});

it('runs each item’s action', () => {
  const { done, actions } = recorder();
  const all = items(menuTemplate('linux', actions, { devTools: false }));
  for (const id of [
    'new-clip',
    'new-clip-from-clipboard',
    'import-file',
    'import-library',
    'export-library',
    'open-library-folder',
    'settings',
    'show-shortcuts',
    'show-logs',
  ]) {
    const item = all.find((i) => i.id === id)!;
    (item.click as () => void)();
  }
  expect(done).toEqual([
    'command:new-clip',
    'clipClipboard',
    'importFiles',
    'command:import',
    'command:export',
    'openLibraryFolder',
    'command:show-settings',
    'command:show-shortcuts',
    'openLogFolder',
  ]);
});

it('offers the developer tools only when asked to', () => {
  const roles = (devTools: boolean) =>
    items(menuTemplate('linux', recorder().actions, { devTools })).map((i) => i.role);
  expect(roles(false)).not.toContain('toggleDevTools');
  expect(roles(true)).toContain('toggleDevTools');
});
