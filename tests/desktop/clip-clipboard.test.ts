import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { clipClipboard } from '../../electron/desktop/clip-clipboard.ts';
import type { LibraryStore } from '../../electron/library/store.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

let temp: TempService;
let store: LibraryStore;
let service: PresscutApi;
beforeEach(async () => {
  temp = await tempService();
  ({ store, service } = temp);
});
afterEach(() => temp.close());

it('clips the clipboard through clipPaste and names the article in the notification', async () => {
  const paste = {
    text: 'Harbour seals return\nCounts this spring were the highest in thirty years.',
  };
  const { clips, notice } = await clipClipboard(paste, service.clipPaste);
  expect(clips).toHaveLength(1);
  expect(notice).toEqual({ title: 'Clipped to Presscut', body: '“Harbour seals return”' });
  expect(store.records().map((r) => r.title)).toEqual(['Harbour seals return']);
  expect(await store.original(clips[0].id)).toEqual(paste);
});

it('names the first of several articles and counts the rest', async () => {
  const clipPaste: PresscutApi['clipPaste'] = async (request) => {
    const [one] = await service.clipPaste(request);
    return [{ ...one, source: 'Harbour Gazette' }, one, one];
  };
  const { notice } = await clipClipboard(
    { text: 'Three stories\nBody of the first one.' },
    clipPaste,
  );
  expect(notice).toEqual({
    title: 'Clipped 3 articles to Presscut',
    body: '“Three stories” — Harbour Gazette and 2 more',
  });
});

it('says when the clipboard holds nothing to clip, and saves nothing', async () => {
  expect((await clipClipboard({ text: '  \n' }, service.clipPaste)).notice.title).toBe(
    'Nothing clipped',
  );
  const unreadable = await clipClipboard(
    { text: '', html: '<img src="x.png">' },
    service.clipPaste,
  );
  expect(unreadable.notice).toEqual({
    title: 'Nothing clipped',
    body: expect.stringMatching(/no text Presscut could read/),
  });
  expect(store.records()).toEqual([]);
});
