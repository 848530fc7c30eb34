import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
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
    const { service, store } = await openPresscutService(dir, desktop);
    await expect(store).rejects.toMatchObject({ code: 'library-damaged' });
    await expect(service.countClips()).rejects.toMatchObject({ code: 'library-damaged' });
    const again = await LibraryStore.open(dir).catch((error: { code: string }) => error.code);
    expect(again).toBe('library-damaged');
  });
});
