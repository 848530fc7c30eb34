import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.ts';
import type { ClipQuery, PresscutApi, Shelf } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { announceSeed } from '../helpers/test-seed.ts';

const CLIPS = 60;
const TAGS = ['ukraine', 'Climate', 'trade'];
let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;

const SHELF_TESTS: Record<Shelf, (r: ClipRecord) => boolean> = {
  clips: (r) => !r.reading.archived,
  unread: (r) => !r.reading.read && !r.reading.archived,
  favorites: (r) => r.reading.favorite,
  archive: (r) => r.reading.archived,
};

beforeAll(async () => {
  const random = seededRandom(announceSeed('list windows over a random library'));
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
  for (let i = 0; i < CLIPS; i++) {
    const [record] = await store.addPaste(
      { text: `paste ${i}` },
      [article(`Story ${i} ${i % 3 === 0 ? 'harbour' : 'inland'}`, `Text of story ${i}.`)],
      new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 300) * 86_400_000),
    );
    await store.updateRecord(record.id, (r) => ({
      ...r,
      tags: TAGS.filter(() => random() < 0.4),
      reading: {
        ...r.reading,
        read: random() < 0.5,
        archived: random() < 0.2,
        favorite: random() < 0.15,
      },
    }));
  }
});
afterAll(async () => {
  await store.close();
  await remove();
});

/** The whole list, window by window. */
async function wholeList(query: ClipQuery, size: number): Promise<string[]> {
  const ids: string[] = [];
  for (let offset = 0; ; offset += size) {
    const window = await service.listWindow({ ...query, offset, limit: size });
    expect(window.offset).toBe(offset);
    ids.push(...window.hits.map((h) => h.clip.id));
    if (offset + size >= window.total) {
      expect(ids).toHaveLength(window.total);
      return ids;
    }
  }
}

describe('the list, window by window', () => {
  it('gives each shelf newest first, whatever the window size, as the store lists it', async () => {
    for (const shelf of Object.keys(SHELF_TESTS) as Shelf[]) {
      const expected = store
        .records()
        .filter(SHELF_TESTS[shelf])
        .map((r) => r.id);
      expect(await wholeList({ shelf }, 7), shelf).toEqual(expected);
      expect(await wholeList({ shelf }, 500), shelf).toEqual(expected);
    }
  });

  it('filters by tags, by their exact names, all of them', async () => {
    const expected = store
      .records()
      .filter((r) => !r.reading.archived && r.tags.includes('ukraine') && r.tags.includes('trade'))
      .map((r) => r.id);
    expect(await wholeList({ shelf: 'clips', tags: ['ukraine', 'trade'] }, 5)).toEqual(expected);
    expect(await wholeList({ shelf: 'clips', tags: ['climate'] }, 5)).toEqual([]);
  });

  it('searches across every shelf, by score or newest first, with the tags', async () => {
    const harbour = store.records().filter((r) => r.title.includes('harbour'));
    const byScore = await wholeList({ shelf: 'archive', search: 'harbour' }, 4);
    expect(new Set(byScore)).toEqual(new Set(harbour.map((r) => r.id)));
    expect(await wholeList({ shelf: 'archive', search: 'harbour', order: 'newest' }, 4)).toEqual(
      harbour.map((r) => r.id),
    );
    const tagged = harbour.filter((r) => r.tags.includes('Climate')).map((r) => r.id);
    expect(
      await wholeList({ shelf: 'clips', search: 'harbour', tags: ['Climate'], order: 'newest' }, 3),
    ).toEqual(tagged);
    const window = await service.listWindow({
      shelf: 'clips',
      search: 'harbour',
      offset: 0,
      limit: 1,
    });
    expect(window.hits[0].terms).toEqual(['harbour']);
    expect(window.hits[0].snippet).toMatch(/Text of story \d+\./);
  });

  it('gives the ids of a range, or of the whole list, in the list order', async () => {
    for (const query of [
      { shelf: 'unread' },
      { shelf: 'clips', search: 'story -harbour is:unread' },
      { shelf: 'clips', tags: ['trade'] },
    ] satisfies ClipQuery[]) {
      const all = await wholeList(query, 9);
      expect(await service.listClipIds(query)).toEqual(all);
      expect(await service.listClipIds(query, { offset: 3, limit: 5 })).toEqual(all.slice(3, 8));
    }
  });

  it('counts each shelf and tag as the records say, and follows a change', async () => {
    const counts = await service.countClips();
    const live = store.records();
    expect(counts.total).toBe(live.length);
    for (const shelf of Object.keys(SHELF_TESTS) as Shelf[])
      expect(counts.shelves[shelf], shelf).toBe(live.filter(SHELF_TESTS[shelf]).length);
    expect(counts.tags).toEqual(await service.listTags());

    const [first] = live;
    await service.tagClips([first.id], { add: ['lighthouse'] });
    await service.setReadingState(first.id, { archived: true });
    const after = await service.countClips();
    expect(after.tags.find((t) => t.name === 'lighthouse')?.count).toBe(1);
    expect(after.shelves.archive).toBe(counts.shelves.archive + (first.reading.archived ? 0 : 1));
  });

  it('refuses a window too large or a shelf that does not exist, with a message', async () => {
    const tooLarge = await dispatch(service, 'listWindow', [
      { shelf: 'clips', offset: 0, limit: 501 },
    ]);
    expect(tooLarge).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    const shelf = await dispatch(service, 'listClipIds', [{ shelf: 'attic' }]);
    expect(shelf).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    await expect(
      service.listWindow({ shelf: 'clips', search: 'is:unred', offset: 0, limit: 5 }),
    ).rejects.toThrow(/is: can be/);
  });
});
