import { contextBridge, ipcRenderer } from 'electron';
import { channelOf, methodNames, type PresscutBridge } from './api/contract.ts';

// The renderer gets the contract's methods and nothing else: never ipcRenderer itself.
const bridge = Object.fromEntries(
  methodNames.map((name) => [name, (...args: unknown[]) => ipcRenderer.invoke(channelOf(name), ...args)]),
) as PresscutBridge;

contextBridge.exposeInMainWorld('presscut', bridge);
