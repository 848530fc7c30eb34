import type { Page } from '@playwright/test';
import {
  eventNames,
  methodNames,
  type Notify,
  type PresscutApi,
} from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';

const BYTES = '__presscutBytes';

/** A call the page made through the bridge, and how much its reply weighed. */
export interface BridgeCall {
  name: string;
  args: unknown;
  /** The reply's size as JSON, in bytes: about what IPC would carry to the window. */
  bytes: number;
}

/**
 * Gives the page the same `window.presscut` and `window.presscutEvents` the
 * preload gives the app, each call going through the same validation and the
 * same services, in this process. Only Electron's IPC transport is left out.
 * Every call is added to `calls`, when given.
 */
export async function bridgeToServices(
  page: Page,
  service: PresscutApi,
  calls?: BridgeCall[],
): Promise<void> {
  // Replies cross as one JSON string: Playwright's own serialisation of a big reply (a 10,000-clip list) takes
  // seconds, Electron's IPC does not. Bytes, which IPC carries as they are, cross as base64.
  await page.exposeBinding('__presscutInvoke', async (_source, name: unknown, args: unknown) => {
    const reply = JSON.stringify(
      await dispatch(service, name, args),
      function (this: Record<string, unknown>, key, value: unknown) {
        const raw = this[key];
        return raw instanceof Uint8Array ? { [BYTES]: Buffer.from(raw).toString('base64') } : value;
      },
    );
    calls?.push({ name: String(name), args, bytes: Buffer.byteLength(reply) });
    return reply;
  });
  await page.addInitScript(
    ([methods, events, bytesKey]) => {
      const send = (
        window as unknown as {
          __presscutInvoke: (name: string, args: unknown[]) => Promise<string>;
        }
      ).__presscutInvoke;
      const revive = (_key: string, value: unknown) =>
        value !== null && typeof value === 'object' && bytesKey in value
          ? Uint8Array.from(atob((value as Record<string, string>)[bytesKey]), (c) =>
              c.charCodeAt(0),
            )
          : value;
      const invoke = async (name: string, args: unknown[]) => {
        const reply = await send(name, args);
        return (
          reply.includes(`"${bytesKey}"`) ? JSON.parse(reply, revive) : JSON.parse(reply)
        ) as unknown;
      };
      const target = new EventTarget();
      Object.defineProperty(window, 'presscut', {
        value: Object.freeze(
          Object.fromEntries(
            methods.map((name) => [name, (...args: unknown[]) => invoke(name, args)]),
          ),
        ),
      });
      Object.defineProperty(window, 'presscutEvents', {
        value: Object.freeze({
          on(name: string, listener: (payload: unknown) => void) {
            if (!events.includes(name)) throw new Error(`Presscut sends no event "${name}".`);
            const handler = (event: Event) => listener((event as CustomEvent).detail);
            target.addEventListener(name, handler);
            return () => target.removeEventListener(name, handler);
          },
        }),
      });
      Object.defineProperty(window, '__presscutEmit', {
        value: (name: string, payload: unknown) =>
          target.dispatchEvent(new CustomEvent(name, { detail: payload })),
      });
    },
    [methodNames as string[], eventNames as string[], BYTES] as const,
  );
}

/** Relays the services' events to the pages attached to it, as main's `webContents.send` does to its windows. */
export function createEventRelay(): { notify: Notify; attach(page: Page): void } {
  const pages = new Set<Page>();
  return {
    notify: (name, payload) => {
      for (const page of pages) {
        void page
          .evaluate(
            ([n, p]) =>
              (
                window as unknown as { __presscutEmit: (n: string, p: unknown) => void }
              ).__presscutEmit(n, p),
            [name, payload] as const,
          )
          .catch(() => undefined);
      }
    },
    attach: (page) => {
      pages.add(page);
      page.on('close', () => pages.delete(page));
    },
  };
}
