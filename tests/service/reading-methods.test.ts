import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
let id: string;

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  store = await LibraryStore.open(dir, { compactAfter: 1000 });
  service = createPresscutService(store, { openExternal: async () => undefined });
  [{ id }] = await store.addPaste({ text: 'x' }, [article('Grain deal talks', 'Ships may sail again.')], new Date('2025-07-23T10:00:00Z'));
  await store.compact();
});
afterEach(async () => {
  await store.close();
  await remove();
});

it('changes reading state with one journal line, keeping what it was not told', async () => {
  const clip = await service.setReadingState(id, { progress: 0.4, openedAt: '2025-07-24T08:00:00.000Z' });
  expect(clip.reading).toEqual({ progress: 0.4, read: false, archived: false, favorite: false, openedAt: '2025-07-24T08:00:00.000Z' });
  await service.setReadingState(id, { read: true, favorite: true });
  expect(store.record(id).reading).toMatchObject({ progress: 0.4, read: true, favorite: true });
  const journal = await readFile(path.join(dir, 'journal.jsonl'), 'utf8');
  expect(journal.trim().split('\n')).toHaveLength(2);
  expect((await service.searchClips('is:favorite is:read')).hits.map((h) => h.clip.id)).toEqual([id]);
});

it.each([
  [[{ progress: 1.5 }], /progress/],
  [[{ progress: Number.NaN }], /progress/],
  [[{ read: 'yes' }], /read/],
  [[{ openedAt: 'yesterday' }], /openedAt/],
  [[{ deletedAt: null }], /deletedAt/],
  [[{}], /give at least one of progress, read/],
])('refuses a bad reading state patch %j and changes nothing', async (args, message) => {
  const before = structuredClone(store.record(id));
  const reply = await dispatch(service, 'setReadingState', [id, ...args]);
  expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(message) } });
  expect(store.record(id)).toEqual(before);
});

it('says when the clip does not exist', async () => {
  const reply = await dispatch(service, 'setReadingState', ['00000000-0000-0000-0000-000000000000', { read: true }]);
  expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

it('validates search arguments and answers a malformed filter with its fix', async () => {
  expect(await dispatch(service, 'searchClips', ['ships'])).toMatchObject({ ok: true, value: { total: 1 } });
  expect(await dispatch(service, 'searchClips', ['x'.repeat(1001)])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await dispatch(service, 'searchClips', ['ships', { limit: 0 }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await dispatch(service, 'searchClips', ['ships', { sort: 'date' }])).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  expect(await dispatch(service, 'searchClips', ['before:2025-02-30'])).toEqual({
    ok: false,
    error: { code: 'invalid-argument', message: expect.stringMatching(/^Search: before: takes a date written YYYY-MM-DD/) },
  });
});
