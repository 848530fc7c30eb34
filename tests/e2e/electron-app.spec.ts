import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { LibraryStore } from '../../electron/library/store.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MAIN = path.join(ROOT, 'dist/electron/main.js');

/** Electron's own binary, when it was installed; found without `require('electron')`, which would try to download it. */
function electronBinary(): string | null {
  const pkg = path.join(ROOT, 'node_modules/electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const SKIP_REASON =
  "Electron's binary is not installed (node_modules/electron/dist is missing: it is downloaded from outside the npm registry on first use). The same journey runs in Chromium against the real services in journey.spec.ts.";

test.describe('the Electron app', () => {
  test.beforeEach(() => {
    if (binary === null) console.log(`Skipped: ${SKIP_REASON}`);
    test.skip(binary === null, SKIP_REASON);
  });

  let library: { dir: string; remove: () => Promise<void> };
  // Electron's data folder of its own (window state, the single-instance lock), so a Presscut already running is left alone.
  let userData: { dir: string; remove: () => Promise<void> };
  test.beforeEach(async () => {
    library = await tempDir('presscut-electron-');
    userData = await tempDir('presscut-electron-data-');
  });
  test.afterEach(async () => {
    await library?.remove();
    await userData?.remove();
  });

  /** The arguments of a launch of the app on the test's library, then `more`. */
  function launchArgs(...more: string[]): string[] {
    return [
      MAIN,
      '--library',
      library.dir,
      `--user-data-dir=${userData.dir}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      ...more,
    ];
  }

  async function launch(): Promise<{ app: ElectronApplication; win: Page }> {
    const app = await electron.launch({
      executablePath: binary!,
      args: launchArgs(),
      env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
    });
    const win = await app.firstWindow();
    win.on('console', (m) => console.log(`[renderer] ${m.text()}`));
    win.on('pageerror', (e) => console.log(`[renderer error] ${e.message}`));
    win.on('crash', () => console.log('[renderer crashed]'));
    await expect(win.locator('presscut-app')).toBeVisible();
    return { app, win };
  }

  test('paste, read, restart, delete and undo, with the window locked down', async () => {
    let { app, win } = await launch();
    const prefs = await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0].webContents;
      return { url: contents.getURL() };
    });
    expect(prefs.url).toMatch(/^presscut:\/\/app\//);
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    );
    expect(await win.evaluate(() => Object.keys(window.presscut).sort())).toContain('clipPaste');

    await expect(win.getByText('Paste an article:')).toBeVisible();
    await app.evaluate(({ clipboard, ClipboardItem }) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain':
            'Harbour seals return to the estuary\nCounts this spring were the highest in thirty years.',
          'text/html':
            '<h1>Harbour seals return to the estuary</h1><p>Counts this spring were the highest in <strong>thirty</strong> years.</p>',
        }),
      ]),
    );
    await win.keyboard.press('ControlOrMeta+V');
    await win
      .getByRole('dialog', { name: 'One article found' })
      .getByRole('button', { name: 'Save clip' })
      .click();
    const reader = win.locator('clip-reader');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
      'Harbour seals return to the estuary',
    );
    await win.screenshot({
      path: path.join(test.info().project.outputDir, 'screenshots', 'electron-reader.png'),
    });

    await app.close();
    ({ app, win } = await launch());
    const list = win.getByRole('listbox', { name: 'Clips' });
    await expect(list.getByRole('option')).toHaveCount(1);
    // Search and the list's windows run in main's search worker: node:sqlite inside Electron.
    expect(await win.evaluate(() => window.presscut.searchClips('seal'))).toMatchObject({
      ok: true,
      value: { total: 1, indexing: null },
    });
    expect(
      await win.evaluate(() =>
        window.presscut.listWindow({ shelf: 'clips', offset: 0, limit: 10 }),
      ),
    ).toMatchObject({ ok: true, value: { total: 1 } });
    await list.getByRole('option').first().click();
    await reader.getByRole('button', { name: 'More actions' }).click();
    await reader.getByRole('menuitem', { name: 'Delete' }).click();
    await win.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('option')).toHaveCount(1);

    const blocked = await win.evaluate(() =>
      fetch('https://example.com/').then(
        () => 'reached the network',
        () => 'refused',
      ),
    );
    expect(blocked).toBe('refused');

    // The app's own scheme answers a malformed escape and a path out of its folder, without throwing.
    expect(
      await win.evaluate(() =>
        Promise.all(
          ['presscut://app/%E0%A4%A', 'presscut://app/..%2Fpackage.json'].map((url) =>
            fetch(url).then((r) => r.status),
          ),
        ),
      ),
    ).toEqual([400, 404]);
    // No spellchecker that would download dictionaries (macOS's own needs none).
    const spelling = await app.evaluate(({ session }) => ({
      enabled: session.defaultSession.isSpellCheckerEnabled(),
      languages: session.defaultSession.getSpellCheckerLanguages(),
      platform: process.platform,
    }));
    if (spelling.platform !== 'darwin')
      expect(spelling).toMatchObject({ enabled: false, languages: [] });
    // The running app holds the library's lock: a second process is refused.
    await expect(LibraryStore.open(library.dir)).rejects.toThrow(/open in another Presscut/);
    await app.close();
    expect(existsSync(path.join(userData.dir, 'Dictionaries'))).toBe(false);
    // Electron's fuses (no ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect; only its checked app.asar) are
    // flipped when electron-builder packages it: tests/package checks them in the packaged binary.
  });

  /** Every item of the app's menus, with its id, role and label. */
  async function menuItems(
    app: ElectronApplication,
  ): Promise<{ id: string; role: string; label: string }[]> {
    return app.evaluate(({ Menu }) => {
      const items: { id: string; role: string; label: string }[] = [];
      const walk = (menu: Electron.Menu) => {
        for (const item of menu.items) {
          items.push({ id: item.id ?? '', role: item.role ?? '', label: item.label });
          if (item.submenu) walk(item.submenu);
        }
      };
      walk(Menu.getApplicationMenu()!);
      return items;
    });
  }

  async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
    await app.evaluate(({ Menu, BrowserWindow }, itemId) => {
      const window = BrowserWindow.getAllWindows()[0];
      Menu.getApplicationMenu()!
        .getMenuItemById(itemId)!
        .click(undefined, window, window.webContents);
    }, id);
  }

  test('the menus give the standard editing roles and the app’s own items, which act on the window', async () => {
    const { app, win } = await launch();
    const items = await menuItems(app);
    expect(items.map((i) => i.role.toLowerCase())).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectall', 'about']),
    );
    expect(items.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'new-clip',
        'new-clip-from-clipboard',
        'import-file',
        'open-library-folder',
        'settings',
        'show-shortcuts',
        'show-logs',
      ]),
    );

    await clickMenuItem(app, 'show-shortcuts');
    await expect(win.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await win.keyboard.press('Escape');

    await app.evaluate(({ clipboard, ClipboardItem }) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain': 'Night trains return\nThe sleeper from Vienna runs again from June.',
        }),
      ]),
    );
    await clickMenuItem(app, 'new-clip-from-clipboard');
    await win
      .getByRole('dialog', { name: 'One article found' })
      .getByRole('button', { name: 'Save clip' })
      .click();
    await expect(win.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
      'Night trains return',
    );
    expect(await readFile(path.join(library.dir, 'logs/main.log'), 'utf8')).not.toContain(
      'sleeper',
    );
    await app.close();
  });

  test('the global shortcut is held, changed in the settings, and one another app holds is reported', async () => {
    const { app, win } = await launch();
    const registered = (accelerator: string) =>
      app.evaluate(({ globalShortcut }, a) => globalShortcut.isRegistered(a), accelerator);
    expect(await registered('CommandOrControl+Shift+V')).toBe(true);

    await clickMenuItem(app, 'settings');
    const dialog = win.getByRole('dialog', { name: 'Settings' });
    const change = dialog.getByRole('button', { name: /Change shortcut|Press the new shortcut/ });
    await change.click();
    await win.keyboard.press('Control+Alt+KeyK');
    await expect(dialog.getByLabel('Clipboard shortcut')).toHaveText(/Alt\+K|⌥K/);
    expect(await registered('CommandOrControl+Alt+K')).toBe(true);
    expect(await registered('CommandOrControl+Shift+V')).toBe(false);

    // Held elsewhere in the same process, the keys are refused to Presscut as another app's would be.
    await app.evaluate(({ globalShortcut }) =>
      globalShortcut.register('CommandOrControl+Alt+J', () => undefined),
    );
    await change.click();
    await win.keyboard.press('Control+Alt+KeyJ');
    await expect(dialog.getByRole('alert')).toHaveText(/already uses that shortcut/);
    expect(await registered('CommandOrControl+Alt+K')).toBe(true);
    await app.close();
  });

  test('a second launch focuses the first and hands over the file it was given; the window comes back where it was', async () => {
    const first = await launch();
    let app = first.app;
    const win = first.win;
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].setBounds({ x: 40, y: 30, width: 1000, height: 700 }),
    );
    const file = path.join(userData.dir, 'ferry.md');
    await writeFile(file, '# Ferry timetable changes\n\nBoats will leave every half hour.');
    const second = spawn(binary!, launchArgs(file), { stdio: 'ignore' });
    const exitCode = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(exitCode).toBe(0);
    await expect(win.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
      'Ferry timetable changes',
    );
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);

    await app.close();
    ({ app } = await launch());
    const bounds = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].getBounds(),
    );
    expect({ width: bounds.width, height: bounds.height }).toEqual({ width: 1000, height: 700 });
    await app.close();
  });
  test('a press review prints to PDF with Electron’s printToPDF: numbered contents, nothing fetched', async () => {
    const text = readFileSync(path.join(ROOT, 'tests/fixtures/aggregator-paste.txt'), 'utf8');
    const store = await LibraryStore.open(library.dir);
    await store.addPaste(
      { text },
      [
        {
          title: 'Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines',
          source: 'Reuters',
          byline: null,
          published: '2025-07-23T12:00:00.000Z',
          dateline: null,
          credit: null,
          language: 'en',
          url: null,
          blocks: text
            .split('\n')
            .filter((l) => l.length > 80)
            .slice(0, 6)
            .map((l) => ({ type: 'paragraph' as const, text: l })),
          removed: [],
        },
      ],
      new Date('2025-07-24T09:00:00Z'),
    );
    await store.close();
    const { app, win } = await launch();
    const file = await win.evaluate(async () => {
      const reply = await window.presscut.exportReview(
        { title: 'Morning review', selection: { from: '2025-07-01' } },
        'pdf',
      );
      if (!reply.ok) throw new Error(reply.error.message);
      return {
        name: reply.value.name,
        head: new TextDecoder('latin1').decode(reply.value.bytes.subarray(0, 5)),
        text: new TextDecoder('latin1').decode(reply.value.bytes),
      };
    });
    expect(file.name).toMatch(/^Morning review \d{4}-\d{2}-\d{2}\.pdf$/);
    expect(file.head).toBe('%PDF-');
    // The contents link to the story: the destination the second printing numbered it from.
    expect(file.text).toMatch(/\/story-1\s*\[/);
    await app.close();
  });
});
