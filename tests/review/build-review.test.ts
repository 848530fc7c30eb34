import { describe, expect, it } from 'vitest';
import {
  buildReview,
  groupPickups,
  selectReviewClips,
} from '../../electron/review/build-review.ts';
import {
  reviewSettingsSchema,
  type ReviewSettingsInput,
} from '../../electron/model/review-settings.ts';
import { fillReviewLibrary, type ReviewLibrary } from '../helpers/review-library.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const NOW = new Date('2025-07-24T10:00:00Z');

describe('building a press review', () => {
  const library = useTestLibrary();
  const make = (settings: ReviewSettingsInput, find = async (_: string): Promise<string[]> => []) =>
    buildReview(library.store, reviewSettingsSchema.parse(settings), { find, now: NOW });
  const titles = (review: Awaited<ReturnType<typeof make>>) =>
    review.sections.map((s) => s.stories.map((x) => x.main.record.title));
  let clips: ReviewLibrary;

  it('takes the clips of a tag, a period, a range of days, a search or a selection', async () => {
    clips = await fillReviewLibrary(library.store);
    const ids = async (
      selection: ReviewSettingsInput['selection'],
      find?: (q: string) => Promise<string[]>,
    ) =>
      (
        await selectReviewClips(
          library.store,
          reviewSettingsSchema.parse({ selection }).selection,
          find ?? (async () => []),
          NOW,
        )
      ).map((c) => c.record.id);
    expect(await ids({ tag: 'asia' })).toEqual([
      clips.pickup.id,
      clips.seed.find((r) => r.title.startsWith('Thailand'))!.id,
    ]);
    const day = await ids({ since: '24h' });
    expect(day).not.toContain(clips.lastWeek.id);
    expect(day).toContain(clips.yesterday.id);
    expect(await ids({ since: '2w' })).toContain(clips.lastWeek.id);
    expect(await ids({ from: '2025-07-16', to: '2025-07-23' })).toEqual([
      clips.yesterday.id,
      clips.lastWeek.id,
    ]);
    expect(
      await ids({ query: 'grain' }, async (q) => (q === 'grain' ? [clips.yesterday.id] : [])),
    ).toEqual([clips.yesterday.id]);
    expect(await ids({ ids: [clips.lastWeek.id], tag: 'Energy' })).toEqual([clips.lastWeek.id]);
  });

  it('makes one story of a wire story run by two outlets, listing both', async () => {
    clips = await fillReviewLibrary(library.store);
    const selected = await selectReviewClips(library.store, { tag: 'Asia' }, async () => [], NOW);
    const stories = groupPickups(selected);
    expect(stories).toHaveLength(1);
    // The Bangkok Post's was published first: it is the story's main clip, the Business Times' its pickup.
    expect(stories[0].map((c) => c.record.source)).toEqual(['Bangkok Post', 'Business Times']);
  });

  it('groups by outlet, tag or day, or keeps a hand-made order, and counts the coverage', async () => {
    clips = await fillReviewLibrary(library.store);
    const byOutlet = await make({ selection: { since: '7d' }, group: 'outlet' });
    expect(byOutlet.coverage).toMatchObject({ stories: 5, clips: 6 });
    expect(byOutlet.coverage.outlets).toEqual([
      { name: 'Straits Times', count: 2 },
      { name: 'Bangkok Post', count: 1 },
      { name: 'Business Times', count: 1 },
      { name: 'REUTERS', count: 1 },
      { name: 'The Kyiv Independent', count: 1 },
    ]);
    expect(byOutlet.coverage.days).toEqual([
      { name: '2025-07-23', count: 1 },
      { name: '2025-07-24', count: 5 },
    ]);
    expect(byOutlet.coverage.tags[0]).toEqual({ name: 'Ukraine', count: 4 });
    expect(byOutlet.period).toMatch(/^23\s?–\s?24 July 2025$/);
    expect(byOutlet.sections.map((s) => s.heading)).toEqual([
      'Bangkok Post',
      'REUTERS',
      'Straits Times',
      'The Kyiv Independent',
    ]);

    const byTag = await make({ selection: { tag: 'Ukraine' }, group: 'tag' });
    // The selection's own tag is no heading while a story has another.
    expect(byTag.sections.map((s) => s.heading)).toEqual(['Ukraine', 'Grain']);

    const byDay = await make({ selection: { since: '2w' }, group: 'day' });
    expect(byDay.sections.map((s) => s.heading)).toEqual([
      '24 July 2025',
      '23 July 2025',
      '16 July 2025',
    ]);

    const manual = await make({
      selection: { since: '2w' },
      group: 'manual',
      order: [clips.lastWeek.id, clips.yesterday.id],
    });
    expect(titles(manual)[0].slice(0, 2)).toEqual([
      'Heatwave strains Europe’s power grids',
      'Grain corridor talks resume in Istanbul',
    ]);
    expect(titles(manual)[0]).toHaveLength(6);
  });

  it('carries the title, period, introduction, comments, each story’s choice of text, and references', async () => {
    clips = await fillReviewLibrary(library.store);
    const review = await make({
      title: 'Morning review',
      organisation: 'Ministry of Examples',
      period: 'Thursday morning',
      introduction: '  The night’s coverage.  ',
      selection: { ids: [clips.yesterday.id, clips.lastWeek.id] },
      comments: { [clips.yesterday.id]: 'Our minister is quoted.' },
      bodies: { [clips.lastWeek.id]: 'full' },
      references: 'apa',
      group: 'none',
    });
    expect(review).toMatchObject({
      title: 'Morning review',
      organisation: 'Ministry of Examples',
      period: 'Thursday morning',
      introduction: 'The night’s coverage.',
    });
    const stories = review.sections.flatMap((s) => s.stories);
    expect(stories.map((s) => [s.comment, s.body])).toEqual([
      ['Our minister is quoted.', 'highlights'],
      ['', 'full'],
    ]);
    expect(review.references?.entries.map((e) => e.map((r) => r.text).join(''))).toEqual([
      // APA without an author: the title takes the author's place.
      'Heatwave strains Europe’s power grids. (2025, July 16). Financial Courier.',
      'Petrenko, O., & van der Berg, M. (2025, July 23). Grain corridor talks resume in Istanbul. The Kyiv Independent. https://kyivindependent.com/grain-talks',
    ]);
  });
});
