import { BrowserWindow } from 'electron';
import { eventChannelOf, type Notify } from '../api/contract.ts';

/** Sends an event to every window of the app. */
export const notifyWindows: Notify = (name, payload) => {
  for (const window of BrowserWindow.getAllWindows())
    window.webContents.send(eventChannelOf(name), payload);
};
