import { execFileSync } from 'node:child_process';
import { appendFile, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import type { Settings } from '../../electron/model/settings.ts';
import { openPresscutService } from '../../electron/service/open-service.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
const desktop = { openExternal: async () => undefined };
const firstScreen = { shelf: 'clips', order: 'newest', offset: 0, limit: 10 } as const;

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  const store = await LibraryStore.open(dir);
  const service = createPresscutService(store, desktop);
  for (const [i, title] of ['Harbour strike', 'Port reopens', 'Ferries return'].entries())
    await store.addPaste(
      { text: title },
      [article(title, `${title}, said the port.`)],
      new Date(Date.UTC(2025, 0, 1 + i)),
    );
  // The search index follows the library, and is on disk when it closes.
  expect((await service.listWindow(firstScreen)).total).toBe(3);
  await store.close();
});
afterEach(async () => {
  await remove();
});

/**
 * Puts a pipe in place of the library's index file, so that reading the
 * library waits until the returned function writes the index into it.
 */
async function holdIndexBack(): Promise<() => Promise<void>> {
  const file = path.join(dir, 'index.json');
  const text = await readFile(file, 'utf8');
  await rm(file);
  execFileSync('mkfifo', [file]);
  return () => writeFile(file, text);
}

describe.skipIf(process.platform === 'win32')('openPresscutService', () => {
  it('shows the list and searches from the search index while the library is still being read', async () => {
    const release = await holdIndexBack();
    const { service, store } = await openPresscutService(dir, desktop);
    let read = false;
    void store.then(() => (read = true));
    const clip = service.getClip('none').catch((error: Error) => error);

    const window = await service.listWindow(firstScreen);
    expect(window.hits.map((h) => h.clip.title)).toEqual([
      'Ferries return',
      'Port reopens',
      'Harbour strike',
    ]);
    expect((await service.searchClips('port reopens')).hits[0].clip.title).toBe('Port reopens');
    expect(await service.listClipIds({ shelf: 'clips', order: 'newest' })).toEqual(
      window.hits.map((h) => h.clip.id),
    );
    expect(read).toBe(false);

    await release();
    await store;
    expect(await clip).toMatchObject({ code: 'not-found' });
    const [newest] = window.hits;
    expect((await service.getClip(newest.clip.id)).record.title).toBe('Ferries return');
    await service.deleteClip(newest.clip.id);
    expect((await service.listWindow(firstScreen)).total).toBe(2);
    await (await store).close();
  });

  it('answers the counts and settings from the head of the index file, reading the library once the first list is answered', async () => {
    const before = await LibraryStore.open(dir);
    // Followed by the search index, as the app's library is.
    await createPresscutService(before, desktop).listWindow(firstScreen);
    const [first] = before.records();
    await before.updateRecord(first.id, (r) => ({ ...r, tags: ['Ports'] }));
    await before.setTag('Ports', { color: 'red' });
    await before.updateSettings({ theme: 'dark' });
    const seq = before.seq;
    await before.close();
    // Changes the index file does not hold yet, as a crash leaves them.
    const defaults = (await LibraryStore.open(dir).then(async (s) => {
      const settings = s.settings();
      await s.close();
      return settings;
    })) as Settings;
    await appendFile(
      path.join(dir, 'journal.jsonl'),
      [
        { kind: 'tag', name: 'Ports', value: { color: 'green' }, seq: seq + 1 },
        { kind: 'settings', value: { ...defaults, readerSize: 22 }, seq: seq + 2 },
      ]
        .map((entry) => `${JSON.stringify(entry)}\n`)
        .join(''),
    );

    const { service, store } = await openPresscutService(dir, desktop, { readByMs: 3_600_000 });
    let read = false;
    void store.then(() => (read = true));
    const counts = await service.countClips();
    expect(counts).toMatchObject({
      total: 3,
      tags: [{ name: 'Ports', count: 1, color: 'green' }],
    });
    expect(await service.getSettings()).toMatchObject({ theme: 'dark', readerSize: 22 });
    expect(read).toBe(false);

    await service.listWindow(firstScreen);
    const open = await store;
    expect(await service.countClips()).toEqual(counts);
    expect(await service.getSettings()).toEqual(open.settings());
    await open.close();
  });

  it('lets the counts and settings wait for the library when the index file starts with its clips', async () => {
    const file = path.join(dir, 'index.json');
    const { clips, ...shell } = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ clips, ...shell }));
    const { service, store } = await openPresscutService(dir, desktop, { readByMs: 3_600_000 });
    const settings = service.getSettings();
    await service.listWindow(firstScreen);
    expect(await settings).toEqual((await store).settings());
    await (await store).close();
  });

  it('lets the list wait for the library when the search index was made anew', async () => {
    await rm(path.join(dir, 'search'), { recursive: true });
    const release = await holdIndexBack();
    const { service, store } = await openPresscutService(dir, desktop);
    const window = service.listWindow(firstScreen);
    await release();
    expect((await window).total).toBe(3);
    await (await store).close();
  });

  it('fails every method as the library fails to open, and leaves it unlocked', async () => {
    await writeFile(path.join(dir, 'index.json'), '{"schemaVersion": 1, "seq": "x"');
    await rm(path.join(dir, 'backups'), { recursive: true, force: true });
    const { service, store } = await openPresscutService(dir, desktop, { readByMs: 0 });
    await expect(store).rejects.toMatchObject({ code: 'library-damaged' });
    await expect(service.countClips()).rejects.toMatchObject({ code: 'library-damaged' });
    const again = await LibraryStore.open(dir).catch((error: { code: string }) => error.code);
    expect(again).toBe('library-damaged');
  });
});
