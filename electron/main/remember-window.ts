import { screen, type BrowserWindow, type Rectangle } from 'electron';
import log from 'electron-log/main';
import { fitToDisplays, readWindowState, writeWindowState } from '../desktop/window-state.ts';

export interface WindowPlacement {
  /** Absent: the default size, centred. */
  bounds?: Rectangle;
  maximized: boolean;
}

/** Where the window was last time, if that place is still on a connected display. */
export async function restoredPlacement(file: string): Promise<WindowPlacement> {
  const saved = await readWindowState(file);
  if (!saved) return { maximized: false };
  const bounds = fitToDisplays(
    saved.bounds,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  return bounds ? { bounds, maximized: saved.maximized } : { maximized: false };
}

/** Saves the window's size, place and maximised state as they change (moves and resizes once they settle) and when it closes. */
export function rememberPlacement(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    writeWindowState(file, {
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    }).catch((error: unknown) => log.warn('window state not saved', error));
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 500);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', save);
  window.on('unmaximize', save);
  window.on('close', save);
}
