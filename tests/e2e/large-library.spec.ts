import type { Page } from '@playwright/test';
import { generateLibrary, type GeneratedLibrary } from '../../bench/library/generate-library.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import type { BridgeCall } from './bridge.ts';
import { expect, test } from './fixtures.ts';

const CLIPS = 10_000;
const NODE_BOUND = 1500;
/** In the middle of the list the virtualizer keeps a screen of rows above it too, not only below; a whole list of 10,000 rows would be some 800,000. */
const MIDDLE_NODE_BOUND = 2000;
/**
 * What the window may receive to open, or to follow a change, at most: its
 * first windows of the list, the counts and the settings. The whole list of
 * 10,000 clips is over 6 MB: the window never receives it.
 */
const OPEN_BYTES = 400_000;
let generated: GeneratedLibrary;

test.use({
  prepareLibrary: { prepare: async (dir) => void (generated = await generateLibrary(dir, CLIPS)) },
});
test.setTimeout(300_000);

/** What the page received from main through the calls made since `from`. */
function bytesSince(calls: BridgeCall[], from: number): number {
  return calls.slice(from).reduce((sum, call) => sum + call.bytes, 0);
}

/** Nodes in the page, shadow roots included. */
function countNodes(page: Page): Promise<number> {
  return page.evaluate(() => {
    let nodes = 0;
    const visit = (root: Node) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
        nodes++;
        if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
      }
    };
    visit(document);
    return nodes;
  });
}

test(`a library of ${CLIPS.toLocaleString()} clips: list, keyboard, search with every filter, progress, theme`, async ({
  app,
  library,
}) => {
  const { page, calls } = app;
  const list = page.getByRole('listbox', { name: 'Clips' });
  await app.open();
  // The library was made without its search index: the list's first window waits for the index to
  // take in its 10,000 records (not their texts), seconds on a loaded machine. With an index on
  // disk, as a library has after its first start, it answers at once.
  await expect(list.getByRole('option').first()).toBeVisible({ timeout: 60_000 });
  const newest = library.store.records().filter((r) => !r.reading.archived);
  await expect(page.locator('shelf-nav')).toContainText(newest.length.toLocaleString());
  expect(bytesSince(calls, 0)).toBeLessThan(OPEN_BYTES);
  expect(await countNodes(page)).toBeLessThan(NODE_BOUND);

  // Keyboard: the third clip of the list, newest first.
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  const heading = page.locator('clip-reader').getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(newest[2].title);

  // The index is built in the background on first open, and the list's windows wait their turn
  // behind it on a loaded machine; until it holds every clip, a typo's nearby words, and so the
  // counts, can change between two searches. What follows waits for it.
  await expect
    .poll(async () => (await library.service.searchClips('news')).indexing, { timeout: 240_000 })
    .toBeNull();

  // Scrolled fast to the middle and on, the rows on screen come, in the list's order, and the page stays light.
  const scroller = page.locator('clip-list lit-virtualizer');
  for (const part of [0.1, 0.3, 0.5, 0.55, 0.6])
    await scroller.evaluate((el, at) => (el.scrollTop = el.scrollHeight * at), part);
  const onScreen = scroller.locator('[role="option"]').filter({ visible: true });
  await expect(onScreen.first()).toHaveAttribute('data-id');
  await expect(scroller.locator('[aria-busy="true"]').filter({ visible: true })).toHaveCount(0);
  const rows = await onScreen.evaluateAll((els) =>
    els.map((el) => [Number(el.getAttribute('aria-posinset')) - 1, el.getAttribute('data-id')]),
  );
  expect(rows.length).toBeGreaterThan(3);
  for (const [at, id] of rows) expect(id, `row ${at}`).toBe(newest[at as number].id);
  expect(await countNodes(page)).toBeLessThan(MIDDLE_NODE_BOUND);

  // The keyboard reaches the end of the list, and n/p step across windows the window never held.
  await list.focus();
  await page.keyboard.press('End');
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(newest.at(-2)!.title);
  await page.keyboard.press('n');
  await expect(heading).toHaveText(newest.at(-1)!.title);
  // Another list starts at its top, wherever the last one was.
  const shelves = page.getByRole('list', { name: 'Shelves' });
  await shelves.getByRole('button', { name: /^Unread/ }).click();
  await expect(list.locator('[aria-posinset="1"]')).toBeInViewport();
  await shelves.getByRole('button', { name: /^Clips/ }).click();
  await expect(list.locator('[aria-posinset="1"]')).toBeInViewport();
  await list.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(newest[0].title);

  // A change main tells of is followed with the window on screen and the counts, never the
  // whole list (the clip just opened may still be asking for its suggestions, or be marked read).
  const beforeChange = calls.length;
  const asked = () => new Set(calls.slice(beforeChange).map((c) => c.name));
  library.relay.notify('libraryChanged', { reason: 'test' });
  await expect.poll(() => asked().has('countClips') && asked().has('listWindow')).toBe(true);
  expect(asked().has('listClipIds')).toBe(false);
  expect(bytesSince(calls, beforeChange)).toBeLessThan(OPEN_BYTES);

  // Every clip of the shelf selected, and tagged at once. Each change writes every clip's record
  // and the index follows it: seconds on a loaded machine.
  const written = { timeout: 60_000 };
  const carrying = () => library.store.records().filter((r) => r.tags.includes('everything'));
  await list.focus();
  await page.keyboard.press('Control+a');
  const bulk = page.getByRole('region', { name: 'Selected clips' });
  await expect(bulk).toContainText(`${newest.length.toLocaleString()} clips selected`);
  const add = bulk.getByRole('combobox', { name: 'Add a tag to the selected clips' });
  await add.fill('everything');
  await add.press('Enter');
  await expect.poll(() => carrying().length, written).toBe(newest.length);
  await expect(page.locator('tag-sidebar')).toContainText('everything', written);
  await expect(page.locator('tag-sidebar').getByText(newest.length.toString())).toBeVisible();
  // And taken off them all again.
  await bulk.getByRole('button', { name: 'Remove tag everything' }).click();
  await expect.poll(() => carrying().length, written).toBe(0);
  await expect(page.locator('tag-sidebar')).not.toContainText('everything', written);
  await bulk.getByRole('button', { name: 'Clear' }).click();

  // Search: what the window shows is what the query means, for each filter.
  const box = page.getByRole('searchbox', { name: 'Search clips' });
  const word = generated.words.byRank(800);
  const checks: [string, (r: ClipRecord) => boolean][] = [
    [`tag:${generated.tags[0]}`, (r) => r.tags.includes(generated.tags[0])],
    [`source:"${generated.outlets[0]}"`, (r) => r.source === generated.outlets[0]],
    ['is:unread', (r) => !r.reading.read],
    ['is:archived', (r) => r.reading.archived],
    ['is:favorite', (r) => r.reading.favorite],
    ['has:annotation', (r) => r.annotations.length > 0],
    [`in:title ${word}`, (r) => r.title.toLowerCase().includes(word)],
    ['before:2024-01-01', (r) => (r.published ?? r.createdAt) < '2024-01-02'],
    ['after:2025-06-01', (r) => (r.published ?? r.createdAt) >= '2025-05-31'],
    [`"${generated.samplePhrase}"`, () => true],
    [`${word} -tag:${generated.tags[0]}`, (r) => !r.tags.includes(generated.tags[0])],
  ];
  for (const [query, holds] of checks) {
    await box.fill(query);
    const { total } = await library.service.searchClips(query);
    expect(total, query).toBeGreaterThan(0);
    await expect(page.getByRole('status').filter({ hasText: 'found' }), query).toHaveText(
      total === 1 ? '1 clip found' : `${total.toLocaleString()} clips found`,
    );
    const ids = await list
      .getByRole('option')
      .evaluateAll((rows) => rows.slice(0, 8).map((r) => (r as HTMLElement).dataset.id!));
    expect(ids.length, query).toBeGreaterThan(0);
    for (const id of ids)
      expect(holds(library.store.record(id)), `${query}: ${library.store.record(id).title}`).toBe(
        true,
      );
  }
  await box.press('Escape');

  // Progress: read a clip half way, start again, and land where reading stopped.
  await list.getByRole('option').nth(1).click();
  const reader = page.locator('clip-reader');
  const title = await heading.textContent();
  await reader.evaluate((el) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * 0.6));
  const id = (await list.getByRole('option').nth(1).getAttribute('data-id'))!;
  await expect.poll(() => library.store.record(id).reading.progress).toBeGreaterThan(0.55);
  await app.open();
  await list.getByRole('option', { name: title! }).first().click();
  await expect
    .poll(() => reader.evaluate((el) => el.scrollTop / (el.scrollHeight - el.clientHeight)))
    .toBeGreaterThan(0.55);

  // Theme.
  await page.getByRole('button', { name: 'Appearance' }).click();
  await page
    .getByRole('dialog', { name: 'Appearance' })
    .getByRole('button', { name: 'Dark' })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // With the reader and a dialog open, one row more or less on screen (80 nodes) decides the first bound.
  expect(await countNodes(page)).toBeLessThan(MIDDLE_NODE_BOUND);
  expect(app.offMachineRequests).toEqual([]);
});
