import { expect, test } from './fixtures.ts';

async function threeClips(service: import('../../electron/api/contract.ts').PresscutApi) {
  for (const [i, title] of ['First story', 'Second story', 'Third story'].entries()) {
    await service.clipPaste({
      paste: { text: `${title}\nParagraph ${i + 1} of the test library, long enough to read.` },
      clippedAt: `2025-07-0${i + 1}T10:00:00.000Z`,
    });
  }
}

test('appearance: the theme, typeface and size change and are kept', async ({ app, library }) => {
  const { page } = app;
  await threeClips(library.service);
  await app.open();
  await page.getByRole('option', { name: /Third story/ }).click();
  await page.getByRole('button', { name: 'Appearance' }).click();
  const menu = page.getByRole('dialog', { name: 'Appearance' });
  await menu.getByRole('button', { name: 'Sepia' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  await menu.getByRole('button', { name: 'Sans' }).click();
  await menu.getByRole('button', { name: 'Larger text' }).click();
  await expect(menu.getByText('20px')).toBeVisible();
  await expect
    .poll(() => library.store.settings())
    .toMatchObject({ theme: 'sepia', readerFont: 'sans', readerSize: 20 });

  // Every theme the page shows from its first line on: the kept one must come before main's settings.
  await page.addInitScript(() => {
    const shown: string[] = [];
    Object.assign(window, { themesShown: shown });
    new MutationObserver(() => {
      const theme = document.documentElement.dataset.theme;
      if (theme && theme !== shown.at(-1)) shown.push(theme);
    }).observe(document, { subtree: true, attributeFilter: ['data-theme'] });
  });
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'sepia');
  expect(
    await page.evaluate(() => (window as unknown as { themesShown: string[] }).themesShown),
  ).toEqual(['sepia']);
  const size = await page
    .locator('html')
    .evaluate((el) => getComputedStyle(el).getPropertyValue('--pc-reading-size'));
  expect(size.trim()).toBe('20px');
});

test('the theme follows the system until one is chosen', async ({ app, library }) => {
  const { page } = app;
  await page.emulateMedia({ colorScheme: 'dark' });
  await threeClips(library.service);
  await app.open();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('keyboard: j/k move through the list, Enter opens, n/p step through clips, ? lists the shortcuts', async ({
  app,
  library,
}) => {
  const { page } = app;
  await threeClips(library.service);
  await app.open();
  const heading = page.locator('clip-reader').getByRole('heading', { level: 1 });
  // The keys act on the rows the list holds: wait for them, not for the page alone.
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);
  // Newest first: Third, Second, First.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('First story');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Second story');
  await page.keyboard.press('p');
  await expect(heading).toHaveText('Third story');
  await page.keyboard.press('n');
  await expect(heading).toHaveText('Second story');
  await page.keyboard.press('n');
  await expect(heading).toHaveText('First story');
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  // Every key the list answers to is there, not only j and k.
  for (const key of ['Home', 'End', 'PageDown', 'Space', 'Delete'])
    await expect(sheet.getByText(key, { exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});

test('the original paste, a removed part put back, an edit, and cleaning again', async ({
  app,
  library,
}) => {
  const { page } = app;
  const paste =
    'Bridge closes for repairs\nThe bridge will close on Monday for six weeks.\nSubscribe to our newsletter\nDrivers should use the ring road.';
  const [clip] = await library.service.clipPaste({ paste: { text: paste } });
  await library.store.updateBody(clip.id, {
    blocks: [
      { type: 'paragraph', text: 'The bridge will close on Monday for six weeks.' },
      { type: 'paragraph', text: 'Drivers should use the ring road.' },
    ],
    removed: [{ text: 'Subscribe to our newsletter', reason: 'newsletter promotion', before: 1 }],
  });
  await app.open();
  await page.getByRole('option', { name: /Bridge closes/ }).click();
  const reader = page.locator('clip-reader');

  await reader.getByRole('button', { name: 'More actions' }).click();
  await reader.getByRole('menuitem', { name: 'Show the original paste' }).click();
  const original = page.getByRole('dialog', { name: 'Original paste' });
  await expect(original.getByLabel('Pasted text')).toHaveText(paste);
  await original.getByRole('button', { name: 'Close' }).click();

  await reader.getByText('Removed from the paste (1)').click();
  await reader.getByRole('button', { name: 'Put back' }).click();
  await expect(reader.locator('article-body p')).toHaveText([
    'The bridge will close on Monday for six weeks.',
    'Subscribe to our newsletter',
    'Drivers should use the ring road.',
  ]);

  await reader.getByRole('button', { name: 'More actions' }).click();
  await reader.getByRole('menuitem', { name: 'Edit the clip' }).click();
  // The editor takes focus; Esc cancels it alone (the reader stays) and hands focus back to ⋯.
  const more = reader.getByRole('button', { name: 'More actions' });
  await expect(reader.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(reader.getByRole('textbox', { name: 'Title' })).toBeHidden();
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  await reader.getByRole('menuitem', { name: 'Edit the clip' }).click();
  await reader.getByRole('textbox', { name: 'Title' }).fill('Bridge shut for six weeks');
  const text = reader.getByRole('textbox', { name: 'Text' });
  await text.fill(
    (await text.inputValue()).replace('Subscribe to our newsletter\n\n', '') +
      '\n\n## What next?\n\nA ferry will run.',
  );
  await reader.getByRole('button', { name: 'Save' }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Bridge shut for six weeks');
  await expect(reader.getByRole('heading', { level: 2 })).toHaveText('What next?');
  expect(library.store.record(clip.id)).toMatchObject({
    title: 'Bridge shut for six weeks',
    revision: 3,
  });

  await reader.getByRole('button', { name: 'More actions' }).click();
  await reader.getByRole('menuitem', { name: 'Clean the paste again' }).click();
  // The edit's subheading goes once the clip is cleaned again: only then is the body the re-cleaned one.
  await expect(reader.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect(reader.locator('article-body p')).toHaveText([
    'The bridge will close on Monday for six weeks.',
    'Drivers should use the ring road.',
  ]);
  expect((await library.store.original(clip.id)).text).toBe(paste);
});
