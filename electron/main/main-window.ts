import { BrowserWindow, nativeTheme } from 'electron';
import { lockNavigation } from './security.ts';
import { APP_ORIGIN } from './renderer-protocol.ts';
import type { WindowPlacement } from './remember-window.ts';
import { windowPreferences } from './web-preferences.ts';

const background = () => (nativeTheme.shouldUseDarkColors ? '#1b1b1d' : '#fbfaf7');

export function createMainWindow(
  preload: string,
  placement: WindowPlacement = { maximized: false },
  icon?: string,
): BrowserWindow {
  const window = new BrowserWindow({
    width: 1200,
    height: 800,
    ...placement.bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Presscut',
    show: false,
    backgroundColor: background(),
    ...(icon && { icon }),
    webPreferences: windowPreferences(preload),
  });
  lockNavigation(window.webContents);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  // The page follows the system's light or dark mode by itself; what shows while it redraws follows too.
  const followTheme = () => window.setBackgroundColor(background());
  nativeTheme.on('updated', followTheme);
  window.once('closed', () => nativeTheme.off('updated', followTheme));
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
