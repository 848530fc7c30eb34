import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let store: LibraryStore;
let service: PresscutApi;
let dir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  store = await LibraryStore.open(dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
});
afterEach(async () => {
  await store.close();
  await remove();
});

async function clip(title: string, text = 'Some words of the story here.') {
  const [c] = await service.clipPaste({ paste: { text: `${title}\n${text}` } });
  return c.id;
}

describe('tags', () => {
  it('adds and removes tags on several clips at once, reusing the spelling already in the library', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await service.tagClips([a], { add: ['Ukraine'] });
    const updated = await service.tagClips([a, b], { add: ['  ukraine ', 'war   crimes'] });
    expect(updated.map((c) => c.tags)).toEqual([['Ukraine', 'war crimes'], ['Ukraine', 'war crimes']]);
    await service.tagClips([b], { remove: ['WAR CRIMES'] });
    expect(await service.listTags()).toEqual([
      { name: 'Ukraine', count: 2, color: null },
      { name: 'war crimes', count: 1, color: null },
    ]);
  });

  it('refuses an empty tag name and changes nothing', async () => {
    const a = await clip('A');
    await expect(service.tagClips([a], { add: ['   '] })).rejects.toThrow(/needs a name/);
    expect(store.record(a).tags).toEqual([]);
  });

  it('renames a tag everywhere, and merges it onto an existing one with its colour', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await service.tagClips([a], { add: ['Kiev'] });
    await service.tagClips([b], { add: ['Kyiv', 'Kiev'] });
    await service.setTagColor('Kiev', 'blue');
    const tags = await service.renameTag('Kiev', 'kyiv');
    expect(tags).toEqual([{ name: 'Kyiv', count: 2, color: 'blue' }]);
    expect(store.record(b).tags).toEqual(['Kyiv']);
  });

  it('deletes a tag from every clip and returns what undo needs', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await service.tagClips([a, b], { add: ['later'] });
    await service.setTagColor('later', 'red');
    const undo = await service.deleteTag('later');
    expect(undo).toEqual({ clipIds: [b, a], color: 'red' });
    expect(await service.listTags()).toEqual([]);
    await service.tagClips(undo.clipIds, { add: ['later'] });
    await service.setTagColor('later', undo.color);
    expect(await service.listTags()).toEqual([{ name: 'later', count: 2, color: 'red' }]);
  });

  it('writes one journal line per clip for a bulk change, not the index', async () => {
    const ids = [await clip('A'), await clip('B'), await clip('C')];
    await store.compact();
    await service.tagClips(ids, { add: ['x'] });
    const journal = await readFile(path.join(dir, 'journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(3);
  });

  it('suggests the people, places, organisations and key terms of the seed story', async () => {
    // The seed's first story alone, without the widget inside it or the stories after it.
    const seed = await readFile(path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt'), 'utf8');
    const story = seed.slice(0, seed.indexOf('Top stories')) + seed.slice(seed.indexOf('"At the same time'), seed.indexOf('Hashtags'));
    const [first] = await service.clipPaste({ paste: { text: story } });
    const suggestions = await service.suggestTags(first.id);
    for (const expected of ['Russia', 'Ukraine', 'Ottawa Convention', 'landmines']) expect(suggestions).toContain(expected);
    await service.tagClips([first.id], { add: ['Russia'] });
    expect(await service.suggestTags(first.id)).not.toContain('Russia');
  });
});
