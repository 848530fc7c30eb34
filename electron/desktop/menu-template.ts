import type { MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../api/contract.ts';

/** What the menu's own items do; main wires them. */
export interface MenuActions {
  /** Asks the window to act. */
  command(name: AppCommand): void;
  /** Reads the clipboard and hands it to the window, to preview as a paste. */
  clipClipboard(): void;
  /** Lets the person choose files to clip. */
  importFiles(): void;
  openLibraryFolder(): void;
  openLogFolder(): void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The app's menus. Editing goes through the standard roles, so undo, cut,
 * copy, paste and select all work in every field on every system (macOS has
 * no editing shortcuts without them). macOS gets its app menu; elsewhere
 * Settings sits in File and About in Help.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  { devTools }: { devTools: boolean },
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: mac ? 'Settings…' : 'Settings',
    accelerator: 'CommandOrControl+,',
    click: () => actions.command('show-settings'),
  };
  const appMenu: MenuItemConstructorOptions = {
    label: 'Presscut',
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      {
        id: 'new-clip',
        label: 'New clip',
        accelerator: 'CommandOrControl+N',
        click: () => actions.command('new-clip'),
      },
      // No shortcut of its own: Ctrl+V (⌘V) in the window does the same.
      {
        id: 'new-clip-from-clipboard',
        label: 'New clip from clipboard',
        click: () => actions.clipClipboard(),
      },
      {
        id: 'import-file',
        label: 'Clip files…',
        accelerator: 'CommandOrControl+O',
        click: () => actions.importFiles(),
      },
      separator,
      { id: 'import-library', label: 'Import…', click: () => actions.command('import') },
      {
        id: 'export-library',
        label: 'Export…',
        accelerator: 'CommandOrControl+Shift+E',
        click: () => actions.command('export'),
      },
      separator,
      {
        id: 'open-library-folder',
        label: 'Open library folder',
        click: () => actions.openLibraryFolder(),
      },
      ...(mac ? [] : [separator, settings]),
      separator,
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      ...(mac ? [{ role: 'pasteAndMatchStyle' } as const] : []),
      { role: 'delete' },
      separator,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(devTools ? [separator, { role: 'toggleDevTools' } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: 'Help',
    role: 'help',
    submenu: [
      {
        id: 'show-shortcuts',
        label: 'Keyboard shortcuts',
        click: () => actions.command('show-shortcuts'),
      },
      { id: 'show-logs', label: 'Show log files', click: () => actions.openLogFolder() },
      ...(mac ? [] : [separator, { role: 'about' } as const]),
    ],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, { role: 'windowMenu' }, help];
}
