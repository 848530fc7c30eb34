import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
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
  test.beforeEach(async () => {
    library = await tempDir('presscut-electron-');
  });
  test.afterEach(async () => {
    await library?.remove();
  });

  async function launch(): Promise<{ app: ElectronApplication; win: Page }> {
    const app = await electron.launch({
      executablePath: binary!,
      args: [MAIN, '--library', library.dir, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
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
    expect(await win.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
    expect(await win.evaluate(() => Object.keys(window.presscut).sort())).toContain('clipPaste');

    await expect(win.getByText('Paste an article:')).toBeVisible();
    await app.evaluate(({ clipboard, ClipboardItem }) =>
      clipboard.write([
        new ClipboardItem({
          'text/plain': 'Harbour seals return to the estuary\nCounts this spring were the highest in thirty years.',
          'text/html': '<h1>Harbour seals return to the estuary</h1><p>Counts this spring were the highest in <strong>thirty</strong> years.</p>',
        }),
      ]),
    );
    await win.keyboard.press('ControlOrMeta+V');
    await win.getByRole('dialog', { name: 'One article found' }).getByRole('button', { name: 'Save clip' }).click();
    const reader = win.locator('clip-reader');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Harbour seals return to the estuary');
    await win.screenshot({ path: path.join(test.info().project.outputDir, 'screenshots', 'electron-reader.png') });

    await app.close();
    ({ app, win } = await launch());
    const list = win.getByRole('listbox', { name: 'Clips' });
    await expect(list.getByRole('option')).toHaveCount(1);
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
    await app.close();
  });
});
