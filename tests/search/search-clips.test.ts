import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import type { ExtractedArticle } from '../../electron/model/article.ts';
import type { Annotation, ClipRecord } from '../../electron/model/clip.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
const ids: Record<string, string> = {};

interface Clip {
  key: string;
  title: string;
  text: string;
  source?: string;
  published?: string;
  clippedAt: string;
  change?: (r: ClipRecord) => ClipRecord;
}

const note = (text: string): Annotation => ({
  id: `a-${text.length}`,
  createdAt: '2025-07-01T00:00:00.000Z',
  updatedAt: '2025-07-01T00:00:00.000Z',
  color: 'yellow',
  note: text,
  quote: { exact: 'x', prefix: '', suffix: '' },
  position: { start: 0, end: 1 },
  orphaned: false,
});

const CLIPS: Clip[] = [
  {
    key: 'grain',
    title: 'Grain deal talks resume in Istanbul',
    text: 'Negotiators from Ukraine and Russia met again over the grain deal. Shipping through the Black Sea could restart.',
    source: 'The Straits Times',
    published: '2025-07-20T08:00:00+08:00',
    clippedAt: '2025-07-21T12:00:00.000Z',
    change: (r) => ({ ...r, tags: ['Ukraine', 'trade'], reading: { ...r.reading, read: true } }),
  },
  {
    key: 'drones',
    title: 'Drone strikes hit Kyïv overnight',
    text: 'Air defences in Kyiv shot down most drones, officials said. The grain terminals in Odesa were not hit.',
    source: 'Reuters',
    clippedAt: '2025-08-02T12:00:00.000Z',
    change: (r) => ({
      ...r,
      tags: ['ukraine', 'war'],
      reading: { ...r.reading, favorite: true },
      annotations: [note('check casualty figures')],
    }),
  },
  {
    key: 'monsoon',
    title: 'Monsoon floods close schools',
    text: 'Heavy rain flooded roads across the city. Schools will stay shut until the water recedes; talks on relief funds begin Monday.',
    source: 'Straits Times Asia',
    published: '2025-06-30',
    clippedAt: '2025-07-01T12:00:00.000Z',
    change: (r) => ({
      ...r,
      tags: ['weather'],
      reading: { ...r.reading, archived: true },
      note: 'Follow up on relief funding',
    }),
  },
  {
    key: 'budget',
    title: 'Parliament passes the budget',
    text: 'The budget deal was passed late at night. Opposition members called it a rumour-driven process; the finance minister disagreed.',
    source: null as unknown as string,
    clippedAt: '2025-07-15T12:00:00.000Z',
  },
];

beforeAll(async () => {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
  for (const clip of CLIPS) {
    const extracted: ExtractedArticle = {
      ...article(clip.title, clip.text),
      source: clip.source ?? null,
      published: clip.published ?? null,
    };
    const [record] = await store.addPaste(
      { text: clip.text },
      [extracted],
      new Date(clip.clippedAt),
    );
    ids[clip.key] = record.id;
    if (clip.change) await store.updateRecord(record.id, clip.change);
  }
});
afterAll(async () => {
  await store.close();
  await remove();
});

async function found(query: string): Promise<string[]> {
  const { hits, total } = await service.searchClips(query, { limit: 50 });
  expect(total).toBe(hits.length);
  const byId = Object.fromEntries(Object.entries(ids).map(([k, v]) => [v, k]));
  return hits.map((h) => byId[h.clip.id]);
}

describe('searchClips', () => {
  it('ranks clips with every word: in the title first, exact before a near miss', async () => {
    // "rain" in the monsoon story is one letter from "grain".
    expect(await found('grain')).toEqual(['grain', 'drones', 'monsoon']);
    expect(await found('grain deal')).toEqual(['grain']);
  });

  it('finds words by their start and despite a typo, and says which words matched', async () => {
    const { hits } = await service.searchClips('negotiat');
    expect(hits.map((h) => h.clip.id)).toEqual([ids.grain]);
    expect(hits[0].terms).toEqual(['negotiators']);
    // From four letters: a three-letter start would stand for too many words in a big library.
    expect(await found('nego')).toEqual(['grain']);
    expect(await found('neg')).toEqual([]);
    expect(await found('monsoom')).toEqual(['monsoon']);
    expect(await found('kyiv')).toEqual(['drones']);
  });

  it('finds a phrase only where its words stand together', async () => {
    expect(await found('"grain deal"')).toEqual(['grain']);
    expect(await found('"deal grain"')).toEqual([]);
    expect(await found('"budget deal"')).toEqual(['budget']);
    const { hits } = await service.searchClips('"black sea" shipping');
    expect(hits[0].terms).toEqual(expect.arrayContaining(['shipping', 'black sea']));
  });

  it('finds stop words, which the index leaves out, as whole words in the text', async () => {
    expect(await found('"at night"')).toEqual(['budget']);
    expect(await found('the')).toEqual(['drones', 'grain', 'budget', 'monsoon']);
    expect(await found('"until the"')).toEqual(['monsoon']);
    expect(await found('over the')).toEqual(['grain']);
  });

  it('excludes words and phrases', async () => {
    expect(await found('terminals')).toEqual(['drones']);
    expect(await found('grain -terminals -rain')).toEqual(['grain']);
    expect(await found('deal -"grain deal"')).toEqual(['budget']);
    // "rumour-driven" holds the word "rumour".
    expect(await found('-rumour')).toEqual(['drones', 'grain', 'monsoon']);
  });

  it('lists the clips a query of filters only lets through, newest first', async () => {
    expect(await found('')).toEqual(['drones', 'grain', 'budget', 'monsoon']);
    expect(await found('tag:ukraine')).toEqual(['drones', 'grain']);
    expect(await found('tag:UKRAINE tag:war')).toEqual(['drones']);
    expect(await found('-tag:ukraine')).toEqual(['budget', 'monsoon']);
    expect(await found('source:"straits times"')).toEqual(['grain', 'monsoon']);
    expect(await found('source:reuters source:"times asia"')).toEqual(['drones', 'monsoon']);
    expect(await found('source:time')).toEqual([]);
    expect(await found('is:unread')).toEqual(['drones', 'budget', 'monsoon']);
    expect(await found('is:read')).toEqual(['grain']);
    expect(await found('is:archived')).toEqual(['monsoon']);
    expect(await found('is:favorite')).toEqual(['drones']);
    expect(await found('has:annotation')).toEqual(['drones']);
    expect(await found('has:note')).toEqual(['drones', 'monsoon']);
  });

  it('dates clips by publication, else by when they were clipped', async () => {
    // grain: published 20 July, clipped 21 July; monsoon: published 30 June; budget: clipped 15 July; drones: clipped 2 August.
    expect(await found('after:2025-07-20')).toEqual(['drones', 'grain']);
    expect(await found('after:2025-07-21')).toEqual(['drones']);
    expect(await found('before:2025-07')).toEqual(['monsoon']);
    expect(await found('after:2025-07 before:2025-08-01')).toEqual(['grain', 'budget']);
  });

  it('looks in titles only with in:title', async () => {
    expect(await found('grain in:title')).toEqual(['grain']);
    expect(await found('in:title "budget deal"')).toEqual([]);
    expect(await found('in:title budget')).toEqual(['budget']);
  });

  it('searches tags, outlets and notes as text too', async () => {
    expect(await found('casualty')).toEqual(['drones']);
    expect(await found('funding')).toEqual(['monsoon']);
    expect(await found('reuters')).toEqual(['drones']);
    expect(await found('weather')).toEqual(['monsoon']);
  });

  it('finds the words of tags by their start, despite a typo, as phrases, and leaves them out', async () => {
    expect(await found('weath')).toEqual(['monsoon']);
    expect(await found('waether')).toEqual(['monsoon']);
    expect(await found('"ukraine" trade')).toEqual(['grain']);
    expect(await found('trade deal')).toEqual(['grain']);
    // "rain" is a typo away from "grain": the monsoon story, which no tag leaves out.
    expect(await found('grain -ukraine')).toEqual(['monsoon']);
    expect(await found('-weather -trade -war')).toEqual(['budget']);
    const { hits } = await service.searchClips('weather');
    expect(hits[0].terms).toEqual(['weather']);
  });

  it('leaves an outlet out, and keeps the clips that have none', async () => {
    expect(await found('-source:reuters')).toEqual(['grain', 'budget', 'monsoon']);
    expect(await found('-source:times talks')).toEqual([]);
    expect(await found('source:nowhere')).toEqual([]);
  });

  it('combines words with filters', async () => {
    expect(await found('talks tag:ukraine')).toEqual(['grain']);
    expect(await found('talks -is:archived')).toEqual(['grain']);
    expect(await found('talks is:archived')).toEqual(['monsoon']);
  });

  it('pages through hits and counts them all', async () => {
    const all = await service.searchClips('', { limit: 50 });
    const page = await service.searchClips('', { limit: 2, offset: 1 });
    expect(page.total).toBe(4);
    expect(page.hits.map((h) => h.clip.id)).toEqual(all.hits.slice(1, 3).map((h) => h.clip.id));
  });

  it('refuses a malformed filter with a message', async () => {
    await expect(service.searchClips('is:unred')).rejects.toThrow(
      /is: can be is:read, is:unread, is:archived, is:favorite/,
    );
  });
});
