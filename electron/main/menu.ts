import { Menu } from 'electron';
import log from 'electron-log/main';
import { menuTemplate } from '../desktop/menu-template.ts';
import { notifyWindows } from './notify-windows.ts';
import type { desktopActions } from './desktop-actions.ts';

/** Sets the app's menus (electron/desktop/menu-template.ts) over the desktop actions. */
export function setAppMenu(actions: ReturnType<typeof desktopActions>, devTools: boolean): void {
  const run = (action: () => Promise<unknown>) => () =>
    void action().catch((error: unknown) => log.error('menu action failed', error));
  const template = menuTemplate(
    process.platform,
    {
      command: (name) => notifyWindows('command', { name }),
      clipClipboard: run(actions.previewClipboard),
      importFiles: run(async () => actions.clipFiles(await actions.chooseFilesToClip())),
      openLibraryFolder: run(actions.openLibraryFolder),
      openLogFolder: run(actions.openLogFolder),
    },
    { devTools },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
