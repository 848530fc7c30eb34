import { expect, test } from './fixtures.ts';

const LONG = Array.from(
  { length: 60 },
  (_, i) =>
    `Paragraph ${i + 1} of the long report on the northern railway, with enough words to fill a line or two of the reader.`,
).join('\n');

test('search: words, phrases and filters find clips, and the words are marked in the list and the reader', async ({
  app,
  library,
}) => {
  const { page } = app;
  const s = library.service;
  const [kyiv] = await s.clipPaste({
    paste: { text: 'Protests in Kyïv\nThousands gathered in the Ukrainian capital on Tuesday.' },
  });
  const [ferry] = await s.clipPaste({
    paste: { text: 'Ferry strike ends\nThe harbour ferries run again after a week.' },
  });
  await s.tagClips([ferry.id], { add: ['transport'] });
  await app.open();
  const list = page.getByRole('listbox', { name: 'Clips' });
  const box = page.getByRole('searchbox', { name: 'Search clips' });

  await page.keyboard.press('/');
  await expect(box).toBeFocused();
  await box.fill('kyiv');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'clip found' })).toHaveText(
    '1 clip found',
  );
  await expect(list.locator('mark.match')).toHaveText('Kyïv');
  await list.getByRole('option').first().click();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Protests in Kyïv',
  );

  await box.fill('tag:transport');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText('Ferry strike ends');
  await box.fill('"ferries run" -kyiv');
  await expect(list.getByRole('option')).toHaveCount(1);
  // Nothing found is said at the top of the list, under the box, not at the foot of the window.
  await box.fill('zeppelin');
  const none = page.getByText('No clip matches this search.');
  await expect(none).toBeVisible();
  const pane = (await page.getByRole('navigation', { name: 'Library' }).boundingBox())!;
  expect((await none.boundingBox())!.y - pane.y).toBeLessThan(80);
  await box.fill('is:nonsense');
  await expect(page.getByRole('alert')).toContainText('is:');
  await box.press('Escape');
  await expect(list.getByRole('option')).toHaveCount(2);
  expect(kyiv.id).not.toBe(ferry.id);
});

test('reading: progress is kept and restored after a reload, the end marks it read, archive and favourite', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [clip] = await library.service.clipPaste({
    paste: { text: `The northern railway report\n${LONG}` },
  });
  await app.open();
  await page.getByRole('option', { name: /northern railway report/ }).click();
  const reader = page.locator('clip-reader');
  await expect(reader.locator('article-body p').first()).toBeVisible();

  await reader.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.5));
  await expect.poll(() => library.store.record(clip.id).reading.progress).toBeGreaterThan(0.45);
  expect(library.store.record(clip.id).reading.read).toBe(false);

  await app.open();
  await page.getByRole('option', { name: /northern railway report/ }).click();
  await expect
    .poll(() => reader.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)))
    .toBeGreaterThan(0.45);

  await reader.evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect.poll(() => library.store.record(clip.id).reading.read).toBe(true);
  await expect(reader.getByRole('button', { name: 'Mark unread' })).toBeVisible();

  await reader.getByRole('button', { name: 'Favourite' }).click();
  await expect(reader.getByRole('button', { name: 'Favourite' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await reader.getByRole('button', { name: 'Archive' }).click();
  await expect
    .poll(() => library.store.record(clip.id).reading)
    .toMatchObject({ archived: true, favorite: true });
  const shelves = page.getByRole('list', { name: 'Shelves' });
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(0);
  await shelves.getByRole('button', { name: /Archive/ }).click();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
  await shelves.getByRole('button', { name: /Favourites/ }).click();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);
});
