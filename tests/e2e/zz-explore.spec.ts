import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';

const PAGES = '/work/shared/paste-bench/snippets-dev/pages/';
const IDS = ['ee23d18ccc56', '02063f86b6ef', 'b0c887afe524', '4d41fa59d651'];
for (const [n, id] of IDS.entries()) {
  const [w, scheme] = n % 2 ? ([1920, 'dark'] as const) : ([1024, 'light'] as const);
  test(`explore text ${id}`, async ({ app }) => {
    const { page } = app;
    await page.setViewportSize({ width: w, height: w === 1024 ? 700 : 1080 });
    await page.emulateMedia({ colorScheme: scheme });
    await app.open();
    const text = await readFile(PAGES + id + '.txt', 'utf8');
    await page.evaluate((t) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    }, text);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.screenshot({ path: `/tmp/explore/text-${id}.png` });
  });
}
