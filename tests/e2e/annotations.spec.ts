import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const STORY = [
  'Harbour plan delayed again',
  'The council met on Tuesday to discuss the harbour plan.',
  'Residents said the harbour plan would block the view of the bay, and the council agreed to look again.',
  'A second vote is due in March, when the council will hear from the port authority.',
].join('\n');

/** Drags the mouse across a phrase of the open article, as a person selects text. */
async function selectPhrase(page: Page, phrase: string): Promise<void> {
  // The bundled fonts swap in when loaded and move the text: measure after they have.
  await page.evaluate(() => document.fonts.ready);
  const box = await page.locator('article-body').evaluate((host, wanted) => {
    const walker = document.createTreeWalker(host.shadowRoot!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getBoundingClientRect();
      range.setStart(node, at + wanted.length - 1);
      range.setEnd(node, at + wanted.length);
      const last = range.getBoundingClientRect();
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
      };
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

test('highlight selected text, add a note, and find both in the right place after a reload', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [clip] = await library.service.clipPaste({ paste: { text: STORY } });
  await app.open();
  await page.getByRole('option', { name: /Harbour plan delayed again/ }).click();
  // Suggested tags arrive after the clip opens and push its text down: select once they are in.
  const suggested = await library.service.suggestTags(clip.id);
  expect(suggested.length).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: /^Add suggested tag / })).toHaveCount(
    suggested.length,
  );

  await selectPhrase(page, 'block the view of the bay');
  await page
    .getByRole('toolbar', { name: 'Highlight' })
    .getByRole('button', { name: 'Note' })
    .click();
  const editor = page.getByRole('dialog', { name: 'Edit highlight' });
  await editor.getByRole('textbox', { name: 'Note' }).fill('The main objection.');
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();

  await selectPhrase(page, 'second vote');
  await page.keyboard.press('h');
  const marks = page.locator('article-body mark');
  await expect(marks).toHaveCount(2);

  await app.open();
  await page.getByRole('option', { name: /Harbour plan delayed again/ }).click();
  await expect(marks).toHaveText(['block the view of the bay', 'second vote']);
  const record = library.store.record(clip.id);
  expect(record.annotations.map((a) => [a.quote.exact, a.note])).toEqual([
    ['block the view of the bay', 'The main objection.'],
    ['second vote', ''],
  ]);

  await page.getByRole('button', { name: 'Notes (2)' }).click();
  const panel = page.getByRole('complementary', { name: 'Notes and highlights' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText('The main objection.');

  await marks.first().click();
  await expect(
    page.getByRole('dialog', { name: 'Edit highlight' }).getByRole('textbox', { name: 'Note' }),
  ).toHaveValue('The main objection.');
});

test('the Annotations view lists highlights newest first and opens one in its clip', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [clip] = await library.service.clipPaste({ paste: { text: STORY } });
  const text = (await library.service.getClip(clip.id)).body.blocks.map((b) => b.text).join('\n\n');
  for (const quote of ['harbour plan would block', 'port authority']) {
    const start = text.indexOf(quote);
    await library.service.addAnnotation(clip.id, {
      start,
      end: start + quote.length,
      color: 'blue',
      note: `on ${quote}`,
    });
  }
  await app.open();
  await page.getByRole('button', { name: 'Annotations' }).click();
  const list = page.getByRole('list', { name: 'Annotations, newest first' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').first()).toContainText('port authority');
  await page.getByRole('searchbox', { name: 'Search annotations' }).fill('would block');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await list.getByRole('listitem').first().click();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Harbour plan delayed again',
  );
  await expect(page.locator('article-body mark.flash')).toHaveText('harbour plan would block');
});

test('tags: add with completion, bulk-tag, filter by two tags, rename and merge, delete with undo', async ({
  app,
  library,
}) => {
  const { page } = app;
  for (const title of ['Ferry strike ends', 'Bridge reopens', 'Port expands']) {
    await library.service.clipPaste({
      paste: { text: `${title}\nA paragraph about ${title.toLowerCase()} for the test.` },
    });
  }
  await app.open();
  const list = page.getByRole('listbox', { name: 'Clips' });

  await list.getByRole('option', { name: /Port expands/ }).click();
  const tagInput = page.getByRole('combobox', { name: 'Add a tag to this clip' });
  await tagInput.fill('transport');
  await tagInput.press('Enter');
  await expect(page.locator('clip-reader tag-editor').getByText('transport')).toBeVisible();

  await list.getByRole('option', { name: /Bridge reopens/ }).click();
  await list.getByRole('option', { name: /Ferry strike ends/ }).click({ modifiers: ['Shift'] });
  const bulk = page.getByRole('region', { name: 'Selected clips' });
  await expect(bulk).toContainText('2 clips selected');
  // Shift-click picks a run of clips, not the text between the two clicks.
  expect(
    await page
      .locator('clip-list')
      .evaluate((host) =>
        (host.shadowRoot as unknown as { getSelection(): Selection }).getSelection().toString(),
      ),
  ).toBe('');
  // The four citation styles stand together on one row.
  const styles = bulk.getByRole('button', { name: /^Copy citations/ });
  await expect(styles).toHaveCount(4);
  const row = (await styles.first().boundingBox())!.y;
  for (const style of await styles.all()) expect((await style.boundingBox())!.y).toBe(row);
  const bulkInput = bulk.getByRole('combobox', { name: 'Add a tag to the selected clips' });
  await bulkInput.fill('tra');
  await expect(bulk.getByRole('option', { name: 'transport' })).toBeVisible();
  await bulkInput.press('Enter');
  await bulkInput.fill('local');
  await bulkInput.press('Enter');

  const sidebar = page.locator('tag-sidebar');
  await expect(sidebar.getByRole('button', { name: /transport\s*3/ })).toBeVisible();
  await sidebar.getByRole('button', { name: /^local/ }).click();
  await sidebar.getByRole('button', { name: /^transport/ }).click();
  await expect(list.getByRole('option')).toHaveCount(2);

  await sidebar.getByRole('button', { name: 'Actions for the tag local' }).click();
  // The colours stand in one row, none left alone on a second.
  const swatches = sidebar.getByRole('menuitemradio');
  const first = (await swatches.first().boundingBox())!;
  expect((await swatches.last().boundingBox())!.y).toBe(first.y);
  await sidebar.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = sidebar.getByRole('textbox', { name: 'New name for the tag local' });
  await rename.fill('Transport');
  await rename.press('Enter');
  await expect(sidebar.getByRole('button', { name: /^transport\s*3/ })).toBeVisible();
  await expect(sidebar.getByRole('button', { name: /^local/ })).toHaveCount(0);
  expect(library.store.records().map((r) => r.tags)).toEqual([
    ['transport'],
    ['transport'],
    ['transport'],
  ]);

  await sidebar.getByRole('button', { name: 'Actions for the tag transport' }).click();
  await sidebar.getByRole('menuitem', { name: 'Delete tag' }).click();
  await expect(sidebar.getByText('No tags yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(sidebar.getByRole('button', { name: /^transport\s*3/ })).toBeVisible();
});
