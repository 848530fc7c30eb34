import { pocketCsv } from '../helpers/pocket-csv.ts';
import { expect, test } from './fixtures.ts';

/**
 * Heavy work runs in main's workers, so the window's calls are answered while
 * it goes on: a cheap call made in the middle of it returns before it ends.
 * Each test sees the work start (its progress event), pings, and checks the
 * work had not ended when the ping came back.
 */

test('a 17 MB paste is cleaned while the window keeps answering, and Cancel stops it', async ({
  app,
}) => {
  const { page } = app;
  await app.open();
  const started = page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const stop = window.presscutEvents.on('progress', (p) => {
          if (p.task === 'clip') resolve(stop());
        });
      }),
  );
  // 800,000 short lines, 17 MB, just under the cap: a big enough paste that its
  // cleaning (seconds) outlasts the status's 600 ms delay and the click on Cancel.
  await page.evaluate(() => {
    const text = Array.from({ length: 800_000 }, (_, i) => `Headline number ${i}`).join('\n');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  });
  await started;
  const answered = await page.evaluate(async () => {
    const status = document
      .querySelector('presscut-app')!
      .shadowRoot!.querySelector('task-status')!;
    const cleaning = () => status.shadowRoot!.querySelector('.status') !== null;
    const reply = await window.presscut.getSettings();
    return { ok: reply.ok, stillCleaning: cleaning() };
  });
  expect(answered).toEqual({ ok: true, stillCleaning: true });

  const status = page.locator('task-status');
  await expect(status.getByText('Cleaning the paste…')).toBeVisible();
  await status.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Cleaning cancelled: nothing was kept.')).toBeVisible();
  await expect(status.getByText('Cleaning the paste…')).toBeHidden();
});

test('a 5,000-item import runs while the window keeps answering', async ({ app, library }) => {
  const { page } = app;
  await app.open();
  const csv = pocketCsv(5000);
  const result = await page.evaluate(async (text) => {
    let ended = false;
    const reading = new Promise<void>((resolve) => {
      const stop = window.presscutEvents.on('progress', (p) => {
        if (p.task === 'import' && p.label.startsWith('Reading')) resolve(stop());
      });
    });
    const importing = window.presscut
      .importFiles([{ name: 'part_000000.csv', bytes: new TextEncoder().encode(text) }])
      .finally(() => (ended = true));
    await reading;
    const ping = await window.presscut.listTags();
    const endedAtPing = ended;
    const reply = await importing;
    return { ping: ping.ok, endedAtPing, added: reply.ok ? reply.value.added : reply.error };
  }, csv);
  expect(result).toEqual({ ping: true, endedAtPing: false, added: 5000 });
  expect(library.store.records()).toHaveLength(5000);
});
