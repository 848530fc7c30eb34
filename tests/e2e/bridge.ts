import type { Page } from '@playwright/test';
import { methodNames, type PresscutApi } from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';

/**
 * Gives the page the same `window.presscut` the preload gives the app, each
 * call going through the same validation and the same services, in this
 * process. Only Electron's IPC transport is left out.
 */
export async function bridgeToServices(page: Page, service: PresscutApi): Promise<void> {
  await page.exposeBinding('__presscutInvoke', (_source, name: unknown, args: unknown) => dispatch(service, name, args));
  await page.addInitScript((names: string[]) => {
    const invoke = (window as unknown as { __presscutInvoke: (name: string, args: unknown[]) => Promise<unknown> }).__presscutInvoke;
    Object.defineProperty(window, 'presscut', {
      value: Object.freeze(Object.fromEntries(names.map((name) => [name, (...args: unknown[]) => invoke(name, args)]))),
    });
  }, methodNames);
}
