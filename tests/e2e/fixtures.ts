import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { CONTENT_SECURITY_POLICY } from '../../common/content-security-policy.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { sharedTaskRunner } from '../../electron/tasks/task-runner.ts';
import { FakeShortcuts } from '../helpers/fake-shortcuts.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { bridgeToServices, createEventRelay, type BridgeCall } from './bridge.ts';
import { serveRenderer } from './renderer-server.ts';

const RENDERER = path.resolve(import.meta.dirname, '../../dist/renderer');

export interface Library {
  dir: string;
  store: LibraryStore;
  service: PresscutApi;
  /** Links the app asked the system browser to open. */
  opened: string[];
  /** Passes the services' events to a page. */
  relay: ReturnType<typeof createEventRelay>;
  /** The system's global shortcuts; Ctrl+Alt+T (⌘⌥T) is another app's. */
  shortcuts: FakeShortcuts;
  /** How the services print a PDF: set by the app fixture to the test's Chromium, as main uses Electron's. */
  printer: { print: ((html: string) => Promise<Uint8Array>) | null };
}

export interface AppPage {
  page: Page;
  /** Loads (or reloads) the app on the test's library, as a restart of the app would. */
  open(): Promise<void>;
  /** Requests the page made that would leave the machine. */
  offMachineRequests: string[];
  /** Errors the page threw or logged. */
  errors: string[];
  /** The page's calls to main, with the size of each reply. */
  calls: BridgeCall[];
}

export interface FixtureOptions {
  /** Prepares the library folder before the app's services open it (a damaged index, say), as a failure scenario. An object: Playwright would take a bare function for a fixture. */
  prepareLibrary: { prepare(dir: string): Promise<void> } | null;
}

export const test = base.extend<
  { library: Library; app: AppPage } & FixtureOptions,
  { rendererOrigin: string }
>({
  prepareLibrary: [null, { option: true }],

  rendererOrigin: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
    async ({}, use) => {
      const server = await serveRenderer(RENDERER, CONTENT_SECURITY_POLICY);
      await use(server.origin);
      await server.close();
    },
    { scope: 'worker' },
  ],

  library: async ({ prepareLibrary }, use) => {
    const { dir, remove } = await tempDir('presscut-e2e-');
    await prepareLibrary?.prepare(dir);
    const store = await LibraryStore.open(dir);
    const opened: string[] = [];
    const relay = createEventRelay();
    // As main does at start, the saved shortcut is claimed before the window asks about it.
    const shortcuts = new FakeShortcuts(['CommandOrControl+Alt+T']);
    shortcuts.claim(store.settings().globalShortcut);
    const printer: Library['printer'] = { print: null };
    const service = createPresscutService(
      store,
      {
        openExternal: async (url) => void opened.push(url),
        globalShortcut: shortcuts,
        printPdf: (html) => {
          if (!printer.print) throw new Error('No page to print with.');
          return printer.print(html);
        },
      },
      { notify: relay.notify },
    );
    // The engines load in their worker as the services start; a test's first paste waits for that, not a timeout.
    await sharedTaskRunner().warm();
    await use({ dir, store, service, opened, relay, shortcuts, printer });
    await store.close();
    await remove();
  },

  app: async ({ page, library, rendererOrigin }, use) => {
    const offMachineRequests: string[] = [];
    const errors: string[] = [];
    const calls: BridgeCall[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(rendererOrigin) && !url.startsWith('data:')) offMachineRequests.push(url);
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await bridgeToServices(page, library.service, calls);
    library.relay.attach(page);
    // A PDF is printed as main prints it, by the browser's own print path (page.pdf is printToPDF's), in a page of its own.
    library.printer.print = async (html) => {
      const printing = await page.context().newPage();
      printing.on('request', (request) => {
        if (!/^(data|about):/.test(request.url())) offMachineRequests.push(request.url());
      });
      try {
        await printing.setContent(html, { waitUntil: 'load' });
        await printing.evaluate(() => document.fonts.ready.then(() => undefined));
        return new Uint8Array(
          await printing.pdf({ preferCSSPageSize: true, printBackground: true, outline: true }),
        );
      } finally {
        await printing.close();
      }
    };
    const app: AppPage = {
      page,
      offMachineRequests,
      errors,
      calls,
      open: async () => {
        await page.goto(`${rendererOrigin}/index.html`);
        await expect(page.locator('presscut-app')).toBeVisible();
      },
    };
    await use(app);
    // Every test also proves the page threw nothing and broke no CSP rule.
    expect(errors, 'errors in the page').toEqual([]);
  },
});

export { expect };
