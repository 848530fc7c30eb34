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

it('clips the clipboard as a preview saved whole and names the article in the notification', async () => {
  const paste = {
    text: 'Harbour seals return\nCounts this spring were the highest in thirty years.',
  };
  const { clips, notice } = await clipClipboard(paste, service);
  expect(clips).toHaveLength(1);
  expect(notice).toEqual({ title: 'Clipped to Presscut', body: '“Harbour seals return”' });
  expect(store.records().map((r) => r.title)).toEqual(['Harbour seals return']);
  expect(await store.original(clips[0].id)).toEqual(paste);
});

it('names the first of several articles and counts the rest', async () => {
  const savePreview: PresscutApi['savePreview'] = async (request) => {
    const [one] = await service.savePreview(request);
    return [{ ...one, source: 'Harbour Gazette' }, one, one];
  };
  const { notice } = await clipClipboard(
    { text: 'Three stories\nBody of the first one.' },
    { previewPaste: service.previewPaste, savePreview },
  );
  expect(notice).toEqual({
    title: 'Clipped 3 articles to Presscut',
    body: '“Three stories” — Harbour Gazette and 2 more',
  });
});

it('says when the clipboard holds nothing to clip, and saves nothing', async () => {
  expect((await clipClipboard({ text: '  \n' }, service)).notice.title).toBe('Nothing clipped');
  const unreadable = await clipClipboard({ text: '', html: '<img src="x.png">' }, service);
  expect(unreadable.notice).toEqual({
    title: 'Nothing clipped',
    body: expect.stringMatching(/no text Presscut could read/),
  });
  expect(store.records()).toEqual([]);
});

it('does not clip an article the library holds again, and says so', async () => {
  const paste = {
    text: 'Harbour seals return\nCounts this spring were the highest in thirty years, the survey said. Volunteers counted from the pier at dawn.',
  };
  const first = await clipClipboard(paste, service);
  expect(first.clips).toHaveLength(1);
  const again = await clipClipboard(paste, service);
  expect(again.clips).toEqual([]);
  expect(again.notice).toEqual({
    title: 'Already in your library',
    body: '“Harbour seals return”: not clipped again.',
  });
  expect(store.records()).toHaveLength(1);
});
