import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { LibraryStore } from '../../electron/library/store.ts';
import { article } from '../helpers/articles.ts';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/transfer');
const read = (relative: string) => readFile(path.join(FIXTURES, relative));

async function pocketZip(): Promise<Buffer> {
  const files: Record<string, Uint8Array> = {};
  for (const f of ['part_000000.csv', 'part_000001.csv', 'annotations/part_000000.json'])
    files[f] = new Uint8Array(await read(`pocket/${f}`));
  return Buffer.from(zipSync(files));
}

test('import a Pocket export, then complete one of its links by pasting the article', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  await page.getByRole('button', { name: 'Import your library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page), 'import dialog').toEqual([]);
  await dialog
    .getByLabel('Files to import')
    .setInputFiles({ name: 'pocket.zip', mimeType: 'application/zip', buffer: await pocketZip() });
  // Pocket's highlights of the night trains are a record of their own, merged with the CSV's row.
  await expect(
    dialog.getByText(
      'Added 4 clips, merged 1 record with clips of the same article (highlights and details added).',
    ),
  ).toBeVisible();
  await expect(dialog.getByText('3 highlights wait for their articles’ text')).toBeVisible();
  await expect(dialog.getByText('“not a link” is not a web address.')).toBeVisible();
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'import-summary.png'),
  });
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // Archived in Pocket, one of them waits on the Archive shelf.
  const list = page.getByRole('listbox', { name: 'Clips' });
  await expect(list.getByRole('option')).toHaveCount(3);
  const keepers = list.getByRole('option', { name: /The last lighthouse keepers/ });
  await expect(keepers).toContainText('Link only');
  await keepers.click();
  const reader = page.locator('clip-reader');
  await expect(reader.getByText('Only the link was imported')).toBeVisible();
  await expect(
    reader.getByText('Its 2 highlights are placed once the text is here.'),
  ).toBeVisible();
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'link-only-clip.png'),
  });

  await page.getByRole('button', { name: 'New clip' }).click();
  await page
    .getByRole('textbox', { name: 'Article to clip' })
    .fill(
      'The last lighthouse keepers\nNobody has kept the light since 1987.\nThe cottages will open to visitors in May, the trust said.',
    );
  await page.getByRole('button', { name: 'Clip', exact: true }).click();
  const preview = page.getByRole('dialog', { name: 'One article found' });
  const saveAs = preview.getByRole('combobox', { name: 'Save article 1 as' });
  const id = library.store.records().find((r) => r.title === 'The last lighthouse keepers')!.id;
  await expect(saveAs).toHaveValue(id);
  await preview.getByRole('button', { name: 'Save clip' }).click();

  await expect(list.getByRole('option')).toHaveCount(3);
  await expect(list.getByRole('option', { name: /The last lighthouse keepers/ })).not.toContainText(
    'Link only',
  );
  await expect(reader.locator('article-body mark')).toHaveText([
    'Nobody has kept the light since 1987.',
    'The cottages will open to visitors in May',
  ]);
  expect(library.store.record(id)).toMatchObject({ linkOnly: false, revision: 1 });
  expect(app.offMachineRequests).toEqual([]);
  expect(app.errors).toEqual([]);
});

test('files dropped on the window are imported; a file that is not an export is named with why', async ({
  app,
  library,
}) => {
  const { page } = app;
  await app.open();
  const csv = (await read('instapaper/instapaper-export.csv')).toString('utf8');
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'instapaper-export.csv', { type: 'text/csv' }));
    data.items.add(new File(['{"hello": 1}'], 'settings.json', { type: 'application/json' }));
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, csv);
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await expect(dialog.getByText('Added 4 clips.')).toBeVisible();
  await expect(
    dialog.getByText(/settings\.json is JSON, but not an export Presscut knows/),
  ).toBeVisible();
  expect(library.store.records()).toHaveLength(4);
  // One was in Instapaper's Archive: it is on the Archive shelf.
  await expect(page.getByRole('listbox', { name: 'Clips' }).getByRole('option')).toHaveCount(3);

  // The progress a long import shows while it runs.
  await page.locator('import-dialog').evaluate((el) => {
    Object.assign(el, {
      running: true,
      progress: { task: 'import', label: 'Saving to the library', done: 1200, total: 5001 },
    });
  });
  await expect(dialog.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute(
    'max',
    '5001',
  );
  await expect(dialog.getByText('Saving to the library (1,200 of 5,001)')).toBeVisible();
});

test('a library without tags is not offered an export by tag', async ({ app, library }) => {
  const { page } = app;
  await library.service.clipPaste({
    paste: { text: 'Harbour reopens\nThe harbour at Westport reopened on Friday morning.' },
  });
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'Tag' })).toContainText('No tags yet');
  await expect(dialog.getByRole('radio', { name: /^Tag/ })).toBeDisabled();
});

test('export a tag as an EPUB book, saved as a download', async ({ app, library }) => {
  const { page } = app;
  await library.service.importFiles([
    { name: 'wallabag.json', bytes: new Uint8Array(await read('wallabag/wallabag-export.json')) },
  ]);
  await app.open();
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  expect(await seriousViolations(page), 'export dialog').toEqual([]);
  await dialog.getByRole('radio', { name: /EPUB book/ }).check();
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption('science');
  await page.screenshot({
    path: path.join(test.info().project.outputDir, 'screenshots', 'export-dialog.png'),
  });
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^presscut-\d{4}-\d{2}-\d{2}\.epub$/);
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(bytes.subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
  await expect(dialog.getByRole('status')).toHaveText(/Exported one clip to\s+presscut-.*\.epub\./);
  expect(app.errors).toEqual([]);
});

test.describe('a damaged library index', () => {
  test.use({
    prepareLibrary: {
      async prepare(dir) {
        const store = await LibraryStore.open(dir);
        await store.addPaste(
          { text: 'x' },
          [article('Saved before the damage', 'Its text.')],
          new Date(),
        );
        await store.close();
        await writeFile(path.join(dir, 'index.json'), '{"schemaVersion": 1, "clips": {');
      },
    },
  });

  test('is replaced by the newest backup, and the person is told where the damaged file is', async ({
    app,
  }) => {
    const { page } = app;
    await app.open();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: 'Your library was restored from a backup' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText(
      /It was moved aside, unchanged, to .*index\.damaged-.*\.json, and the backup taken .* was restored\./,
    );
    await expect(
      page
        .getByRole('listbox', { name: 'Clips' })
        .getByRole('option', { name: /Saved before the damage/ }),
    ).toBeVisible();
    await notice.getByRole('button', { name: 'OK' }).click();
    await expect(notice).toBeHidden();
  });
});
