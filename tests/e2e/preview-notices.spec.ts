import path from 'node:path';
import type { Page } from '@playwright/test';
import { MAX_PASTE_CHARS } from '../../common/paste-size.ts';
import { expect, test } from './fixtures.ts';

const TITLE = 'Thailand recalls its ambassador to Cambodia';
const PARAGRAPHS = [
  'Thailand has recalled its ambassador to Cambodia and will expel Cambodia’s ambassador, the ruling Pheu Thai Party said on Wednesday following a landmine incident that injured a Thai soldier along the disputed border.',
  'The Thai Foreign Ministry has lodged a formal protest with Cambodia, saying the landmines found in the area were newly deployed and had not been encountered during previous patrols, the party said on social media.',
  'The government has also ordered the closure of all border checkpoints under the jurisdiction of Thailand’s Second Army, the Pheu Thai Party said.',
];
const story = (title: string, ...paragraphs: string[]) => [title, ...paragraphs].join('\n\n');
const DAY = 24 * 3600 * 1000;

/** Pastes into the window as a browser's paste would: a paste event carrying the clipboard's flavours. */
async function paste(page: Page, text: string, html?: string): Promise<void> {
  await page.evaluate(
    ([t, h]) => {
      const data = new DataTransfer();
      data.setData('text/plain', t);
      if (h) data.setData('text/html', h);
      window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
    },
    [text, html ?? ''] as const,
  );
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', `${name}.png`),
  });
}

test('18.4 / 16.3: the preview says what is already in the library, and saves it again only when asked', async ({
  app,
  library,
}) => {
  const { page } = app;
  const [first] = await library.service.clipPaste({
    paste: { text: story(TITLE, ...PARAGRAPHS) },
    clippedAt: new Date(Date.now() - 3 * DAY).toISOString(),
    articles: [{ index: 0, source: 'Business Times' }],
  });
  await app.open();
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(1);

  // The same page pasted again: said so, and left unticked.
  await paste(page, story(TITLE, ...PARAGRAPHS));
  const preview = page.getByRole('dialog', { name: 'One article found' });
  const notice = preview.locator('library-match-notice');
  await expect(notice).toContainText('Already in your library, clipped 3 days ago');
  await expect(notice).toContainText(`“${first.title}” from Business Times`);
  await expect(preview.getByRole('checkbox', { name: 'Keep article 1' })).not.toBeChecked();
  const save = preview.locator('footer button.primary');
  await expect(save).toBeDisabled();
  await expect(save).toHaveText('Nothing to save');

  // Save again, then Skip after all: the choice follows.
  await notice.getByRole('button', { name: 'Save again' }).click();
  await expect(preview.getByRole('checkbox', { name: 'Keep article 1' })).toBeChecked();
  await expect(notice).toContainText('It will be saved again');
  await expect(save).toHaveText('Save clip');
  await notice.getByRole('button', { name: 'Skip' }).click();
  await expect(save).toBeDisabled();

  // Open shows the clip the library has, and the preview goes.
  await notice.getByRole('button', { name: `Open “${first.title}”` }).click();
  await expect(preview).toBeHidden();
  await expect(page.locator('clip-reader').getByRole('heading', { level: 1 })).toHaveText(
    first.title,
  );
  expect(library.store.records()).toHaveLength(1);

  // The same story as another paper ran it: named, and saved as a clip of its own.
  await paste(page, story('Thai envoy recalled', `BANGKOK - ${PARAGRAPHS[0]}`, PARAGRAPHS[1]));
  await expect(preview).toBeVisible();
  await expect(notice).toContainText('The same story is in your library');
  await expect(notice).toContainText(`“${first.title}” from Business Times, clipped 3 days ago`);
  await expect(preview.getByRole('checkbox', { name: 'Keep article 1' })).toBeChecked();
  for (const width of [1024, 1920])
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      await shoot(page, `preview-pickup-${width}-${theme}`);
    }
  await save.click();
  await expect(preview).toBeHidden();
  expect(library.store.records()).toHaveLength(2);

  // And the same page again, seen in every size and theme.
  await paste(page, story(TITLE, ...PARAGRAPHS));
  await expect(notice).toContainText('Already in your library');
  for (const width of [1024, 1920])
    for (const theme of ['light', 'dark'] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: theme });
      await shoot(page, `preview-already-${width}-${theme}`);
    }
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  expect(library.store.records()).toHaveLength(2);
  expect(app.errors).toEqual([]);
});

test('14.2: a paste over the cap is refused with a message; HTML over it is clipped as text', async ({
  app,
  library,
}) => {
  // Two pastes of the cap's size cross the test's bridge as JSON: a loaded machine took over a minute.
  test.slow();
  const { page } = app;
  await app.open();

  await paste(page, 'x'.repeat(MAX_PASTE_CHARS + 1));
  await expect(page.getByRole('alert')).toContainText('This paste is too large to clip');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page
    .getByRole('alert')
    .getByRole('button', { name: /dismiss|close/i })
    .click();
  const padding = `<p style="color:red">${'filler '.repeat(20)}</p>`;
  const html = `<article><h1>${TITLE}</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>${padding.repeat(Math.ceil(MAX_PASTE_CHARS / padding.length))}`;
  await paste(page, story(TITLE, ...PARAGRAPHS), html);
  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview).toContainText('The page’s formatting was too large to read');
  await expect(preview.getByRole('textbox', { name: 'Title' })).toHaveValue(TITLE);
  await preview.locator('footer button.primary').click();
  await expect(preview).toBeHidden();
  const [record] = library.store.records();
  expect(await library.store.original(record.id)).toEqual({ text: story(TITLE, ...PARAGRAPHS) });
  expect(app.errors).toEqual([]);
});
