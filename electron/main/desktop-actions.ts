import { mkdir } from 'node:fs/promises';
import { BrowserWindow, clipboard, dialog, Notification, shell } from 'electron';
import log from 'electron-log/main';
import type { PresscutApi } from '../api/contract.ts';
import { clipClipboard } from '../desktop/clip-clipboard.ts';
import { clipFilesOnDisk } from '../files/clip-files-on-disk.ts';
import type { Paste } from '../model/article.ts';
import { notifyWindows } from './notify-windows.ts';

export interface DesktopContext {
  service: PresscutApi;
  libraryDir: string;
  logDir: string;
  /** The app's window, opened (again) if there is none. */
  mainWindow(): BrowserWindow;
}

/** The clipboard's text and HTML flavours, as a paste into the window would carry them. */
async function readClipboard(): Promise<Paste> {
  const items = await clipboard.read();
  const flavour = async (type: string) => {
    const item = items.find((i) => i.types.includes(type));
    return item ? ((await item.getType(type)) as Blob).text() : '';
  };
  const [text, html] = await Promise.all([flavour('text/plain'), flavour('text/html')]);
  return html.trim() ? { text, html } : { text };
}

function bringToFront(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Resolves once the window's page has loaded, so an event sent to it is heard. */
async function loaded(window: BrowserWindow): Promise<void> {
  if (window.webContents.isLoading())
    await new Promise<void>((resolve) =>
      window.webContents.once('did-finish-load', () => resolve()),
    );
}

/** What the menus, the global shortcut and later launches do, over the app's services. */
export function desktopActions({ service, libraryDir, logDir, mainWindow }: DesktopContext) {
  /** Hands the clipboard to the window, which previews it as a paste. */
  async function previewClipboard(): Promise<void> {
    const window = mainWindow();
    bringToFront(window);
    await loaded(window);
    notifyWindows('clipboardPaste', { paste: await readClipboard() });
  }

  return {
    previewClipboard,

    /** The global shortcut: from the background, clips at once and says so in a notification; over the window, previews. */
    async clipClipboardFromShortcut(): Promise<void> {
      if (BrowserWindow.getFocusedWindow()) return previewClipboard();
      const { clips, notice } = await clipClipboard(await readClipboard(), service);
      log.info(`global shortcut: ${clips.length} clip(s) ${clips.map((c) => c.id).join(' ')}`);
      if (clips.length > 0) notifyWindows('libraryChanged', { reason: 'global-shortcut' });
      if (!Notification.isSupported()) return;
      const notification = new Notification({
        title: notice.title,
        body: notice.body,
        silent: true,
      });
      notification.on('click', () => bringToFront(mainWindow()));
      notification.show();
    },

    /** Clips files by path (a launch, Clip files…) and tells the window what came of each. */
    async clipFiles(paths: readonly string[]): Promise<void> {
      if (paths.length === 0) return;
      const window = mainWindow();
      bringToFront(window);
      const result = await clipFilesOnDisk(paths, service.clipFiles);
      log.info(
        `clipped files: ${result.clips.length} clip(s) ${result.clips.map((c) => c.id).join(' ')}; ${result.failures.length} file(s) not clipped`,
      );
      await loaded(window);
      notifyWindows('filesClipped', result);
    },

    async chooseFilesToClip(): Promise<string[]> {
      const { canceled, filePaths } = await dialog.showOpenDialog(mainWindow(), {
        title: 'Import file',
        buttonLabel: 'Clip',
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: 'Articles (text, Markdown, HTML)',
            extensions: ['txt', 'md', 'markdown', 'html', 'htm'],
          },
        ],
      });
      return canceled ? [] : filePaths;
    },

    async openLibraryFolder(): Promise<void> {
      await openFolder(libraryDir);
    },

    async openLogFolder(): Promise<void> {
      await mkdir(logDir, { recursive: true });
      await openFolder(logDir);
    },
  };
}

async function openFolder(dir: string): Promise<void> {
  const problem = await shell.openPath(dir);
  if (problem) dialog.showErrorBox('Presscut cannot open the folder', `${dir}: ${problem}`);
}
