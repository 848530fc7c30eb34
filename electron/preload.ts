import { contextBridge, ipcRenderer } from 'electron';
import {
  channelOf,
  eventChannelOf,
  eventNames,
  methodNames,
  type PresscutBridge,
  type PresscutEventBridge,
} from './api/contract.ts';

// The renderer gets the contract's methods and nothing else: never ipcRenderer itself.
const bridge = Object.fromEntries(
  methodNames.map((name) => [
    name,
    (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args),
  ]),
) as PresscutBridge;

contextBridge.exposeInMainWorld('presscut', bridge);

const events: PresscutEventBridge = {
  on(name, listener) {
    if (!eventNames.includes(name)) throw new Error(`Presscut sends no event "${String(name)}".`);
    const channel = eventChannelOf(name);
    const handler = (_event: unknown, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => void ipcRenderer.removeListener(channel, handler);
  },
};

contextBridge.exposeInMainWorld('presscutEvents', events);
