import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { PresscutError } from '../../electron/common/errors.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
const now = new Date('2025-07-23T10:00:00.000Z');

beforeEach(async () => {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(store, { openExternal: async () => undefined }, { now: () => now });
});
afterEach(async () => {
  await store.close();
  await remove();
});

const paste = { text: 'Storm closes the bridge\nThe bridge closed at noon as winds rose.\nIt will reopen tomorrow.' };

it('previews without saving, then saves what the preview showed', async () => {
  const preview = await service.previewPaste(paste);
  expect(preview.clippedAt).toBe(now.toISOString());
  expect(preview.articles[0].title).toBe('Storm closes the bridge');
  expect(await service.listClips()).toEqual([]);

  const [clip] = await service.clipPaste({ paste, clippedAt: preview.clippedAt });
  expect(clip).toMatchObject({ title: 'Storm closes the bridge', createdAt: now.toISOString(), annotationCount: 0 });
  const detail = await service.getClip(clip.id);
  expect(detail.body.blocks.map((b) => b.text)).toEqual(['The bridge closed at noon as winds rose.', 'It will reopen tomorrow.']);
  expect(await service.getOriginal(clip.id)).toEqual(paste);
});

it("applies the person's fixes to title and outlet", async () => {
  const [clip] = await service.clipPaste({ paste, articles: [{ index: 0, title: 'Bridge shut by storm', source: 'Harbour Gazette' }] });
  expect(clip).toMatchObject({ title: 'Bridge shut by storm', source: 'Harbour Gazette' });
});

it('refuses a choice of an article the paste does not hold, saving nothing', async () => {
  await expect(service.clipPaste({ paste, articles: [{ index: 3 }] })).rejects.toThrow(/holds 1 article\(s\); there is no article 4/);
  expect(await service.listClips()).toEqual([]);
});

it('refuses an empty paste with a message, saving nothing', async () => {
  const error = await service.clipPaste({ paste: { text: '  \n ' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).code).toBe('nothing-to-clip');
  expect(await service.listClips()).toEqual([]);
});

it('deletes and restores', async () => {
  const [clip] = await service.clipPaste({ paste });
  await service.deleteClip(clip.id);
  expect(await service.listClips()).toEqual([]);
  expect((await service.restoreClip(clip.id)).id).toBe(clip.id);
  expect((await service.listClips()).map((c) => c.id)).toEqual([clip.id]);
});
