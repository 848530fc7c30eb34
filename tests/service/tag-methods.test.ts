import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTestLibrary } from '../helpers/test-library.ts';

const lib = useTestLibrary();

async function clip(title: string, text = 'Some words of the story here.') {
  const [c] = await lib.service.clipPaste({ paste: { text: `${title}\n${text}` } });
  return c.id;
}

describe('tags', () => {
  it('adds and removes tags on several clips at once, reusing the spelling already in the library', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await lib.service.tagClips([a], { add: ['Ukraine'] });
    expect(await lib.service.tagClips([a, b], { add: ['  ukraine ', 'war   crimes'] })).toBe(2);
    expect([a, b].map((id) => lib.store.record(id).tags)).toEqual([
      ['Ukraine', 'war crimes'],
      ['Ukraine', 'war crimes'],
    ]);
    await lib.service.tagClips([b], { remove: ['WAR CRIMES'] });
    expect(await lib.service.listTags()).toEqual([
      { name: 'Ukraine', count: 2, color: null },
      { name: 'war crimes', count: 1, color: null },
    ]);
  });

  it('refuses an empty tag name and changes nothing', async () => {
    const a = await clip('A');
    await expect(lib.service.tagClips([a], { add: ['   '] })).rejects.toThrow(/needs a name/);
    expect(lib.store.record(a).tags).toEqual([]);
  });

  it('refuses a tag name every object already has, rather than lose it', async () => {
    const a = await clip('A');
    for (const name of ['__proto__', 'constructor', 'toString']) {
      await expect(lib.service.tagClips([a], { add: [name] })).rejects.toThrow(
        /cannot be a tag name/,
      );
      await expect(lib.store.setTag(name, { color: 'red' })).rejects.toThrow(
        /cannot be a tag name/,
      );
    }
    expect(lib.store.record(a).tags).toEqual([]);
    expect(await lib.service.listTags()).toEqual([]);
  });

  it('renames a tag everywhere, and merges it onto an existing one with its colour', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await lib.service.tagClips([a], { add: ['Kiev'] });
    await lib.service.tagClips([b], { add: ['Kyiv', 'Kiev'] });
    await lib.service.setTagColor('Kiev', 'blue');
    const tags = await lib.service.renameTag('Kiev', 'kyiv');
    expect(tags).toEqual([{ name: 'Kyiv', count: 2, color: 'blue' }]);
    expect(lib.store.record(b).tags).toEqual(['Kyiv']);
  });

  it('deletes a tag from every clip and returns what undo needs', async () => {
    const a = await clip('A');
    const b = await clip('B');
    await lib.service.tagClips([a, b], { add: ['later'] });
    await lib.service.setTagColor('later', 'red');
    const undo = await lib.service.deleteTag('later');
    expect({ ...undo, clipIds: [...undo.clipIds].sort() }).toEqual({
      clipIds: [a, b].sort(),
      color: 'red',
    });
    expect(await lib.service.listTags()).toEqual([]);
    await lib.service.tagClips(undo.clipIds, { add: ['later'] });
    await lib.service.setTagColor('later', undo.color);
    expect(await lib.service.listTags()).toEqual([{ name: 'later', count: 2, color: 'red' }]);
  });

  it('writes one journal line per clip for a bulk change, not the index', async () => {
    const ids = [await clip('A'), await clip('B'), await clip('C')];
    await lib.store.compact();
    await lib.service.tagClips(ids, { add: ['x'] });
    const journal = await readFile(path.join(lib.libraryDir, 'journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(3);
  });

  it('suggests the people, places, organisations and key terms of the seed story', async () => {
    // The seed's first story alone, without the widget inside it or the stories after it.
    const seed = await readFile(
      path.resolve(import.meta.dirname, '../fixtures/aggregator-paste.txt'),
      'utf8',
    );
    const story =
      seed.slice(0, seed.indexOf('Top stories')) +
      seed.slice(seed.indexOf('"At the same time'), seed.indexOf('Hashtags'));
    const [first] = await lib.service.clipPaste({ paste: { text: story } });
    const suggestions = await lib.service.suggestTags(first.id);
    for (const expected of ['Russia', 'Ukraine', 'Ottawa Convention', 'landmines'])
      expect(suggestions).toContain(expected);
    await lib.service.tagClips([first.id], { add: ['Russia'] });
    expect(await lib.service.suggestTags(first.id)).not.toContain('Russia');
  });
});
