import { describe, expect, it } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import { MAX_PASTE_CHARS } from '../../common/paste-size.ts';
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
  expect(lib.store.records()).toEqual([]);

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
  expect(lib.store.records()).toEqual([]);
});

it('refuses an empty paste with a message, saving nothing', async () => {
  const error = await lib.service.clipPaste({ paste: { text: '  \n ' } }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).code).toBe('nothing-to-clip');
  expect(lib.store.records()).toEqual([]);
});

it('deletes and restores', async () => {
  const [clip] = await lib.service.clipPaste({ paste });
  await lib.service.deleteClip(clip.id);
  expect(lib.store.records()).toEqual([]);
  expect((await lib.service.restoreClip(clip.id)).id).toBe(clip.id);
  expect(lib.store.records().map((c) => c.id)).toEqual([clip.id]);
});

describe('a paste over the cap', () => {
  const story = `${paste.text}\n${'The ferries stopped at nine. '.repeat(3)}`;

  it('is refused, by the preview and by clipping in one call, with what to do; nothing is held or saved', async () => {
    const huge = { text: 'word '.repeat(MAX_PASTE_CHARS / 5 + 1) };
    for (const attempt of [
      lib.service.previewPaste(huge),
      lib.service.clipPaste({ paste: huge }),
    ]) {
      const error = await attempt.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PresscutError);
      expect((error as PresscutError).code).toBe('paste-too-large');
      expect((error as PresscutError).message).toMatch(
        /too large to clip: 21 MB of text.*at most 20 MB/,
      );
    }
    expect(lib.store.records()).toEqual([]);
  });

  it('is clipped from its text when only its HTML is over, and the preview says so', async () => {
    const html = `<h1>Storm closes the bridge</h1>${'<div style="x">filler</div>'.repeat(MAX_PASTE_CHARS / 20)}`;
    const preview = await lib.service.previewPaste({ text: story, html });
    expect(preview.notice).toMatch(
      /formatting was too large to read \(\d+ MB\): its plain text was clipped/,
    );
    expect(preview.articles[0].title).toBe('Storm closes the bridge');
    const [clip] = await lib.service.savePreview({ previewId: preview.previewId });
    expect(await lib.service.getOriginal(clip.id)).toEqual({ text: story });
  });
});

describe('the preview and the library', () => {
  const story = {
    text: [
      'Thailand recalls its ambassador',
      'Thailand has recalled its ambassador to Cambodia and will expel Cambodia’s ambassador, the ruling party said on Wednesday following a landmine incident along the disputed border.',
      'The Thai Foreign Ministry has lodged a formal protest with Cambodia, saying the landmines found in the area were newly deployed and had not been met on earlier patrols.',
    ].join('\n'),
  };

  it('names the clip an article repeats, and nothing for a story the library does not have', async () => {
    const [saved] = await lib.service.clipPaste({ paste: story });
    const again = await lib.service.previewPaste(story);
    expect(again.libraryMatches).toEqual([
      [
        expect.objectContaining({
          clipId: saved.id,
          kind: 'same-article',
          title: 'Thailand recalls its ambassador',
          clippedAt: now.toISOString(),
        }),
      ],
    ]);
    expect(again.notice).toBeNull();
    expect((await lib.service.previewPaste(paste)).libraryMatches).toEqual([[]]);
  });
});
