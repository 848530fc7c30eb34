import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const SEED = path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt');

test('paste an article, read it, find it after a restart, delete it and undo', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await expect(page.getByText('Paste an article:')).toBeVisible();

  const text =
    'Lighthouse keepers return to the coast\nThe last keepers of the northern light came back this week after forty years.\nTheir cottages will open to visitors in May.';
  const html =
    '<h1>Lighthouse keepers return to the coast</h1><p>The last keepers of the northern light came back this week after <em>forty</em> years.</p><p>Their cottages will open to visitors in May.</p>';
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(
    ([t, h]) =>
      navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([t], { type: 'text/plain' }),
          'text/html': new Blob([h], { type: 'text/html' }),
        }),
      ]),
    [text, html],
  );
  await page.keyboard.press('ControlOrMeta+V');

  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: 'Save clip' }).click();

  const list = page.getByRole('listbox', { name: 'Clips' });
  await expect(list.getByRole('option')).toHaveCount(1);
  const reader = page.locator('clip-reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Lighthouse keepers return to the coast',
  );
  await expect(reader.locator('article-body')).toContainText(
    'The last keepers of the northern light came back this week',
  );

  const [record] = library.store.records();
  // The clipboard wraps HTML in a document of its own; what it handed over is kept as it was.
  const original = await library.store.original(record.id);
  expect(original.text).toBe(text);
  expect(original.html).toContain(html);

  await app.open();
  await expect(list.getByRole('option')).toHaveCount(1);
  await list.getByRole('option').first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Lighthouse keepers return to the coast',
  );

  await reader.getByRole('button', { name: 'More actions' }).click();
  await reader.getByRole('menuitem', { name: 'Delete' }).click();
  await expect(page.getByText('Paste an article:')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Lighthouse keepers return to the coast',
  );
  expect(library.store.records()).toHaveLength(1);

  expect(app.offMachineRequests).toEqual([]);
});

test('the New clip box takes a whole-page paste and saves every story in it', async ({
  app,
  library,
}) => {
  const { page } = app;
  const seed = await readFile(SEED, 'utf8');
  await app.open();
  await page.getByRole('button', { name: 'New clip' }).first().click();
  const box = page.getByRole('dialog', { name: 'New clip' });
  await expect(box).toBeVisible();
  await box.getByRole('textbox', { name: 'Article to clip' }).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(
      new ClipboardEvent('paste', {
        clipboardData: data,
        bubbles: true,
        cancelable: true,
        composed: true,
      }),
    );
  }, seed);
  const preview = page.getByRole('dialog', { name: /found/ });
  await expect(preview).toBeVisible();
  const count = await preview.getByRole('checkbox').count();
  // What a field holds reads as text to check, not as a faint hint: the outlet found is in the text's colour.
  const text = await page.evaluate(() => getComputedStyle(document.body).color);
  await expect(preview.getByRole('textbox', { name: 'Outlet' }).nth(1)).toHaveValue(
    'Straits Times',
  );
  await expect(preview.getByRole('textbox', { name: 'Outlet' }).nth(1)).toHaveCSS('color', text);
  // An outlet not found is said so in its empty field, not left blank.
  await expect(preview.getByRole('textbox', { name: 'Outlet' }).first()).toHaveValue('');
  await expect(preview.getByRole('textbox', { name: 'Outlet' }).first()).toHaveAttribute(
    'placeholder',
    'Not found: type it',
  );
  await preview.getByRole('button', { name: /^Save/ }).click();
  const rows = page.getByRole('listbox', { name: 'Clips' }).getByRole('option');
  await expect(rows).toHaveCount(count);
  expect(library.store.records()).toHaveLength(count);
  // The main story names no outlet of its own: its row shows the wire agency instead.
  await expect(rows.filter({ hasText: 'anti-personnel landmines' })).toContainText('REUTERS');
  await expect(rows.filter({ hasText: 'Zelensky' })).toContainText('Straits Times');
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'reader.png'),
  });
});

test('a paste with nothing in it says so and saves nothing', async ({ app, library }) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'New clip' }).first().click();
  const box = page.getByRole('dialog', { name: 'New clip' });
  await box.getByRole('button', { name: 'Clip' }).click();
  // Said in the box, where the person acted; the clipboard had nothing to do with it.
  await expect(box.getByRole('alert')).toContainText('The box is empty');
  expect(library.store.records()).toHaveLength(0);
});

test('a clip added behind the window’s back (import, shortcut) shows up in the list', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await expect(page.getByText('Paste an article:')).toBeVisible();
  await library.service.clipPaste({
    paste: { text: 'Ferry timetable changes\nBoats will leave every half hour.' },
  });
  library.relay.notify('libraryChanged', { reason: 'test' });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
});

test('a command from the menu opens the New clip box', async ({ app, library }) => {
  await app.open();
  library.relay.notify('command', { name: 'new-clip' });
  await expect(app.page.getByRole('dialog', { name: 'New clip' })).toBeVisible();
});
