import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from './fixtures.ts';

const HOSTILE = path.resolve(import.meta.dirname, '../fixtures/hostile-paste.html');
// Two more tries to run code, each of which would leave a mark on the page if it ran.
const CANARIES =
  '<img src="x" onerror="window.__canary = \'onerror\'"><script>window.__canary = \'script\'</script>';

/** Every element of the page, through every shadow root. */
function everyElement(): { tag: string; attributes: [string, string][] }[] {
  const found: { tag: string; attributes: [string, string][] }[] = [];
  const walk = (root: Document | ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      found.push({
        tag: el.localName,
        attributes: [...el.attributes].map((a) => [a.name, a.value]),
      });
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return found;
}

/** Whether every image of the page, through every shadow root, has loaded or failed. */
function everyImageSettled(): boolean {
  const images: HTMLImageElement[] = [];
  const walk = (root: Document | ShadowRoot) => {
    images.push(...root.querySelectorAll('img'));
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
  };
  walk(document);
  return images.every((img) => img.complete);
}

test('a hostile paste is clipped and read, and nothing in it runs or loads', async ({
  app,
  library,
}) => {
  const { page } = app;
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const html = (await readFile(HOSTILE, 'utf8')).replace('</article>', `${CANARIES}</article>`);
  const text =
    'Harbour reopens after the storm\nThe harbour at Westport reopened on Friday morning, three days after the storm.';
  await app.open();
  // A paste event carrying the markup as it is: the system clipboard would hand the page a copy Chromium
  // has already sanitised, and this test is about what Presscut itself does with the worst.
  await page.evaluate(
    ([t, h]) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      data.setData('text/html', h);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    [text, html],
  );

  const preview = page.getByRole('dialog', { name: /found/ });
  await expect(preview).toContainText('The harbour at Westport reopened on Friday morning');
  await preview.getByRole('button', { name: /^Save/ }).click();
  const reader = page.locator('clip-reader');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(
    'Harbour reopens after the storm',
  );
  await expect(reader.locator('article-body')).toContainText(
    'traders will sell from tents on the quay',
  );
  // What could still run would run from an image's load or error event: wait until every image
  // of the page has loaded or failed, then for the frame after, when their handlers have run.
  await page.waitForFunction(everyImageSettled);
  await page.evaluate(() => new Promise(requestAnimationFrame));

  expect(dialogs).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __canary?: string }).__canary),
  ).toBeUndefined();
  expect(app.offMachineRequests).toEqual([]);

  const elements = await page.evaluate(everyElement);
  const forbidden = new Set([
    'script',
    'iframe',
    'object',
    'embed',
    'form',
    'svg',
    'math',
    'base',
    'meta',
    'link',
    'style',
    'template',
    'noscript',
  ]);
  const allowedHead = new Set(['meta', 'link', 'script']);
  const inBody = elements.filter(
    (e) =>
      !(
        allowedHead.has(e.tag) &&
        e.attributes.some(
          ([n]) =>
            n === 'charset' || n === 'http-equiv' || n === 'name' || n === 'rel' || n === 'type',
        )
      ),
  );
  expect(inBody.filter((e) => forbidden.has(e.tag)).map((e) => e.tag)).toEqual([]);
  expect(elements.flatMap((e) => e.attributes.filter(([name]) => name.startsWith('on')))).toEqual(
    [],
  );
  const hrefs = elements.flatMap((e) =>
    e.attributes.filter(([name]) => name === 'href' || name === 'src').map(([, v]) => v),
  );
  // The page's own favicon is the empty data: URL.
  expect(
    hrefs.filter(
      (v) =>
        v !== 'data:,' &&
        !/^(https?:|mailto:|data:image\/(png|jpeg|gif|webp)|\.\/assets\/)/.test(v),
    ),
  ).toEqual([]);
  expect((await library.store.original(library.store.records()[0].id)).html).toContain(
    "alert('head script')",
  );
});
