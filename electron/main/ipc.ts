import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import log from 'electron-log/main';
import { channelOf, methodNames, type PresscutApi } from '../api/contract.ts';
import { dispatch } from '../api/dispatch.ts';

/**
 * Registers each method of the contract once. Calls from anything but the
 * app's own pages are refused; arguments are validated by `dispatch`.
 */
export function registerApi(
  service: PresscutApi,
  isTrustedSender: (event: IpcMainInvokeEvent) => boolean,
): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), (event, ...args: unknown[]) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: {
            code: 'invalid-argument',
            message: 'Calls are only accepted from Presscut’s own window.',
          },
        };
      }
      return dispatch(service, name, args, {
        onInternalError: (method, error) => log.error(`${method} failed`, error),
      });
    });
  }
}
