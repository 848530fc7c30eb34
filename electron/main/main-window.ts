import path from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { lockNavigation } from './security.ts';
import { APP_ORIGIN } from './renderer-protocol.ts';

export function createMainWindow(preload: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    minWidth: 720,
    minHeight: 480,
    title: 'Presscut',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1b1d' : '#fbfaf7',
    webPreferences: {
      preload: path.resolve(preload),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
