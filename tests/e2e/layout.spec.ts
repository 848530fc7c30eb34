import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const SEED = path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt');
const WIDTHS = [1024, 1280, 1920] as const;
const THEMES = ['light', 'sepia', 'dark'] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', `${name}.png`),
  });
}

/** The top of each visible element, rounded: elements on one line share it. */
async function tops(locator: Locator): Promise<number[]> {
  return locator.evaluateAll((els) =>
    els
      .filter((el) => (el as HTMLElement).checkVisibility())
      .map((el) => Math.round(el.getBoundingClientRect().top)),
  );
}

test('16.7 layout: the reader, the editor, the list, the search box and the Annotations view at 1024, 1280 and 1920 px, in every theme', async ({
  app,
  library,
}) => {
  test.setTimeout(240_000);
  const { page } = app;
  const saved = await library.service.clipPaste({ paste: { text: await readFile(SEED, 'utf8') } });
  const longest = saved.reduce((a, b) => (b.title.length > a.title.length ? b : a));
  const text = (await library.service.getClip(longest.id)).body.blocks
    .map((b) => b.text)
    .join('\n\n');
  const quote = text.slice(0, 40);
  await library.service.addAnnotation(longest.id, {
    start: 0,
    end: quote.length,
    color: 'yellow',
    note: 'A note',
  });
  await library.service.tagClips([longest.id], { add: ['world'] });

  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 800 });
    for (const theme of THEMES) {
      await library.store.updateSettings({ theme });
      await app.open();
      const list = page.getByRole('listbox', { name: 'Clips' });
      const row = list.getByRole('option', { name: longest.title });
      await expect(row).toBeVisible();
      const before = await row.boundingBox();
      await row.click();
      const reader = page.locator('clip-reader');
      await expect(reader.getByRole('heading', { level: 1 })).toHaveText(longest.title);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      // Everything fits the window: nothing runs off its right edge.
      await expect(page.getByRole('button', { name: 'New clip' })).toBeInViewport({ ratio: 1 });
      expect(
        await page.evaluate(() => document.querySelector('presscut-app')!.scrollWidth),
        `${width} ${theme}: app width`,
      ).toBeLessThanOrEqual(width);
      // The list does not shift once a row is chosen.
      expect((await row.boundingBox())?.x, `${width} ${theme}: list x`).toBe(before?.x);

      await reader.getByRole('button', { name: /^Notes/ }).click();
      await expect(page.getByRole('complementary', { name: 'Notes and highlights' })).toBeVisible();
      await shoot(page, `reader-notes-${width}-${theme}`);
      // Every button of the toolbar on one line, the title on three at most.
      const buttons = await tops(reader.getByRole('toolbar', { name: 'Clip' }).getByRole('button'));
      expect(new Set(buttons).size, `${width} ${theme}: toolbar lines`).toBe(1);
      const title = reader.getByRole('heading', { level: 1 });
      const lines = await title.evaluate(
        (h) => h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight),
      );
      expect(Math.round(lines), `${width} ${theme}: title lines`).toBeLessThanOrEqual(3);

      if (theme === 'light') {
        // The editor's Save is on screen without scrolling.
        await reader.getByRole('button', { name: 'More actions' }).click();
        await reader.getByRole('menuitem', { name: 'Edit the clip' }).click();
        const save = reader.getByRole('button', { name: 'Save', exact: true });
        await expect(save).toBeInViewport({ ratio: 1 });
        await shoot(page, `editor-${width}`);
        await reader.getByRole('button', { name: 'Cancel' }).click();

        // The search box's ✕ sits at its end, with the count before it.
        const box = page.getByRole('searchbox', { name: 'Search clips' });
        await box.fill('Reuters');
        await expect(page.getByRole('status').filter({ hasText: 'found' })).toBeVisible();
        const field = await box.boundingBox();
        const clear = await page.getByRole('button', { name: 'Clear the search' }).boundingBox();
        expect(field!.x + field!.width - (clear!.x + clear!.width)).toBeLessThan(12);
        // What is typed keeps room to be read: the end reserves only what sits there.
        const room = await box.evaluate((input) => {
          const style = getComputedStyle(input);
          return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        });
        expect(room, `${width}: room for the words typed`).toBeGreaterThanOrEqual(100);
        await shoot(page, `search-${width}`);
        await page.getByRole('button', { name: 'Clear the search' }).click();

        // The Annotations view has no library sidebar and no clip search.
        await page.getByRole('button', { name: 'Annotations' }).click();
        await expect(page.getByRole('list', { name: 'Annotations, newest first' })).toBeVisible();
        await expect(page.locator('shelf-nav')).toHaveCount(0);
        await expect(page.getByRole('searchbox', { name: 'Search clips' })).toHaveCount(0);
        await shoot(page, `annotations-${width}`);
      }
    }
  }
});
