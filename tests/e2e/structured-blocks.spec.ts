import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';

const PAGE = readFileSync(new URL('../fixtures/how-to-page.html', import.meta.url), 'utf8');

test('a table, a code listing and line breaks are drawn as such, and a highlight inside a cell lands on its words', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [clip] = await library.service.clipPaste({
    paste: { text: 'Tuning the cache', html: PAGE },
  });
  await app.open();
  await page.getByRole('option', { name: /Tuning the cache/ }).click();
  const body = page.locator('article-body');
  await expect(body.getByRole('columnheader')).toHaveText(['Setting', 'Default']);
  await expect(body.getByRole('cell')).toHaveText(['max_size', '512 MB', 'ttl | expiry', '1 hour']);
  await expect(body.locator('pre code')).toContainText('cache.warm()');
  // The page's line breaks inside a paragraph (an address) are shown as lines, as the page showed them.
  const address = body.locator('p', { hasText: 'Ask the ops team' });
  expect(await address.evaluate((p) => (p as HTMLElement).innerText)).toBe(
    'Ask the ops team:\nRoom 4, second floor\nops@example.org',
  );

  // Select "512 MB" in its cell as a person would, then highlight it.
  await page.evaluate(() => document.fonts.ready);
  await body.evaluate((host) => {
    const cell = [...host.shadowRoot!.querySelectorAll('td')].find(
      (td) => td.textContent!.trim() === '512 MB',
    )!;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    const node = walker.nextNode()!;
    document.getSelection()!.setBaseAndExtent(node, 0, node, node.textContent!.length);
    host.shadowRoot!.firstElementChild!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  });
  await page.keyboard.press('h');
  await expect(body.locator('td mark')).toHaveText('512 MB');
  await expect
    .poll(() => library.store.record(clip.id).annotations.map((a) => a.quote.exact))
    .toEqual(['512 MB']);
});
