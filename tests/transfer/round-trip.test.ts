import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixture, OMNIVORE_FILES, zipOf } from '../helpers/transfer-fixtures.ts';

let dirs: { dir: string; remove: () => Promise<void> }[];
let stores: LibraryStore[];
const now = new Date('2025-07-23T10:00:00.000Z');

beforeEach(() => {
  dirs = [];
  stores = [];
});
afterEach(async () => {
  for (const s of stores) await s.close();
  for (const d of dirs) await d.remove();
});

async function library(): Promise<{ dir: string; store: LibraryStore; service: PresscutApi }> {
  const t = await tempDir();
  dirs.push(t);
  const store = await LibraryStore.open(t.dir, { now: () => now });
  stores.push(store);
  return {
    dir: t.dir,
    store,
    service: createPresscutService(
      store,
      { openExternal: async () => undefined },
      { now: () => now },
    ),
  };
}

/** Everything a library holds, read back from its store: records (deleted ones too), texts, pastes, tags, settings. */
async function contents(store: LibraryStore) {
  const records = [...store.everyRecord()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    records,
    bodies: await Promise.all(records.map((r) => store.body(r.id))),
    pastes: await Promise.all(records.map((r) => store.original(r.id))),
    tags: store.tags(),
    settings: store.settings(),
  };
}

/** A library with clips of every kind: pasted, imported with and without text, tagged, annotated, read, deleted. */
async function richLibrary() {
  const lib = await library();
  const { service } = lib;
  const [pasted] = await service.clipPaste({
    paste: {
      text: 'Tides turn at the old pier\nThe tide came in faster than anyone expected.\nFishermen pulled their boats higher.',
      html: '<p>Tides</p>',
    },
  });
  await service.importFiles([
    await zipOf('pocket.zip', 'pocket', ['part_000000.csv', 'annotations/part_000000.json']),
    await zipOf('omnivore.zip', 'omnivore', OMNIVORE_FILES),
    await fixture('loose/harbour-notes.md'),
  ]);
  await service.tagClips([pasted.id], { add: ['Coast', 'ports'] });
  await service.setTagColor('Coast', 'teal');
  await service.addAnnotation(pasted.id, { start: 0, end: 8, color: 'green', note: 'fast' });
  await service.setClipNote(pasted.id, 'Check the tide tables.');
  await service.updateSettings({ theme: 'sepia', readerSize: 21 });
  const [deleted] = await service.clipPaste({
    paste: { text: 'Short-lived\nA clip deleted before the export.' },
  });
  await service.deleteClip(deleted.id);
  return lib;
}

it('restores the library exactly from its JSON export, and again from a zipped backup', async () => {
  const source = await richLibrary();
  const before = await contents(source.store);
  expect(before.records.some((r) => r.deletedAt !== null)).toBe(true);
  expect(before.records.some((r) => r.linkOnly)).toBe(true);

  const json = await source.service.exportClips({ format: 'json', selection: {} });
  expect(json).toMatchObject({
    name: 'presscut-library-2025-07-23.json',
    mediaType: 'application/json',
    clips: before.records.length,
  });
  const target = await library();
  const summary = await target.service.importFiles([{ name: json.name, bytes: json.bytes }]);
  expect(summary).toMatchObject({ added: before.records.length, duplicates: 0, failed: [] });
  expect(await contents(target.store)).toEqual(before);
  // And again: nothing new.
  expect(await target.service.importFiles([{ name: json.name, bytes: json.bytes }])).toMatchObject({
    added: 0,
    duplicates: before.records.length,
  });

  const backup = await source.service.exportClips({ format: 'backup', selection: {} });
  expect(backup.name).toBe('presscut-backup-2025-07-23.zip');
  expect(Object.keys(unzipSync(backup.bytes))).toEqual(['presscut-library.json']);
  const fromBackup = await library();
  await fromBackup.service.importFiles([{ name: backup.name, bytes: backup.bytes }]);
  expect(await contents(fromBackup.store)).toEqual(before);
  // The restored library is a library like any other: it reopens the same.
  await fromBackup.store.close();
  const reopened = await LibraryStore.open(fromBackup.dir, { now: () => now });
  stores.push(reopened);
  expect(await contents(reopened)).toEqual(before);
});

it('merges a library into one that has clips, keeping the person’s settings', async () => {
  const source = await richLibrary();
  const json = await source.service.exportClips({ format: 'json', selection: {} });
  const target = await library();
  await target.service.updateSettings({ theme: 'dark' });
  await target.service.clipPaste({
    paste: { text: 'Already here\nA clip the target library had.' },
  });
  const summary = await target.service.importFiles([{ name: 'lib.json', bytes: json.bytes }]);
  expect(summary.added).toBe(source.store.everyRecord().length);
  expect(target.store.settings().theme).toBe('dark');
  expect(target.store.tags()).toEqual({ Coast: { color: 'teal' } });
  expect(target.store.everyRecord()).toHaveLength(source.store.everyRecord().length + 1);
});

it('takes a clip whose id cannot name a file under a new id, leaves out a damaged clip naming what is wrong, and refuses a damaged file whole', async () => {
  const source = await richLibrary();
  const json = JSON.parse(
    new TextDecoder().decode(
      (await source.service.exportClips({ format: 'json', selection: {} })).bytes,
    ),
  );
  const encode = (data: unknown) => new TextEncoder().encode(JSON.stringify(data));
  const escaping = structuredClone(json);
  escaping.clips[0].record.id = '../../escape';
  escaping.clips[0].body.id = '../../escape';
  const taken = await library();
  await taken.service.importFiles([{ name: 'evil.json', bytes: encode(escaping) }]);
  expect(taken.store.everyRecord().map((r) => r.id)).not.toContain('../../escape');
  expect(taken.store.everyRecord()).toHaveLength(json.clips.length);
  expect((await readdir(taken.dir)).sort()).not.toContain('escape');

  const broken = structuredClone(json);
  delete broken.clips[0].record.title;
  const target = await library();
  const summary = await target.service.importFiles([
    { name: 'broken.json', bytes: encode(broken) },
  ]);
  expect(summary.failed).toEqual([
    {
      item: 'broken.json, clip 1',
      reason: expect.stringMatching(/^it is damaged in the file \(record\.title: /),
    },
  ]);
  expect(target.store.everyRecord()).toHaveLength(json.clips.length - 1);

  const shell = structuredClone(json);
  shell.formatVersion = 99;
  const untouched = await library();
  await expect(
    untouched.service.importFiles([{ name: 'future.json', bytes: encode(shell) }]),
  ).rejects.toThrow(/future\.json is a Presscut library, but a damaged one \(formatVersion/);
  expect(untouched.store.everyRecord()).toEqual([]);
  expect(await readdir(path.join(untouched.dir, 'clips'))).toEqual([]);
  expect(await readdir(path.join(untouched.dir, 'pastes'))).toEqual([]);
});
