import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/** Puts text on the clipboard and presses Ctrl+V (⌘V) in the window, as a person pastes. */
async function pasteWithKeyboard(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

const STORY = [
  'Harbour ferries stop for the winter',
  'By Jane Doe',
  '1 hour ago',
  'The last ferry of the season left the harbour on Tuesday morning, carrying forty passengers and a brass band that played until the boat rounded the point.',
  'The service will resume in April, when the ice on the northern channel has melted and the pier has been repaired after the autumn storms.',
  'Islanders said the winter months would be quiet, as they are every year, and that the mail boat would keep running twice a week.',
].join('\n');

test('16.8 a relative time stays as precise as the paste gave it, and a language shows by name', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  await pasteWithKeyboard(page, STORY);
  const preview = page.getByRole('dialog', { name: 'One article found' });
  await expect(preview).toContainText('about 1 hour before clipping');
  await expect(preview).toContainText('English');
  await preview.getByRole('button', { name: 'Save clip' }).click();
  await expect(page.locator('clip-reader')).toContainText('about 1 hour before clipping');
});
