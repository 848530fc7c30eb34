import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch.ts';
import { article } from '../helpers/articles.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const lib = useTestLibrary();
let id: string;

beforeEach(async () => {
  [{ id }] = await lib.store.addPaste(
    { text: 'x' },
    [article('Grain deal talks', 'Ships may sail again.')],
    new Date('2025-07-23T10:00:00Z'),
  );
  await lib.store.compact();
});

it('changes reading state with one journal line, keeping what it was not told', async () => {
  const clip = await lib.service.setReadingState(id, {
    progress: 0.4,
    openedAt: '2025-07-24T08:00:00.000Z',
  });
  expect(clip.reading).toEqual({
    progress: 0.4,
    read: false,
    archived: false,
    favorite: false,
    openedAt: '2025-07-24T08:00:00.000Z',
  });
  await lib.service.setReadingState(id, { read: true, favorite: true });
  expect(lib.store.record(id).reading).toMatchObject({ progress: 0.4, read: true, favorite: true });
  const journal = await readFile(path.join(lib.libraryDir, 'journal.jsonl'), 'utf8');
  expect(journal.trim().split('\n')).toHaveLength(2);
  expect((await lib.service.searchClips('is:favorite is:read')).hits.map((h) => h.clip.id)).toEqual(
    [id],
  );
});

it.each([
  [[{ progress: 1.5 }], /progress/],
  [[{ progress: Number.NaN }], /progress/],
  [[{ read: 'yes' }], /read/],
  [[{ openedAt: 'yesterday' }], /openedAt/],
  [[{ deletedAt: null }], /deletedAt/],
  [[{}], /give at least one of progress, read/],
])('refuses a bad reading state patch %j and changes nothing', async (args, message) => {
  const before = structuredClone(lib.store.record(id));
  const reply = await dispatch(lib.service, 'setReadingState', [id, ...args]);
  expect(reply).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument', message: expect.stringMatching(message) },
  });
  expect(lib.store.record(id)).toEqual(before);
});

it('says when the clip does not exist', async () => {
  const reply = await dispatch(lib.service, 'setReadingState', [
    '00000000-0000-0000-0000-000000000000',
    { read: true },
  ]);
  expect(reply).toMatchObject({ ok: false, error: { code: 'not-found' } });
});

it('validates search arguments and answers a malformed filter with its fix', async () => {
  expect(await dispatch(lib.service, 'searchClips', ['ships'])).toMatchObject({
    ok: true,
    value: { total: 1 },
  });
  expect(await dispatch(lib.service, 'searchClips', ['x'.repeat(1001)])).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
  expect(await dispatch(lib.service, 'searchClips', ['ships', { limit: 0 }])).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
  expect(await dispatch(lib.service, 'searchClips', ['ships', { sort: 'date' }])).toMatchObject({
    ok: false,
    error: { code: 'invalid-argument' },
  });
  expect(await dispatch(lib.service, 'searchClips', ['before:2025-02-30'])).toEqual({
    ok: false,
    error: {
      code: 'invalid-argument',
      message: expect.stringMatching(/^Search: before: takes a date written YYYY-MM-DD/),
    },
  });
});
