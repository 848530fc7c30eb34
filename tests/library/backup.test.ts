import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import {
  backupIndexBeforeMigration,
  BACKUPS_KEPT,
  listBackups,
} from '../../electron/library/backup.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await tempDir()));
afterEach(() => remove());

const day = (n: number) => new Date(Date.UTC(2025, 6, 1 + n, 9, 30));

async function openAt(n: number) {
  return LibraryStore.open(dir, { now: () => day(n), purgeDeletedAfterMs: Infinity });
}

it('copies the index at most once a day and keeps the last seven', async () => {
  let store = await openAt(0);
  await store.addPaste({ text: 'x' }, [article('First', 'one')], day(0));
  await store.close();
  expect(await listBackups(dir)).toHaveLength(1);

  store = await openAt(0.5);
  await store.addPaste({ text: 'y' }, [article('Second', 'two')], day(0.5));
  await store.close();
  const [only] = await listBackups(dir);
  expect(only.takenAt).toEqual(day(0));

  for (let n = 1; n <= 9; n++) await (await openAt(n)).close();
  const kept = await listBackups(dir);
  expect(kept).toHaveLength(BACKUPS_KEPT);
  expect(kept.map((b) => b.takenAt)).toEqual([9, 8, 7, 6, 5, 4, 3].map(day));
  // A backup is the whole index as it was, journal included: both clips are in the newest.
  const newest = JSON.parse(await readFile(kept[0].file, 'utf8'));
  expect(
    Object.values(newest.clips)
      .map((c) => (c as { title: string }).title)
      .sort(),
  ).toEqual(['First', 'Second']);
});

it('never copies an empty library, so a new library folder stays as it was', async () => {
  await (await openAt(0)).close();
  // No backups folder; the lock file stays, since deleting it could let two processes lock two files.
  expect((await readdir(dir)).sort()).toEqual(['clips', 'library.lock', 'pastes', 'staging']);
});

it('moves a damaged index aside, restores the newest good backup and says what happened', async () => {
  let store = await openAt(0);
  const [kept] = await store.addPaste({ text: 'kept' }, [article('Kept', 'in the backup')], day(0));
  await store.close();
  store = await openAt(1);
  await store.addPaste({ text: 'later' }, [article('Later', 'after the backup')], day(1));
  await store.close();
  // The newest backup is itself damaged: the one before it is used.
  const backups = await listBackups(dir);
  expect(backups).toHaveLength(2);
  await writeFile(backups[0].file, '{ not json');
  const damaged = '{"schemaVersion": 1, "clips": {';
  await writeFile(path.join(dir, 'index.json'), damaged);

  store = await openAt(2);
  expect(store.records().map((r) => r.title)).toEqual(['Kept']);
  expect((await store.body(kept.id)).blocks[0].text).toBe('in the backup');
  const recovery = store.recovery!;
  expect(recovery).toMatchObject({
    restoredFrom: backups[1].file,
    backupTakenAt: day(0).toISOString(),
    unlistedClips: 1,
  });
  expect(await readFile(recovery.damagedFile, 'utf8')).toBe(damaged);
  expect(path.dirname(recovery.damagedFile)).toBe(dir);
  expect(recovery.message).toMatch(
    /^The library index could not be opened: .*index\.json cannot be read as JSON .* It was moved aside, unchanged, to .*index\.damaged-2025-07-03T09-30-00-000Z\.json, and the backup taken 2025-07-01 09:30 UTC was restored\. One clip was saved after that backup: its text is still in the clips folder, but not in the library list\.$/,
  );
  await store.close();
  // Told once: the next start finds a good index.
  store = await openAt(2);
  expect(store.recovery).toBeNull();
  await store.close();
});

it('leaves a damaged index where it is when there is no good backup to restore', async () => {
  await writeFile(path.join(dir, 'index.json'), '[]');
  const error = await LibraryStore.open(dir).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).message).toMatch(
    /not a Presscut library index.*No good backup was found to restore\.$/,
  );
  expect(await readFile(path.join(dir, 'index.json'), 'utf8')).toBe('[]');
});

it('copies the index file as it is before a migration rewrites it', async () => {
  const index = path.join(dir, 'index.json');
  await writeFile(index, '{"schemaVersion": 1, "old": "shape"}');
  const copy = await backupIndexBeforeMigration(dir, index, 1, day(0));
  expect(path.basename(copy)).toBe('index-2025-07-01T09-30-00-000Z-before-migration-from-v1.json');
  expect(await readFile(copy, 'utf8')).toBe('{"schemaVersion": 1, "old": "shape"}');
  expect((await listBackups(dir)).map((b) => b.file)).toEqual([copy]);
});
