import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ClipSummary, PresscutApi } from '../../electron/api/contract.ts';
import { expect, test } from './fixtures.ts';

const SEED = path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt');

/** Puts text on the clipboard and presses Ctrl+V (⌘V) in the window, as a person pastes. */
async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

const STORY = [
  'Harbour ferries stop for the winter',
  'By Jane Doe',
  '1 hour ago',
  'The last ferry of the season left the harbour on Tuesday morning, carrying forty passengers and a brass band that played until the boat rounded the point.',
  'The service will resume in April, when the ice on the northern channel has melted and the pier has been repaired after the autumn storms.',
  'Islanders said the winter months would be quiet, as they are every year, and that the mail boat would keep running twice a week.',
].join('\n');

const OTHER_STORY = [
  'Orchard growers count a record apple harvest',
  'Growers in the valley picked more apples this autumn than in any year since records began, helped by a warm spring and a dry September.',
  'Cooperatives said cold stores were full by the middle of October and that some of the crop would be pressed into juice and cider instead.',
].join('\n');

test('16.8 a relative time stays as precise as the paste gave it, and a language shows by name', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await pasteWithKeyboard(page, STORY);
  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview).toContainText('about 1 hour before clipping');
  await expect(preview).toContainText('English');
  await preview.getByRole('button', { name: 'Save clip' }).click();
  await expect(page.locator('clip-reader')).toContainText('about 1 hour before clipping');
  // When the line under the title wraps, "1 min read" goes to the next line whole.
  await expect(page.locator('clip-reader').getByText(/^\d+ min read$/)).toHaveCSS(
    'white-space',
    'nowrap',
  );
});

/** Clips with these titles, oldest first (so the list shows them newest first). */
async function seed(service: PresscutApi, titles: string[]): Promise<ClipSummary[]> {
  const saved: ClipSummary[] = [];
  for (const [i, title] of titles.entries()) {
    const [clip] = await service.clipPaste({
      paste: {
        text: `${title}\nThe first paragraph of the story called ${title.toLowerCase()}, long enough to be read as a paragraph of its own.\nA second paragraph says a little more about ${title.toLowerCase()} and ends the story.`,
      },
      clippedAt: `2025-07-0${i + 1}T10:00:00.000Z`,
    });
    saved.push(clip);
  }
  return saved;
}

test('16.1 the tag menu closes on Esc, a click elsewhere and another clip, inside the window; the note popover stays closed', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [older, newer] = await seed(library.service, ['Bridge reopens', 'Ferry strike ends']);
  await library.service.tagClips([older.id, newer.id], { add: ['transport'] });
  const text = (await library.service.getClip(newer.id)).body.blocks
    .map((b) => b.text)
    .join('\n\n');
  await library.service.addAnnotation(newer.id, {
    start: 0,
    end: 9,
    color: 'yellow',
    note: 'A note',
  });
  await app.open();
  const list = page.getByRole('listbox', { name: 'Clips' });
  await list.getByRole('option', { name: /Ferry strike ends/ }).click();
  const actions = page.getByRole('button', { name: 'Actions for the tag transport' });
  const menu = page.getByRole('menu', { name: 'Tag transport' });

  await actions.click();
  await expect(menu).toBeVisible();
  // Wholly inside the window: "Rename…" and the first colour are not cut off at its edge.
  await expect(menu).toBeInViewport({ ratio: 1 });
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(actions).toBeFocused();

  await actions.click();
  await expect(menu).toBeVisible();
  // A key typed in the open menu is the menu's: n does not open another clip behind it.
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(menu.getByRole('menuitem', { name: 'Rename…' })).toBeFocused();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Ferry strike ends',
  );
  await page.locator('clip-reader').getByRole('heading', { level: 1 }).click();
  await expect(menu).toBeHidden();

  await actions.click();
  await expect(menu).toBeVisible();
  // The row's far end: the menu, open beside the sidebar, covers its start.
  const other = list.getByRole('option', { name: /Bridge reopens/ });
  const { width } = (await other.boundingBox())!;
  await other.click({ position: { x: width - 8, y: 8 } });
  await expect(menu).toBeHidden();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    'Bridge reopens',
  );

  // The note popover, once done with, does not come back by itself.
  await list.getByRole('option', { name: /Ferry strike ends/ }).click();
  await page.locator('article-body mark').first().click();
  const editor = page.getByRole('dialog', { name: 'Edit highlight' });
  await expect(editor.getByRole('textbox', { name: 'Note' })).toHaveValue('A note');
  // It follows its highlight when the text reflows (a narrower window here).
  const mark = page.locator('article-body mark').first();
  const gap = async () => {
    const [m, e] = [(await mark.boundingBox())!, (await editor.boundingBox())!];
    return Math.min(Math.abs(e.y - (m.y + m.height)), Math.abs(e.y + e.height - m.y));
  };
  const was = (await mark.boundingBox())!;
  await page.setViewportSize({ width: 1024, height: 800 });
  await expect.poll(async () => (await mark.boundingBox())!.x).not.toBe(was.x);
  await expect.poll(gap).toBeLessThan(16);
  await editor.getByRole('button', { name: 'Done' }).click();
  await expect(editor).toBeHidden();
  await page.getByRole('button', { name: 'Annotations' }).click();
  await expect(page.getByRole('list', { name: 'Annotations, newest first' })).toBeVisible();
  await page.getByRole('button', { name: 'Library' }).click();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('article-body mark')).toHaveText(text.slice(0, 9));
  await expect(editor).toBeHidden();
});

test('16.2 the list is driven by keyboard: a visible cursor, Delete moves to the next clip, views switch cleanly', async ({
  app,
  library,
}) => {
  const { page } = app;
  await seed(library.service, ['First story', 'Second story', 'Third story', 'Fourth story']);
  await app.open();
  const list = page.getByRole('listbox', { name: 'Clips' });
  const heading = page.locator('clip-reader').getByRole('heading', { level: 1 });
  const cursor = list.locator('.cursor');
  await expect(list.getByRole('option')).toHaveCount(4);

  // From nowhere in particular, j puts focus on the list with its cursor drawn on the second row.
  await page.keyboard.press('Escape');
  await page.keyboard.press('j');
  await expect(list).toBeFocused();
  await expect(cursor).toHaveText(/Third story/);
  await expect(list).toHaveAttribute('aria-activedescendant', (await cursor.getAttribute('id'))!);
  expect(await cursor.evaluate((row) => getComputedStyle(row).boxShadow)).not.toBe('none');
  await page.keyboard.press('End');
  await expect(cursor).toHaveText(/First story/);
  await page.keyboard.press('Home');
  await expect(cursor).toHaveText(/Fourth story/);
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText('Third story');

  // Esc in the reader, then k: back on the list, one row up.
  await page.keyboard.press('Escape');
  await page.keyboard.press('k');
  await expect(list).toBeFocused();
  await expect(cursor).toHaveText(/Fourth story/);
  await page.keyboard.press('j');

  // Delete the open clip: the next one opens, the cursor and focus stay on the list.
  await page.keyboard.press('Delete');
  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(heading).toHaveText('Second story');
  await expect(list).toBeFocused();
  await expect(cursor).toHaveText(/Second story/);
  expect(library.store.records().map((r) => r.title)).not.toContain('Third story');
  // Delete again, from the keyboard alone: the next one again.
  await page.keyboard.press('Delete');
  await expect(heading).toHaveText('First story');
  await expect(cursor).toHaveText(/First story/);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(list.getByRole('option')).toHaveCount(3);

  // Switching views and back leaves the list working (and throws nothing: the fixture checks).
  await page.getByRole('button', { name: 'Annotations' }).click();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.keyboard.press('j');
  await expect(list).toBeFocused();
  await expect(cursor).toBeVisible();

  // Shift with a move selects the run from where the cursor stood.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+j');
  await page.keyboard.press('Shift+j');
  await expect(page.getByRole('region', { name: 'Selected clips' })).toContainText(
    '3 clips selected',
  );
});

test('16.3 the preview after Ctrl+V: Save has focus, Enter saves, Esc cancels, Space unticks nothing', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await pasteWithKeyboard(page, STORY);
  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview.getByRole('button', { name: 'Save clip' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(library.store.records()).toHaveLength(0);

  await pasteWithKeyboard(page, STORY);
  await expect(preview.getByRole('button', { name: 'Save clip' })).toBeFocused();
  await expect(preview.getByRole('checkbox')).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(preview).toBeHidden();
  const rows = page.getByRole('listbox', { name: 'Clips' }).getByRole('option');
  await expect(rows).toHaveCount(1);
  expect(library.store.records()).toHaveLength(1);

  // Space presses Save too; it never lands on the Keep box and unticks the only article.
  await pasteWithKeyboard(page, OTHER_STORY);
  await expect(preview.getByRole('button', { name: 'Save clip' })).toBeFocused();
  await page.keyboard.press(' ');
  await expect(preview).toBeHidden();
  await expect(rows).toHaveCount(2);
  expect(library.store.records()).toHaveLength(2);
});

test('16.4 a clip saved and opened by the save is not marked read until the person reads it', async ({
  app,
  library,
}) => {
  const { page } = app;
  await page.clock.install();
  await app.open();
  await pasteWithKeyboard(page, STORY);
  await page
    .getByRole('dialog', { name: 'One article found' })
    .getByRole('button', { name: 'Save clip' })
    .click();
  const reader = page.locator('clip-reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour ferries stop for the winter',
  );
  const [record] = library.store.records();

  // Left open in front of the person for five minutes, unread: it stays on the Unread shelf.
  await page.clock.runFor(5 * 60_000);
  expect(library.store.record(record.id).reading.read).toBe(false);
  await page
    .locator('shelf-nav')
    .getByRole('button', { name: /Unread/ })
    .click();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);

  // Once the person acts in it, its reading time counts: then it is read.
  await reader.locator('article-body').click();
  await page.clock.runFor(60_000);
  await expect.poll(() => library.store.record(record.id).reading.read).toBe(true);
});

test('16.5 the suggested tags keep their room before they arrive, and stay put when one is taken', async ({
  app,
  library,
}) => {
  const { page } = app;
  // The seed page's stories name people, places and organisations: take the one with most to suggest.
  const saved = await library.service.clipPaste({ paste: { text: await readFile(SEED, 'utf8') } });
  const offers = await Promise.all(saved.map((c) => library.service.suggestTags(c.id)));
  const most = offers.indexOf(offers.reduce((a, b) => (b.length > a.length ? b : a)));
  const clip = saved[most];
  const suggested = offers[most];
  expect(suggested.length, 'the story has suggestions').toBeGreaterThan(1);
  // Hold the suggestions back, as a loaded machine does, to see the reader before they come.
  const suggest = library.service.suggestTags.bind(library.service);
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  library.service.suggestTags = async (id) => {
    await held;
    return suggest(id);
  };
  await app.open();
  await page.getByRole('option', { name: clip.title }).click();
  const body = page.locator('clip-reader article-body');
  await expect(body).toBeVisible();
  const before = await body.boundingBox();
  release();
  const chips = page.getByRole('button', { name: /^Add suggested tag / });
  // They come together; those that would wrap past the row's one line are left out.
  await expect(chips.first()).toBeVisible();
  expect(await chips.count()).toBeGreaterThan(1);
  expect((await body.boundingBox())?.y, 'the text does not move').toBe(before?.y);

  const second = chips.nth(1);
  const name = (await second.getAttribute('aria-label'))!;
  const place = await second.boundingBox();
  await chips.first().click();
  await expect(
    page.getByRole('button', { name: `Suggested tag ${suggested[0]}, added` }),
  ).toBeVisible();
  expect(await page.getByRole('button', { name }).boundingBox(), 'the next chip stays put').toEqual(
    place,
  );
  expect((await body.boundingBox())?.y).toBe(before?.y);

  // Left out for Tab and screen readers too: every chip one can reach lies on the row one sees.
  await page.setViewportSize({ width: 1024, height: 800 });
  const row = page.getByRole('group', { name: 'Suggested tags' });
  const line = (await row.boundingBox())!;
  const offTheLine = async (chips: Locator) => {
    const off: string[] = [];
    for (const chip of await chips.all()) {
      const box = await chip.boundingBox();
      if (box && box.y > line.y + line.height / 2) off.push((await chip.textContent())!.trim());
    }
    return off;
  };
  expect(await offTheLine(row.locator('button')), 'at 1024 px some wrap').not.toEqual([]);
  await expect.poll(() => offTheLine(chips), 'chips reachable off the line').toEqual([]);
});

test('16.6 messages where the person acted: the empty New clip box, a wrong file in Import, a search that cannot run', async ({
  app,
  library,
}) => {
  const { page } = app;
  await seed(library.service, ['Harbour plan delayed']);
  await app.open();

  await page.getByRole('button', { name: 'New clip' }).first().click();
  const box = page.getByRole('dialog', { name: 'New clip' });
  await box.getByRole('button', { name: 'Clip' }).click();
  await expect(box.getByRole('alert')).toContainText('The box is empty');
  await page.keyboard.press('Escape');
  await expect(box).toBeHidden();
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel('Files to import').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": 1}'),
  });
  await expect(dialog.getByRole('alert')).toContainText(
    /settings\.json is JSON, but not an export Presscut knows/,
    { timeout: 60_000 },
  );
  await expect(page.locator('window-alert').getByRole('alert')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const search = page.getByRole('searchbox', { name: 'Search clips' });
  const list = page.getByRole('listbox', { name: 'Clips' });
  await search.fill('harbour');
  await expect(list.getByRole('option')).toHaveCount(1);
  await search.fill('harbour in:body');
  const error = page.getByRole('alert').filter({ hasText: 'in:title' });
  await expect(error).toBeVisible();
  // Under the box, over no stale results.
  await expect(list.getByRole('option')).toHaveCount(0);
  expect((await error.boundingBox())!.y).toBeGreaterThanOrEqual(
    (await search.boundingBox())!.y + (await search.boundingBox())!.height - 1,
  );
  await search.fill('harbour');
  await expect(error).toBeHidden();
  await expect(list.getByRole('option')).toHaveCount(1);
});
