import path from 'node:path';
import { app, BrowserWindow, dialog, globalShortcut, session } from 'electron';
import log from 'electron-log/main';
import { checkAccelerator } from './desktop/accelerator.ts';
import { filesToClip } from './desktop/launch-arguments.ts';
import { libraryFlag, resolveLibraryDir } from './library/location.ts';
import type { LibraryStore } from './library/store.ts';
import { desktopActions } from './main/desktop-actions.ts';
import { logIntoLibrary } from './main/logging.ts';
import { createMainWindow } from './main/main-window.ts';
import { setAppMenu } from './main/menu.ts';
import { notifyWindows } from './main/notify-windows.ts';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './main/renderer-protocol.ts';
import { keepSpellcheckOffline, openExternally, refuseNetwork } from './main/security.ts';
import { holdSingleInstance, thisLaunch } from './main/single-instance.ts';
import { SystemShortcut } from './main/system-shortcut.ts';
import { openPresscutService, type OpeningService } from './service/open-service.ts';
import { printHtmlToPdf } from './main/print-pdf.ts';
import { rememberSaveFolder } from './main/remember-save-folder.ts';

const here = import.meta.dirname;
const rendererRoot = path.resolve(here, '../renderer');
const preload = path.join(here, 'preload.cjs');
// The same id as electron-builder.yml's appId: Windows files notifications under it.
const APP_ID = 'app.presscut.desktop';

/** Files a launch asked to clip before the app could (macOS hands them over as `open-file` events, even before it is ready). */
const early: string[] = [];
let handOver: (paths: string[]) => void = (paths) => early.push(...paths);

// A launch given a data folder of its own (--user-data-dir=DIR: a second profile, the end-to-end tests) keeps its
// window state and its single-instance lock there, apart from the person's usual Presscut.
const dataDir = app.commandLine.getSwitchValue('user-data-dir');
if (dataDir) app.setPath('userData', path.resolve(dataDir));

if (!holdSingleInstance((request) => handOver(filesToClip(request)))) {
  app.quit();
} else {
  registerAppScheme();
  app.on('open-file', (event, file) => {
    event.preventDefault();
    handOver([file]);
  });
  start().catch((error: unknown) => {
    log.error('Presscut failed to start', error);
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const libraryDir = resolveLibraryDir(
    libraryFlag(process.argv),
    process.env,
    app.getPath('userData'),
  );
  const logDir = logIntoLibrary(libraryDir);
  const shortcut = new SystemShortcut(() => {
    actions
      .clipClipboardFromShortcut()
      .catch((error: unknown) => log.error('global shortcut failed', error));
  });
  // The library's lock and search index first, before Electron is ready: the index's thread starts
  // and its database opens meanwhile, so the window's first list is answered as soon as it is asked.
  const opening = openPresscutService(
    libraryDir,
    { openExternal: openExternally, globalShortcut: shortcut, printPdf: printHtmlToPdf },
    { notify: notifyWindows, log: (message) => log.warn(message) },
  );
  opening.catch(() => undefined);
  // Loaded only then: the calls' argument checks and the window's saved place need zod, which takes a while to load.
  const later = Promise.all([import('./main/ipc.ts'), import('./main/remember-window.ts')]);
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId(APP_ID);
  refuseNetwork(session.defaultSession);
  keepSpellcheckOffline(session.defaultSession);
  serveRenderer(rendererRoot);

  let opened: OpeningService;
  try {
    opened = await opening;
  } catch (error) {
    cannotOpen(error);
    return;
  }
  const { service } = opened;
  const [{ registerApi }, { rememberPlacement, restoredPlacement }] = await later;

  const icon = app.isPackaged
    ? path.join(process.resourcesPath, 'icon.png')
    : path.resolve(here, '../../resources/icons/256x256.png');
  app.setAboutPanelOptions({
    applicationName: 'Presscut',
    applicationVersion: app.getVersion(),
    copyright: 'Presscut contributors · MIT licence',
    iconPath: icon,
  });

  const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');
  const placement = await restoredPlacement(windowStateFile);
  const mainWindow = () => {
    const existing = BrowserWindow.getAllWindows()[0];
    if (existing) return existing;
    const window = createMainWindow(preload, placement, icon);
    rememberPlacement(window, windowStateFile);
    return window;
  };

  const actions = desktopActions({ service, libraryDir, logDir, mainWindow });
  registerApi(service, (event) => event.senderFrame?.url.startsWith(`${APP_ORIGIN}/`) === true);
  setAppMenu(actions, !app.isPackaged);
  // The window opens while the library is read: its list and search answer from the search index meanwhile.
  mainWindow();
  app.on('activate', () => mainWindow());

  let store: LibraryStore;
  try {
    store = await opened.store;
  } catch (error) {
    cannotOpen(error);
    return;
  }
  log.info(`Presscut ${app.getVersion()} started; library: ${libraryDir}`);
  rememberSaveFolder(session.defaultSession, store, (message) => log.warn(message));

  const wanted = checkAccelerator(store.settings().globalShortcut);
  if (wanted.ok && wanted.accelerator) shortcut.claim(wanted.accelerator);
  // A shortcut that could not be had is shown in the window's settings too.
  const status = await service.getShortcutStatus();
  if (status.state !== 'active' && status.state !== 'off')
    log.warn(`global shortcut ${status.accelerator}: ${status.state}`);

  handOver = (paths) =>
    void actions
      .clipFiles(paths)
      .catch((error: unknown) => log.error('clipping files failed', error));
  handOver([...early, ...filesToClip(thisLaunch())]);

  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    store.close().finally(() => app.quit());
  });
}

/** Says why the library cannot be opened (held by another process, damaged beyond its backups) and quits. */
function cannotOpen(error: unknown): void {
  dialog.showErrorBox('Presscut cannot open its library', (error as Error).message);
  app.exit(1);
}

app.on('will-quit', () => {
  // A second launch quits before it is ready, when globalShortcut cannot be used yet.
  if (app.isReady()) globalShortcut.unregisterAll();
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
