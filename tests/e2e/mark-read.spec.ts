/**
 * "Mark a clip read" in Settings (issue 16.4): what each rule lets count. The
 * default rule (time open, or the end) is tested in interactions.spec.ts; here
 * the two stricter ones, on Playwright's clock.
 */
import type { Locator } from '@playwright/test';
import type { Settings } from '../../electron/api/contract.ts';
import { expect, test, type AppPage, type Library } from './fixtures.ts';

/** A report long enough to scroll in the reader, open longer than its reading time in the tests below. */
const LONG_REPORT = [
  'The northern railway report',
  ...Array.from(
    { length: 60 },
    (_, i) =>
      `Paragraph ${i + 1} of the long report on the northern railway, with enough words to fill a line or two of the reader.`,
  ),
].join('\n');

/** The long report open in the reader, and what main holds of its reading state. */
interface OpenReport {
  reader: Locator;
  /** Whether main has the report as read. */
  read(): boolean;
  /** Scrolls the reader to a share of its length; returns once main holds the progress it reported. */
  scrollTo(share: number): Promise<void>;
}

/**
 * Saves the long report, chooses when a clip counts as read in Settings, then
 * opens the report and leaves it in front of the person for five minutes:
 * longer than its reading time.
 */
async function readWithRule(
  app: AppPage,
  library: Library,
  rule: string,
  value: Settings['markRead'],
): Promise<OpenReport> {
  const { page } = app;
  await page.clock.install();
  const [clip] = await library.service.clipPaste({ paste: { text: LONG_REPORT } });
  await app.open();
  await page.getByRole('button', { name: 'Settings' }).click();
  const settings = page.getByRole('dialog', { name: 'Settings' });
  await settings.getByRole('radio', { name: rule }).check();
  await expect.poll(() => library.store.settings().markRead).toBe(value);
  await settings.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('option', { name: /northern railway report/ }).click();
  const reader = page.locator('clip-reader');
  await expect(reader.locator('article-body p').first()).toBeVisible();
  await page.clock.runFor(5 * 60_000);
  const reading = () => library.store.record(clip.id).reading;
  return {
    reader,
    read: () => reading().read,
    async scrollTo(share) {
      // The scroll event comes a frame later: the clock moves past the reader's pause once it has seen it.
      await reader.evaluate(
        (el, at) =>
          new Promise<void>((resolve) => {
            el.addEventListener('scroll', () => resolve(), { once: true });
            el.scrollTop = (el.scrollHeight - el.clientHeight) * at;
          }),
        share,
      );
      await page.clock.runFor(1000);
      await expect.poll(() => reading().progress).toBeGreaterThan(share - 0.05);
    },
  };
}

test('16.4 with "only when I reach its end", time open does not count, the end does', async ({
  app,
  library,
}) => {
  const report = await readWithRule(app, library, 'Only when I reach its end', 'end');
  await report.scrollTo(0.5);
  expect(report.read(), 'open long enough, half way').toBe(false);
  await report.scrollTo(1);
  await expect.poll(report.read).toBe(true);
  await expect(report.reader.getByRole('button', { name: 'Mark unread' })).toBeVisible();
});

test('16.4 with "only when I choose Mark read", neither time nor the end counts', async ({
  app,
  library,
}) => {
  const report = await readWithRule(app, library, 'Only when I choose Mark read', 'manual');
  await report.scrollTo(1);
  expect(report.read(), 'open long enough, at the end').toBe(false);
  await report.reader.getByRole('button', { name: 'Mark read' }).click();
  await expect.poll(report.read).toBe(true);
});
