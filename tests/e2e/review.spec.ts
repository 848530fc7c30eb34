import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { seriousViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { fillReviewLibrary } from '../helpers/review-library.ts';

const run = promisify(execFile);

test('build a press review: choose by tag, group, reorder by keyboard, preview, print to PDF', async ({
  app,
  library,
}) => {
  // An axe scan and a PDF printed in the browser: with two suites sharing 2 cores, over a minute.
  test.slow();
  const { page } = app;
  await fillReviewLibrary(library.store);
  await app.open();
  const shots = path.join(test.info().project.outputDir, 'screenshots');
  await page.getByRole('listbox', { name: 'Clips' }).getByRole('option').first().click();
  await page.getByRole('button', { name: 'Press review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Press review' });
  await expect(dialog).toBeVisible();

  // The clip open in the reader is offered, not imposed: a review is of many clips.
  const onlyOpen = dialog.getByRole('checkbox', { name: 'Only the open clip' });
  await expect(onlyOpen).not.toBeChecked();
  await dialog.getByRole('combobox', { name: 'From' }).selectOption('');
  await onlyOpen.check();
  await expect(dialog.getByRole('status')).toHaveText('1 story, 1 clip');
  await onlyOpen.uncheck();

  // The clips of a tag, any time, grouped by tag.
  await dialog.getByRole('combobox', { name: 'Tag' }).selectOption('Ukraine');
  await dialog.getByRole('combobox', { name: 'From' }).selectOption('');
  await dialog.getByRole('combobox', { name: 'Group by' }).selectOption('tag');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Morning review');
  const preview = dialog.locator('review-document');
  await expect(preview.locator('h1')).toHaveText('Morning review');
  await expect(preview.locator('section.group > h2')).toHaveText(['Ukraine', 'Grain']);
  await expect(dialog.getByRole('status')).toHaveText('4 stories, 4 clips');
  const stories = dialog.getByRole('list', { name: 'Stories' }).getByRole('listitem');
  await expect(stories).toHaveCount(4);

  // Alt+↓ moves a story down: the order becomes the person's own, and the preview follows.
  const first = await stories.nth(0).locator('.story-title').textContent();
  await stories.nth(0).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(stories.nth(1).locator('.story-title')).toHaveText(first!);
  await expect(dialog.getByRole('combobox', { name: 'Group by' })).toHaveValue('manual');
  await expect(preview.locator('article.story h2').nth(1)).toHaveText(first!);

  await dialog
    .getByRole('textbox', { name: `Comment on “${first}”` })
    .fill('Our minister is quoted.');
  await expect(preview.locator('.comment')).toHaveText('Our minister is quoted.');
  expect(await seriousViolations(page), 'press review builder').toEqual([]);
  for (const width of [1024, 1920]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(shots, `review-builder-${width}.png`) });
  }

  // Saved as a preset, and run again from it.
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Ukraine morning');
  await dialog.getByRole('button', { name: 'Save preset' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Run a preset' }).locator('option')).toHaveText(
    ['Choose…', 'Ukraine morning'],
  );
  expect(library.store.settings().reviewPresets.map((p) => p.name)).toEqual(['Ukraine morning']);
  // Run again: the settings come back as saved, the stories made again over the library.
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Something else');
  await dialog.getByRole('combobox', { name: 'Run a preset' }).selectOption('Ukraine morning');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Morning review');
  await expect(preview.locator('h1')).toHaveText('Morning review');

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Morning review \d{4}-\d{2}-\d{2}\.pdf$/);
  const pdf = path.join(shots, 'review.pdf');
  await mkdir(shots, { recursive: true });
  await writeFile(pdf, await readFile(await file.path()));
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  await expect(dialog.getByRole('status')).toHaveText(/Saved as\s+Morning review .*\.pdf\./);
  if (existsSync('/usr/bin/pdftotext')) {
    const contents = (await run('/usr/bin/pdftotext', ['-layout', '-f', '2', '-l', '2', pdf, '-']))
      .stdout;
    expect(contents).toContain('Contents');
    expect(contents).toMatch(
      new RegExp(
        `${first!.slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\\s\\d+\\s*$`,
        'm',
      ),
    );
  }
  if (existsSync('/usr/bin/pdftoppm'))
    await run('/usr/bin/pdftoppm', ['-r', '50', '-png', pdf, path.join(shots, 'review-page')]);
  expect(app.offMachineRequests).toEqual([]);
});

test('copy a clip’s citation from the reader, and a selection’s from the bulk bar', async ({
  app,
  library,
}) => {
  const { page } = app;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillReviewLibrary(library.store);
  await app.open();
  await page.getByText('Grain corridor talks resume in Istanbul').first().click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Copy citation (APA)' }).click();
  await expect(page.getByText('Citation copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Petrenko, O., & van der Berg, M. (2025, July 23). Grain corridor talks resume in Istanbul. The Kyiv Independent. https://kyivindependent.com/grain-talks',
  );

  await page
    .getByText('Heatwave strains Europe’s power grids')
    .first()
    .click({ modifiers: ['ControlOrMeta'] });
  const bulk = page.getByRole('region', { name: 'Selected clips' });
  await bulk.getByRole('button', { name: 'Copy citations (Chicago)' }).click();
  await expect(page.getByText('2 citations copied.')).toBeVisible();
  expect((await page.evaluate(() => navigator.clipboard.readText())).split('\n')).toEqual([
    'Financial Courier. 2025. “Heatwave Strains Europe’s Power Grids,” July 16, 2025.',
    'Petrenko, Olena, and Mark van der Berg. 2025. “Grain Corridor Talks Resume in Istanbul.” The Kyiv Independent, July 23, 2025. https://kyivindependent.com/grain-talks.',
  ]);
});

test('choose what one story shows: by keyboard, in the preview, the file and a preset', async ({
  app,
  library,
}) => {
  const { page } = app;
  const { yesterday } = await fillReviewLibrary(library.store);
  await app.open();
  await page.getByRole('button', { name: 'Press review…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Press review' });
  await dialog.getByRole('combobox', { name: 'From' }).selectOption('');
  const story = dialog
    .getByRole('list', { name: 'Stories' })
    .getByRole('listitem')
    .filter({ hasText: yesterday.title });
  const shows = dialog.getByRole('combobox', { name: `What “${yesterday.title}” shows` });
  const article = dialog
    .locator('review-document article.story')
    .filter({ hasText: yesterday.title });
  const highlight = article.locator('blockquote', {
    hasText: 'stalled contacts over shipping insurance',
  });
  const laterParagraph = article.getByText('The talks, brokered by Turkey');
  // As the review's own choice (highlights and notes) until the story has its own.
  await expect(shows).toHaveValue('');
  await expect(highlight).toBeVisible();
  await expect(laterParagraph).toHaveCount(0);

  // Reached from the story with Tab, chosen with the keys: the last choice is the headline only.
  await story.focus();
  for (let tabs = 0; tabs < 3 && !(await shows.evaluate((s) => s.matches(':focus'))); tabs++)
    await page.keyboard.press('Tab');
  await expect(shows).toBeFocused();
  await page.keyboard.press('End');
  await expect(shows).toHaveValue('none');
  await expect(article.locator('.text, .highlights')).toHaveCount(0);
  await expect(article.locator('h3, h2')).toHaveText(yesterday.title);
  // The other stories keep the review's choice.
  await expect(
    dialog.locator(
      'review-document article.story .highlights, review-document article.story .text',
    ),
  ).not.toHaveCount(0);

  await shows.selectOption('full');
  await expect(laterParagraph).toBeVisible();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Markdown' }).click();
  const markdown = await readFile(await (await download).path(), 'utf8');
  expect(markdown).toContain('The talks, brokered by Turkey');

  // Kept in a preset: back as chosen when it runs again.
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Grain in full');
  await dialog.getByRole('button', { name: 'Save preset' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Run a preset' }).locator('option')).toHaveText(
    ['Choose…', 'Grain in full'],
  );
  expect(library.store.settings().reviewPresets[0]!.settings.bodies).toEqual({
    [yesterday.id]: 'full',
  });
  await shows.selectOption('');
  await expect(highlight).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Run a preset' }).selectOption('Grain in full');
  await expect(shows).toHaveValue('full');
  await expect(laterParagraph).toBeVisible();
  expect(await seriousViolations(page), 'per-story text choice').toEqual([]);
});
