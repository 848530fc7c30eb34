import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { FORMAT } from '../../electron/search/search-database.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import type { IndexingState } from '../../electron/search/search-protocol.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
const at = new Date('2025-07-23T10:00:00.000Z');

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
});
afterEach(async () => {
  await remove();
});

const databaseFile = () => path.join(dir, 'search', 'library.sqlite');

async function titles(index: SearchIndex, query: string): Promise<string[]> {
  const { hits } = await index.page({
    query: parseQuery(query),
    shelf: null,
    tags: [],
    order: 'score',
    offset: 0,
    limit: 100,
  });
  return hits.map((h) => h.clip.title);
}

async function libraryWith(
  ...clips: Array<[title: string, text: string]>
): Promise<{ store: LibraryStore; ids: string[] }> {
  const store = await LibraryStore.open(dir);
  const records = await store.addPaste(
    { text: 'paste' },
    clips.map(([title, text]) => article(title, text)),
    at,
  );
  return { store, ids: records.map((r) => r.id) };
}

describe('SearchIndex', () => {
  it('follows additions, edits of record and text, deletion, restoring and purging', async () => {
    let now = at;
    const store = await LibraryStore.open(dir, { now: () => now });
    const index = await SearchIndex.open(store);
    expect(await titles(index, 'lighthouse')).toEqual([]);

    const [r] = await store.addPaste(
      { text: 'x' },
      [article('Keepers return', 'The lighthouse reopens in May.')],
      at,
    );
    expect(await titles(index, 'lighthouse')).toEqual(['Keepers return']);

    await store.updateRecord(r.id, (x) => ({ ...x, title: 'Keepers come home', tags: ['coast'] }));
    expect(await titles(index, 'home tag:coast')).toEqual(['Keepers come home']);
    expect(await titles(index, 'coast')).toEqual(['Keepers come home']);

    await store.updateBody(r.id, {
      blocks: [{ type: 'paragraph', text: 'The beacon shines again.' }],
    });
    expect(await titles(index, 'lighthouse')).toEqual([]);
    expect(await titles(index, 'beacon')).toEqual(['Keepers come home']);

    await store.setDeleted(r.id, true);
    expect(await titles(index, 'beacon')).toEqual([]);
    expect(await titles(index, '')).toEqual([]);
    await store.setDeleted(r.id, false);
    expect(await titles(index, 'beacon')).toEqual(['Keepers come home']);

    await store.setDeleted(r.id, true);
    await index.close();
    await store.close();
    now = new Date('2025-07-30T10:00:00.000Z');
    const later = await LibraryStore.open(dir, { now: () => now });
    const reopened = await SearchIndex.open(later);
    expect((await reopened.counts()).total).toBe(0);
    expect(await titles(reopened, 'beacon')).toEqual([]);
    await reopened.close();
    await later.close();
  });

  it('writes a tag edit to the tags alone, and finds clips whose tags hold the words first', async () => {
    const { store, ids } = await libraryWith(
      ['Harbour report', 'The weather turned and the harbour closed.'],
      ['Storm warning', 'Boats stay in port.'],
    );
    const index = await SearchIndex.open(store);
    // Were the clip's full-text entry written again, its text, now gone, would be lost to search.
    await unlink(path.join(dir, 'clips', `${ids[1]}.json`));
    // Found whole in the text, and as the start of a tag's word.
    await store.updateRecord(ids[1], (r) => ({ ...r, tags: ['Weathervanes'] }));
    expect(await titles(index, 'weather')).toEqual(['Harbour report', 'Storm warning']);
    await store.updateRecord(ids[1], (r) => ({ ...r, tags: ['Weather'] }));
    expect(await titles(index, 'port')).toEqual(['Storm warning']);
    expect(await titles(index, 'weather')).toEqual(['Storm warning', 'Harbour report']);
    expect(await titles(index, 'weather -tag:weather')).toEqual(['Harbour report']);
    await store.updateRecord(ids[1], (r) => ({ ...r, tags: [] }));
    expect(await titles(index, 'weather')).toEqual(['Harbour report']);
    expect(await titles(index, 'port')).toEqual(['Storm warning']);
    await index.close();
    await store.close();
  });

  it('pages hits best first, clips that score alike in list order, whatever the page', async () => {
    const store = await LibraryStore.open(dir);
    const tied = 'The crane lifts a container at the harbour.';
    // Clipped a day apart: the newest of those that tie comes first, the last the index took in.
    for (const [day, title] of ['Tied one', 'Tied two', 'Tied three'].entries())
      await store.addPaste(
        { text: 'x' },
        [article(title, tied)],
        new Date(at.getTime() + day * 864e5),
      );
    await store.addPaste(
      { text: 'x' },
      [article('Best', 'Harbour, harbour: the harbour crane.')],
      at,
    );
    const index = await SearchIndex.open(store);
    const all = await titles(index, 'harbour');
    expect(all).toEqual(['Best', 'Tied three', 'Tied two', 'Tied one']);
    // A page ending between clips that tie, and one ending after the best.
    for (const limit of [1, 2, 3]) {
      const pages: string[] = [];
      for (let offset = 0; offset < all.length; offset += limit) {
        const { hits } = await index.page({
          query: parseQuery('harbour'),
          shelf: null,
          tags: [],
          order: 'score',
          offset,
          limit,
        });
        pages.push(...hits.map((h) => h.clip.title));
      }
      expect(pages).toEqual(all);
    }
    await index.close();
    await store.close();
  });

  it('ranks the clips holding a phrase by how much they hold its words, with filters too', async () => {
    const { store, ids } = await libraryWith(
      ['Deal signed', 'A grain deal was signed today in the capital.'],
      ['Grain everywhere', 'A grain deal was signed. Grain prices fell; grain stores filled.'],
      ['Other deal', 'A deal on grain was signed.'],
    );
    const index = await SearchIndex.open(store);
    expect(await titles(index, '"grain deal"')).toEqual(['Grain everywhere', 'Deal signed']);
    expect(await titles(index, '"grain deal" is:unread')).toEqual([
      'Grain everywhere',
      'Deal signed',
    ]);
    await store.updateRecord(ids[1], (r) => ({ ...r, reading: { ...r.reading, read: true } }));
    expect(await titles(index, '"grain deal" is:unread')).toEqual(['Deal signed']);
    await index.close();
    await store.close();
  });

  it('filters a search and counts a list by each clip as it is now, from the table or from memory', async () => {
    const { store, ids } = await libraryWith(
      ['Port one', 'The harbour crane lifts a container.'],
      ['Port two', 'A harbour crane again, and a ferry.'],
    );
    const index = await SearchIndex.open(store);
    const listed = async (query: string) =>
      (
        await index.page({
          query: parseQuery(query),
          shelf: null,
          tags: [],
          order: 'newest',
          offset: 0,
          limit: 1,
        })
      ).total;
    // Read from the clips table at first; from memory once `indexed` has read it (and as changes follow).
    for (const fromMemory of [false, true]) {
      if (fromMemory) await index.indexed();
      await store.updateRecord(ids[0], (r) => ({ ...r, reading: { ...r.reading, read: false } }));
      expect(await titles(index, 'harbour is:read')).toEqual([]);
      await store.updateRecord(ids[0], (r) => ({ ...r, reading: { ...r.reading, read: true } }));
      expect(await titles(index, 'harbour is:read')).toEqual(['Port one']);
      expect(await titles(index, 'crane -is:read')).toEqual(['Port two']);
      expect(await listed('is:read')).toBe(1);
      await store.updateRecord(ids[1], (r) => ({ ...r, note: 'Ask the ferry line.' }));
      expect(await titles(index, 'harbour has:note')).toEqual(['Port two']);
      expect(await listed('has:note -is:read')).toBe(1);
      const [later] = await store.addPaste(
        { text: 'x' },
        [article('Port three', 'The harbour at dawn.')],
        new Date('2025-08-02T10:00:00.000Z'),
      );
      expect(await titles(index, 'harbour after:2025-08-01')).toEqual(['Port three']);
      expect(await titles(index, 'harbour before:2025-08-01 -is:read')).toEqual(['Port two']);
      expect(await listed('after:2025-08-01')).toBe(1);
      expect((await index.counts()).shelves).toEqual({
        clips: 3,
        unread: 2,
        favorites: 0,
        archive: 0,
      });
      await store.setDeleted(later.id, true);
      expect(await titles(index, 'harbour after:2025-08-01')).toEqual([]);
      expect(await listed('after:2025-08-01')).toBe(0);
      expect((await index.counts()).shelves.unread).toBe(1);
    }
    await index.close();
    await store.close();
  });

  it('is on disk: the next start opens it without reading any clip text', async () => {
    const { store, ids } = await libraryWith(
      ['Grain deal talks', 'Ships may sail again.'],
      ['Floods close schools', 'Rain fell all week.'],
    );
    await (await SearchIndex.open(store)).close();
    // Were the texts read again, their absence would be reported.
    for (const id of ids) await unlink(path.join(dir, 'clips', `${id}.json`));
    const problems: string[] = [];
    const again = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    expect(await titles(again, 'ships')).toEqual(['Grain deal talks']);
    expect(await titles(again, '"all week"')).toEqual(['Floods close schools']);
    expect(problems).toEqual([]);
    await again.close();
    await store.close();
  });

  it('catches up at start with the changes it missed, reading only the texts that changed', async () => {
    const { store, ids } = await libraryWith(
      ['One', 'alpha text'],
      ['Two', 'beta text'],
      ['Three', 'gamma text'],
    );
    await (await SearchIndex.open(store)).close();
    // Changed while the index was not following, as if Presscut had been killed.
    await store.updateBody(ids[0], { blocks: [{ type: 'paragraph', text: 'delta text' }] });
    await store.updateRecord(ids[1], (r) => ({ ...r, reading: { ...r.reading, read: true } }));
    await store.setDeleted(ids[2], true);
    const [added] = await store.addPaste({ text: 'y' }, [article('Four', 'epsilon text')], at);
    await unlink(path.join(dir, 'clips', `${ids[1]}.json`));

    const problems: string[] = [];
    const restarted = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    expect(await titles(restarted, 'delta')).toEqual(['One']);
    expect(await titles(restarted, 'alpha')).toEqual([]);
    expect(await titles(restarted, 'beta is:read')).toEqual(['Two']);
    expect(await titles(restarted, 'gamma')).toEqual([]);
    expect(await titles(restarted, 'epsilon')).toEqual([added.title]);
    expect(problems).toEqual([]);
    await restarted.close();
    await store.close();
  });

  it.each([
    ['not a database', () => 'this is not SQLite'],
    ['cut short', (saved: Buffer) => saved.subarray(0, Math.floor(saved.length / 2))],
  ])('rebuilds a database that is %s, and says why', async (_, damage) => {
    const { store } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await (await SearchIndex.open(store)).close();
    await writeFile(databaseFile(), damage(await readFile(databaseFile())));
    const problems: string[] = [];
    const index = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    await index.indexed();
    expect(problems).toEqual([expect.stringMatching(/search index is rebuilt: .*library\.sqlite/)]);
    expect(await titles(index, 'ships')).toEqual(['Grain deal talks']);
    await index.close();
    await store.close();
  });

  it('keeps a database it cannot open while another connection locks it', async () => {
    const { store } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await (await SearchIndex.open(store)).close();
    // A connection that locks the database whole, readers too, until it closes.
    const holder = new DatabaseSync(databaseFile());
    holder.exec('PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT');
    await expect(SearchIndex.start(dir)).rejects.toThrow(/locked/);
    holder.close();
    const index = await SearchIndex.start(dir);
    expect(index.madeNew).toBe(false);
    expect(await titles(index, 'ships')).toEqual(['Grain deal talks']);
    await index.close();
    await store.close();
  });

  it('rebuilds a database of an older format, and says why', async () => {
    const { store } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await (await SearchIndex.open(store)).close();
    const older = new DatabaseSync(databaseFile());
    older.exec(`UPDATE meta SET value = '${FORMAT - 1}' WHERE key = 'format'`);
    older.close();
    const problems: string[] = [];
    const index = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    await index.indexed();
    expect(problems).toEqual([
      expect.stringMatching(new RegExp(`search index is rebuilt: .*of format ${FORMAT - 1}`)),
    ]);
    expect(await titles(index, 'ships')).toEqual(['Grain deal talks']);
    await index.close();
    await store.close();
  });

  it('rebuilds an index of the format that kept tags in the full-text index, saying so meanwhile', async () => {
    const store = await LibraryStore.open(dir);
    const records = await store.addPaste(
      { text: 'p' },
      Array.from({ length: 150 }, (_, i) => article(`Report ${i}`, `Harbour news number ${i}.`)),
      at,
    );
    await store.updateRecord(records[7].id, (r) => ({ ...r, tags: ['Coast guard'] }));
    await (await SearchIndex.open(store)).close();
    const older = new DatabaseSync(databaseFile());
    older.exec(`UPDATE meta SET value = '3' WHERE key = 'format'`);
    older.close();
    const index = await SearchIndex.start(dir);
    const following = index.follow(store);
    const coast = () =>
      index.page({
        query: parseQuery('"coast guard" harbour'),
        shelf: null,
        tags: [],
        order: 'score',
        offset: 0,
        limit: 10,
      });
    expect((await coast()).indexing).toEqual({ done: 0, total: expect.any(Number) });
    await following;
    await index.indexed();
    expect(await coast()).toMatchObject({ total: 1, indexing: null });
    expect(await titles(index, 'tag:"coast guard"')).toEqual(['Report 7']);
    expect(await titles(index, 'harbour')).toHaveLength(100);
    await index.close();
    await store.close();
  });

  it('is rebuilt in the background when missing, with progress, and says so to searches meanwhile', async () => {
    const store = await LibraryStore.open(dir);
    const count = 150;
    await store.addPaste(
      { text: 'p' },
      Array.from({ length: count }, (_, i) => article(`Report ${i}`, `Harbour news number ${i}.`)),
      at,
    );
    const progress: Array<IndexingState | null> = [];
    const index = await SearchIndex.start(dir, { onProgress: (s) => progress.push(s) });
    const following = index.follow(store);
    const harbour = () =>
      index.page({
        query: parseQuery('harbour'),
        shelf: null,
        tags: [],
        order: 'score',
        offset: 0,
        limit: 10,
      });
    const during = await harbour();
    expect(during.indexing).toEqual({ done: 0, total: expect.any(Number) });
    await following;
    await index.indexed();
    expect(progress.at(-1)).toBeNull();
    expect(progress.some((s) => s !== null && s.total === count)).toBe(true);
    expect(await harbour()).toMatchObject({ total: count, indexing: null });
    await index.close();
    await store.close();
  });

  it('still finds a clip whose text file is missing, by its title', async () => {
    const { store, ids } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await unlink(path.join(dir, 'clips', `${ids[0]}.json`));
    const problems: string[] = [];
    const index = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    expect(await titles(index, 'grain')).toEqual(['Grain deal talks']);
    expect(problems).toEqual([expect.stringMatching(/is not searchable/)]);
    await index.close();
    await store.close();
  });
});
