import { describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.ts';
import { fillReviewLibrary } from '../helpers/review-library.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

describe('press reviews and citations through the API', () => {
  const library = useTestLibrary();

  it('previews a review: its document and its stories, pickups together', async () => {
    const { pickup } = await fillReviewLibrary(library.store);
    const preview = await library.service.previewReview({
      selection: { tag: 'Asia' },
      title: 'Asia today',
    });
    expect(preview.clips).toBe(2);
    expect(preview.stories).toEqual([
      {
        key: pickup.id,
        title: 'Thai envoy recalled as Cambodia border row deepens',
        section: 'Bangkok Post',
        outlets: ['Bangkok Post', 'Business Times'],
        clipIds: [pickup.id, expect.any(String)],
      },
    ]);
    expect(preview.html).toContain('<h1>Asia today</h1>');
    // The window has the fonts: the preview does not carry them.
    expect(preview.html).not.toContain('@font-face');
  });

  it('writes a review as a file, and says why it cannot', async () => {
    await fillReviewLibrary(library.store);
    const docx = await library.service.exportReview(
      { selection: { tag: 'Ukraine' }, title: 'Ukraine' },
      'docx',
    );
    expect(docx.name).toMatch(/^Ukraine \d{4}-\d{2}-\d{2}\.docx$/);
    expect(docx.clips).toBe(4);
    expect(new TextDecoder().decode(docx.bytes.subarray(0, 2))).toBe('PK');
    await expect(
      library.service.exportReview({ selection: { tag: 'Ukraine' } }, 'pdf'),
    ).rejects.toThrow('A PDF cannot be printed here: choose Word, a web page or Markdown.');
    await expect(
      library.service.exportReview({ selection: { tag: 'Sport' } }, 'markdown'),
    ).rejects.toThrow('No clip matches this review’s choice of clips: nothing was written.');
    const reply = await dispatch(library.service, 'exportReview', [
      { selection: { since: 'yesterday' } },
      'markdown',
    ]);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(JSON.stringify(reply)).toContain('write a period as 24h, 7d or 2w');
  });

  it('copies the citations of a selection in a style', async () => {
    const { yesterday, lastWeek } = await fillReviewLibrary(library.store);
    // In the style's order: MLA files a work without an author by its title.
    expect(await library.service.citeClips([yesterday.id, lastWeek.id], 'mla')).toBe(
      '“Heatwave Strains Europe’s Power Grids.” Financial Courier, 16 July 2025.\n' +
        'Petrenko, Olena, and Mark van der Berg. “Grain Corridor Talks Resume in Istanbul.” The Kyiv Independent, 23 July 2025, https://kyivindependent.com/grain-talks.',
    );
  });
});
