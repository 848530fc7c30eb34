import { expect, it } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const now = new Date('2025-07-23T10:00:00.000Z');
const lib = useTestLibrary({ now: () => now });

const paste = {
  text: 'Storm closes the bridge\nThe bridge closed at noon as winds rose.\nIt will reopen tomorrow.',
};

it('previews without saving, then saves what the preview showed', async () => {
  const preview = await lib.service.previewPaste(paste);
  expect(preview.clippedAt).toBe(now.toISOString());
  expect(preview.articles[0].title).toBe('Storm closes the bridge');
  expect(await lib.service.listClips()).toEqual([]);

  const [clip] = await lib.service.clipPaste({ paste, clippedAt: preview.clippedAt });
  expect(clip).toMatchObject({
    title: 'Storm closes the bridge',
    createdAt: now.toISOString(),
    annotationCount: 0,
  });
  const detail = await lib.service.getClip(clip.id);
  expect(detail.body.blocks.map((b) => b.text)).toEqual([
    'The bridge closed at noon as winds rose.',
    'It will reopen tomorrow.',
  ]);
  expect(await lib.service.getOriginal(clip.id)).toEqual(paste);
});

it("applies the person's fixes to title and outlet", async () => {
  const [clip] = await lib.service.clipPaste({
    paste,
    articles: [{ index: 0, title: 'Bridge shut by storm', source: 'Harbour Gazette' }],
  });
  expect(clip).toMatchObject({ title: 'Bridge shut by storm', source: 'Harbour Gazette' });
});

it('refuses a choice of an article the paste does not hold, saving nothing', async () => {
  await expect(lib.service.clipPaste({ paste, articles: [{ index: 3 }] })).rejects.toThrow(
    /holds 1 article\(s\); there is no article 4/,
  );
  expect(await lib.service.listClips()).toEqual([]);
});

it('refuses an empty paste with a message, saving nothing', async () => {
  const error = await lib.service.clipPaste({ paste: { text: '  \n ' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).code).toBe('nothing-to-clip');
  expect(await lib.service.listClips()).toEqual([]);
});

it('deletes and restores', async () => {
  const [clip] = await lib.service.clipPaste({ paste });
  await lib.service.deleteClip(clip.id);
  expect(await lib.service.listClips()).toEqual([]);
  expect((await lib.service.restoreClip(clip.id)).id).toBe(clip.id);
  expect((await lib.service.listClips()).map((c) => c.id)).toEqual([clip.id]);
});
