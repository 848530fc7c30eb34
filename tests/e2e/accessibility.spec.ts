import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';

const STORY =
  'Night trains return to the Alps\nThe sleeper service from Vienna runs again from June, the operator said.\nTickets go on sale next week.';

for (const theme of ['light', 'dark', 'sepia'] as const) {
  test(`the library, reader and paste views have no serious accessibility problem (${theme})`, async ({
    app,
    library,
  }) => {
    const { page } = app;
    await library.store.updateSettings({ theme });
    const [clip] = await library.service.clipPaste({ paste: { text: STORY } });
    await library.service.tagClips([clip.id], { add: ['travel'] });
    const text = (await library.service.getClip(clip.id)).body.blocks
      .map((b) => b.text)
      .join('\n\n');
    await library.service.addAnnotation(clip.id, {
      start: text.indexOf('sleeper'),
      end: text.indexOf('sleeper') + 15,
      color: 'pink',
      note: 'book it',
    });
    await app.open();
    await expect(page.getByRole('listbox', { name: 'Clips' })).toBeVisible();
    expect(await seriousViolations(page), 'library').toEqual([]);

    await page.getByRole('option', { name: /Night trains/ }).click();
    await page.getByRole('button', { name: /^Notes/ }).click();
    await expect(page.locator('article-body mark')).toHaveCount(1);
    expect(await seriousViolations(page), 'reader').toEqual([]);

    await page.getByRole('button', { name: 'Annotations' }).click();
    await expect(page.getByRole('list', { name: 'Annotations, newest first' })).toBeVisible();
    expect(await seriousViolations(page), 'annotations').toEqual([]);
    await page.getByRole('button', { name: 'Library' }).click();

    await page.getByRole('button', { name: 'New clip' }).click();
    await expect(page.getByRole('dialog', { name: 'New clip' })).toBeVisible();
    expect(await seriousViolations(page), 'paste box').toEqual([]);
    await page.getByRole('textbox', { name: 'Article to clip' }).fill(STORY);
    await page.getByRole('button', { name: 'Clip', exact: true }).click();
    await expect(page.getByRole('dialog', { name: 'One article found' })).toBeVisible();
    expect(await seriousViolations(page), 'paste preview').toEqual([]);
  });
}
