import { expect, it } from 'vitest';
import { migrateIndex, MIGRATIONS } from '../../electron/library/migrate.ts';
import { SCHEMA_VERSION } from '../../electron/library/index-schema.ts';

it('has a step from every past version to the current one', () => {
  for (let v = 1; v < SCHEMA_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
});

it('leaves a current index alone', () => {
  const index = { schemaVersion: SCHEMA_VERSION, clips: {} };
  expect(migrateIndex(index, 'index.json')).toEqual({ index, migratedFrom: null });
});

it('runs each step in order up to the target version', () => {
  const steps = {
    1: (i: Record<string, unknown>) => ({ ...i, tags: {} }),
    2: (i: Record<string, unknown>) => ({ ...i, renamed: i.clips, clips: undefined }),
  };
  const { index, migratedFrom } = migrateIndex(
    { schemaVersion: 1, clips: { a: 1 } },
    'index.json',
    steps,
    3,
  );
  expect(migratedFrom).toBe(1);
  expect(index).toEqual({ schemaVersion: 3, tags: {}, renamed: { a: 1 }, clips: undefined });
});

it('says what is wrong with something that is not an index', () => {
  expect(() => migrateIndex([], 'f.json')).toThrow(/not a Presscut library index/);
  expect(() => migrateIndex({ clips: {} }, 'f.json')).toThrow(/no valid schemaVersion/);
  expect(() => migrateIndex({ schemaVersion: 7 }, 'f.json', {}, 3)).toThrow(/newer Presscut/);
  expect(() => migrateIndex({ schemaVersion: 1 }, 'f.json', {}, 2)).toThrow(
    /No migration from library version 1/,
  );
});
