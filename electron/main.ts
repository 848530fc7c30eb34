import path from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import log from 'electron-log/main';
import { libraryFlag, resolveLibraryDir } from './library/location.ts';
import { LibraryStore } from './library/store.ts';
import { createMainWindow } from './main/main-window.ts';
import { notifyWindows, registerApi } from './main/ipc.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './main/renderer-protocol.ts';
import { openExternally, refuseNetwork } from './main/security.ts';
import { createPresscutService } from './service/presscut-service.ts';

const here = import.meta.dirname;
const rendererRoot = path.resolve(here, '../renderer');
const preload = path.join(here, 'preload.cjs');

registerAppScheme();

async function start(): Promise<void> {
  await app.whenReady();
  refuseNetwork(session.defaultSession);
  serveRenderer(rendererRoot);

  const libraryDir = resolveLibraryDir(libraryFlag(process.argv), process.env, app.getPath('userData'));
  let store: LibraryStore;
  try {
    store = await LibraryStore.open(libraryDir);
  } catch (error) {
    dialog.showErrorBox('Presscut cannot open its library', (error as Error).message);
    app.exit(1);
    return;
  }
  log.info(`library: ${libraryDir}`);

  const service = createPresscutService(store, { openExternal: openExternally }, { notify: notifyWindows, log: (message) => log.warn(message) });
  registerApi(service, (event) => event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true);

  createMainWindow(preload);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(preload);
  });

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    store.close().finally(() => app.quit());
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

start().catch((error: unknown) => {
  log.error('Presscut failed to start', error);
  app.exit(1);
});
