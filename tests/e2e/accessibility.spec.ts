import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { fillReviewLibrary } from '../helpers/review-library.ts';

// Each test runs axe over several views: on a loaded 2-core machine one run can take most of a default test's minute.
test.slow();

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

for (const theme of ['light', 'dark'] as const) {
  test(`menus, settings, import, export and the press review have no serious accessibility or landmark problem (${theme})`, async ({
    app,
    library,
  }) => {
    const { page } = app;
    await library.store.updateSettings({ theme });
    await fillReviewLibrary(library.store);
    await app.open();
    await page.getByRole('option', { name: /Grain corridor talks/ }).click();

    await page.getByRole('button', { name: 'Actions for the tag Grain' }).click();
    await expect(page.getByRole('menu', { name: 'Tag Grain' })).toBeVisible();
    expect(await seriousViolations(page, { landmarks: true }), 'tag menu').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('clip-reader').getByRole('button', { name: 'More actions' }).click();
    await expect(page.getByRole('menuitem', { name: 'Edit the clip' })).toBeVisible();
    expect(await seriousViolations(page, { landmarks: true }), 'reader menu').toEqual([]);
    await page.keyboard.press('Escape');

    await page.locator('article-body mark').first().click();
    const note = page.getByRole('dialog', { name: 'Edit highlight' });
    await expect(note).toBeVisible();
    expect(await seriousViolations(page, { landmarks: true }), 'highlight popover').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();

    for (const [button, name] of [
      ['Settings', 'Settings'],
      ['Import…', 'Import'],
      ['Export…', 'Export'],
      ['Press review…', 'Press review'],
    ] as const) {
      await page.getByRole('button', { name: button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      if (name === 'Press review') await expect(dialog.locator('review-document h1')).toBeVisible();
      expect(await seriousViolations(page, { landmarks: true }), name).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });
}
