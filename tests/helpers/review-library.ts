/**
 * A library to review: the seed's aggregator paste (a Reuters story and the
 * Straits Times and Business Times stories under it), and a few clips of our
 * own: the Business Times' Thailand story as the Bangkok Post ran it (a
 * pickup), a story of the day before with a byline and a highlight, and one
 * from a week earlier.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractArticles } from '../../electron/clipping/extract.ts';
import type { LibraryStore } from '../../electron/library/store.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import { article } from './articles.ts';

export const SEED = path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt');
export const CLIPPED_AT = new Date('2025-07-24T09:00:00Z');

export interface ReviewLibrary {
  seed: ClipRecord[];
  pickup: ClipRecord;
  yesterday: ClipRecord;
  lastWeek: ClipRecord;
}

export async function fillReviewLibrary(store: LibraryStore): Promise<ReviewLibrary> {
  const text = await readFile(SEED, 'utf8');
  const seed = await store.addPaste(
    { text },
    extractArticles({ text }, { clippedAt: CLIPPED_AT }),
    CLIPPED_AT,
  );
  const thai = seed.find((r) => r.title.startsWith('Thailand recalls'))!;
  const thaiText = (await store.body(thai.id)).blocks;
  const [pickup] = await store.addPaste(
    { text: 'pickup' },
    [
      {
        ...article('Thai envoy recalled as Cambodia border row deepens'),
        source: 'Bangkok Post',
        byline: 'Reuters',
        published: '2025-07-24T06:30:00.000Z',
        url: 'https://www.bangkokpost.com/thailand/general/envoy',
        blocks: [
          { type: 'paragraph', text: 'BANGKOK - Reuters\nFiled from the border' },
          ...thaiText.slice(0, 4),
        ],
      },
    ],
    new Date('2025-07-24T09:30:00Z'),
  );
  const [yesterday] = await store.addPaste(
    { text: 'yesterday' },
    [
      {
        ...article(
          'Grain corridor talks resume in Istanbul',
          'Negotiators from Ukraine and Russia met in Istanbul on Wednesday to revive the Black Sea grain corridor, Turkish officials said, after weeks of stalled contacts over shipping insurance.',
          'The talks, brokered by Turkey and the United Nations, focus on guarantees for cargo ships leaving Odesa and on inspections at the Bosporus.',
        ),
        source: 'The Kyiv Independent',
        byline: 'By Olena Petrenko and Mark van der Berg',
        published: '2025-07-23T15:00:00.000Z',
        url: 'https://kyivindependent.com/grain-talks',
      },
    ],
    new Date('2025-07-23T16:00:00Z'),
  );
  const [lastWeek] = await store.addPaste(
    { text: 'last week' },
    [
      {
        ...article(
          'Heatwave strains Europe’s power grids',
          'Record temperatures across southern Europe pushed electricity demand to new highs, and grid operators in Spain and Italy asked industry to cut consumption at peak hours.',
        ),
        source: 'Financial Courier',
        published: '2025-07-16T08:00:00.000Z',
      },
    ],
    new Date('2025-07-16T09:00:00Z'),
  );
  const tag = (id: string, tags: string[], more: Partial<ClipRecord> = {}) =>
    store.updateRecord(id, (r) => ({ ...r, tags, ...more }));
  for (const r of seed) await tag(r.id, r.title.startsWith('Thailand') ? ['Asia'] : ['Ukraine']);
  await tag(pickup.id, ['Asia']);
  await tag(yesterday.id, ['Ukraine', 'Grain'], {
    note: 'Ask the trade desk about insurance.',
    annotations: [
      {
        id: 'hl-1',
        createdAt: '2025-07-23T16:05:00.000Z',
        updatedAt: '2025-07-23T16:05:00.000Z',
        color: 'yellow',
        note: 'The insurance question is ours.',
        quote: {
          exact: 'stalled contacts over shipping insurance',
          prefix: 'weeks of ',
          suffix: '.',
        },
        position: { start: 144, end: 184 },
        orphaned: false,
      },
    ],
  });
  await tag(lastWeek.id, ['Energy']);
  return {
    seed: seed.map((r) => store.record(r.id)),
    pickup: store.record(pickup.id),
    yesterday: store.record(yesterday.id),
    lastWeek: store.record(lastWeek.id),
  };
}
