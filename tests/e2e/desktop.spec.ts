import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';

test('files dropped on the window are clipped, and a file it cannot clip says why', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(
      new File(
        ['# Harbour seals return\n\nCounts this spring were the *highest* in thirty years.'],
        'seals.md',
      ),
    );
    data.items.add(new File(['%PDF-1.7'], 'slides.pdf'));
    (window as unknown as { __drop: DataTransfer }).__drop = data;
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Drop .txt, .md or .html files' }),
  ).toBeVisible();
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'file-drop.png'),
  });
  await page.evaluate(() => {
    const data = (window as unknown as { __drop: DataTransfer }).__drop;
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  });

  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Harbour seals return',
  );
  await expect(page.locator('clip-reader article-body em')).toHaveText('highest');
  await expect(page.getByRole('alert')).toContainText(
    'slides.pdf: Presscut clips .txt, .md and .html files.',
  );
  await expect(page.getByText('Drop .txt, .md or .html files')).toHaveCount(0);
  expect(library.store.records().map((r) => r.title)).toEqual(['Harbour seals return']);
  expect(app.errors).toEqual([]);
});

test('the settings change the global shortcut, and say when another app holds it', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  const keys = dialog.getByLabel('Clipboard shortcut');
  await expect(keys).toHaveText('Ctrl+Shift+V');
  await expect(dialog.getByRole('status')).toHaveText(
    'On: it works in every app while Presscut is open.',
  );
  const violations = (await new AxeBuilder({ page }).analyze()).violations.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical',
  );
  expect(violations.map((v) => v.id)).toEqual([]);

  const change = dialog.getByRole('button', { name: /Change shortcut|Press the new shortcut/ });
  await change.click();
  await page.keyboard.press('Control+Alt+KeyK');
  await expect(keys).toHaveText('Ctrl+Alt+K');
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'settings.png'),
  });
  expect(library.shortcuts.held).toBe('CommandOrControl+Alt+K');
  expect(library.store.settings().globalShortcut).toBe('CommandOrControl+Alt+K');

  await change.click();
  await page.keyboard.press('Control+Alt+KeyT');
  await expect(dialog.getByRole('alert')).toHaveText(/already uses that shortcut/);
  await expect(keys).toHaveText('Ctrl+Alt+K');

  await change.click();
  await page.keyboard.press('Shift+KeyQ');
  await expect(dialog.getByRole('alert')).toHaveText(/needs Ctrl, Alt, Cmd or Super/);

  await change.click();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await expect(change).toHaveText('Change shortcut');

  await dialog.getByRole('button', { name: 'Turn off' }).click();
  await expect(keys).toHaveText('Off');
  expect(library.shortcuts.held).toBe('');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(app.errors).toEqual([]);
});

test('a saved shortcut another app took while Presscut was closed is reported when the window opens', async ({
  app,
  library,
}) => {
  library.shortcuts.held = '';
  await app.open();
  await expect(app.page.getByRole('alert')).toHaveText(
    /The shortcut that clips from any app is not working\. Another app, or the system, already uses this shortcut/,
  );
});

test('menu items and main’s hand-overs reach the window', async ({ app, library }) => {
  const { page } = app;
  await app.open();
  library.relay.notify('command', { name: 'show-shortcuts' });
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  library.relay.notify('command', { name: 'show-settings' });
  await expect(page.getByRole('dialog', { name: 'Settings' })).toBeVisible();
  await page.keyboard.press('Escape');

  // File ▸ New clip from clipboard, or the global shortcut over the window: a preview, as a paste would give.
  library.relay.notify('clipboardPaste', {
    paste: { text: 'Night trains return\nThe sleeper from Vienna runs again from June.' },
  });
  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Cancel' }).click();
  expect(library.store.records()).toEqual([]);

  // A second launch's files, or File ▸ Clip files…: clipped by main, shown by the window.
  const result = await library.service.clipFiles([
    { name: 'ferry.txt', content: 'Ferry timetable changes\nBoats will leave every half hour.' },
    { name: 'empty.md', content: ' ' },
  ]);
  library.relay.notify('filesClipped', result);
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Ferry timetable changes',
  );
  await expect(page.getByRole('alert')).toContainText('empty.md is empty.');
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
});
