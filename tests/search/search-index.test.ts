import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import { searchLibrary } from '../../electron/search/search-library.ts';
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

async function titles(index: SearchIndex, store: LibraryStore, query: string): Promise<string[]> {
  const { hits } = await searchLibrary(index, store, parseQuery(query), { limit: 100, offset: 0 });
  return hits.map((h) => h.record.title);
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
    expect(await titles(index, store, 'lighthouse')).toEqual([]);

    const [r] = await store.addPaste(
      { text: 'x' },
      [article('Keepers return', 'The lighthouse reopens in May.')],
      at,
    );
    expect(await titles(index, store, 'lighthouse')).toEqual(['Keepers return']);

    await store.updateRecord(r.id, (x) => ({ ...x, title: 'Keepers come home', tags: ['coast'] }));
    expect(await titles(index, store, 'home tag:coast')).toEqual(['Keepers come home']);
    expect(await titles(index, store, 'coast')).toEqual(['Keepers come home']);

    await store.updateBody(r.id, {
      blocks: [{ type: 'paragraph', text: 'The beacon shines again.' }],
    });
    expect(await titles(index, store, 'lighthouse')).toEqual([]);
    expect(await titles(index, store, 'beacon')).toEqual(['Keepers come home']);

    await store.setDeleted(r.id, true);
    expect(await titles(index, store, 'beacon')).toEqual([]);
    expect(await titles(index, store, '')).toEqual([]);
    await store.setDeleted(r.id, false);
    expect(await titles(index, store, 'beacon')).toEqual(['Keepers come home']);

    await store.setDeleted(r.id, true);
    await index.close();
    await store.close();
    now = new Date('2025-07-30T10:00:00.000Z');
    const later = await LibraryStore.open(dir, { now: () => now });
    const reopened = await SearchIndex.open(later);
    expect(reopened.size).toBe(0);
    expect(await titles(reopened, later, 'beacon')).toEqual([]);
    await reopened.close();
    await later.close();
  });

  it('is saved on close and loaded at the next start without reading any clip text', async () => {
    const { store } = await libraryWith(
      ['Grain deal talks', 'Ships may sail again.'],
      ['Floods close schools', 'Rain fell all week.'],
    );
    const index = await SearchIndex.open(store);
    await index.close();
    await store.close();
    const lines = (await readFile(index.file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0].format).toBe(2);
    expect(lines.flatMap((line) => line.docs ?? [])).toHaveLength(2);

    const again = await LibraryStore.open(dir);
    const bodyReads = vi.spyOn(again, 'body');
    const loaded = await SearchIndex.open(again);
    expect(bodyReads).not.toHaveBeenCalled();
    expect(await titles(loaded, again, 'ships')).toEqual(['Grain deal talks']);
    expect(await titles(loaded, again, '"all week"')).toEqual(['Floods close schools']);
    await loaded.close();
    await again.close();
  });

  it('reads again at start only the text of clips changed after the index was saved', async () => {
    const { store, ids } = await libraryWith(
      ['One', 'alpha text'],
      ['Two', 'beta text'],
      ['Three', 'gamma text'],
    );
    const index = await SearchIndex.open(store);
    await index.save();
    // Changed while the index was not saved since, as if Presscut had been killed.
    await store.updateBody(ids[0], { blocks: [{ type: 'paragraph', text: 'delta text' }] });
    await store.updateRecord(ids[1], (r) => ({ ...r, tags: ['greek'] }));
    await store.setDeleted(ids[2], true);
    const [added] = await store.addPaste({ text: 'y' }, [article('Four', 'epsilon text')], at);
    await index.settled();

    const bodyReads = vi.spyOn(store, 'body');
    const restarted = await SearchIndex.open(store);
    expect(bodyReads.mock.calls.map(([id]) => id).sort()).toEqual([ids[0], added.id].sort());
    expect(await titles(restarted, store, 'delta')).toEqual(['One']);
    expect(await titles(restarted, store, 'alpha')).toEqual([]);
    expect(await titles(restarted, store, 'greek')).toEqual(['Two']);
    expect(await titles(restarted, store, 'gamma')).toEqual([]);
    expect(await titles(restarted, store, 'epsilon')).toEqual(['Four']);
    await restarted.close();
    await index.close();
    await store.close();
  });

  it.each([
    ['not JSON', () => '{"format": 2, "miniSearch": {'],
    [
      'of another format',
      () => JSON.stringify({ format: 999, miniSearch: { serializationVersion: 2 } }),
    ],
    [
      'not a MiniSearch index',
      () => JSON.stringify({ format: 2, miniSearch: { serializationVersion: 77 } }),
    ],
    [
      'cut short in a line',
      (saved: string) => saved.slice(0, saved.lastIndexOf('\n', saved.length - 2) + 20),
    ],
    ['missing a document', (saved: string) => saved.replace(/\n\{"docs":[^\n]*/, '')],
  ])('rebuilds a saved index that is %s, and says why', async (_, damage) => {
    const { store } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await (await SearchIndex.open(store)).close();
    const file = path.join(dir, 'search', 'index.jsonl');
    await writeFile(file, damage(await readFile(file, 'utf8')));
    const problems: string[] = [];
    const index = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    expect(problems).toEqual([expect.stringMatching(/search index is rebuilt/)]);
    expect(await titles(index, store, 'ships')).toEqual(['Grain deal talks']);
    await index.close();
    expect(JSON.parse((await readFile(file, 'utf8')).split('\n')[0]).format).toBe(2);
    await store.close();
  });

  it('saves on its own once enough clips changed, not after every edit', async () => {
    const { store, ids } = await libraryWith(['One', 'alpha'], ['Two', 'beta']);
    const index = await SearchIndex.open(store, { saveAfterChanges: 3, saveDelayMs: 0 });
    await index.save();
    const saved = await readFile(index.file, 'utf8');
    await store.updateRecord(ids[0], (r) => ({ ...r, tags: ['a'] }));
    await store.updateRecord(ids[1], (r) => ({ ...r, tags: ['b'] }));
    await index.settled();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await readFile(index.file, 'utf8')).toBe(saved);
    await store.updateRecord(ids[0], (r) => ({ ...r, tags: ['c'] }));
    await vi.waitFor(async () => expect(await readFile(index.file, 'utf8')).not.toBe(saved));
    await index.close();
    await store.close();
  });

  it('is not rewritten on close for a few changes: the next start reads just those clips', async () => {
    const { store, ids } = await libraryWith(['One', 'alpha'], ['Two', 'beta']);
    await (await SearchIndex.open(store)).close();
    const index = await SearchIndex.open(store);
    const saved = await readFile(index.file, 'utf8');
    await store.updateBody(ids[0], { blocks: [{ type: 'paragraph', text: 'omega' }] });
    await index.close();
    expect(await readFile(index.file, 'utf8')).toBe(saved);

    const bodyReads = vi.spyOn(store, 'body');
    const again = await SearchIndex.open(store);
    expect(bodyReads.mock.calls).toEqual([[ids[0]]]);
    expect(await titles(again, store, 'omega')).toEqual(['One']);
    await again.close();
    await store.close();
  });

  it('still finds a clip whose text file is missing, by its title', async () => {
    const { store, ids } = await libraryWith(['Grain deal talks', 'Ships may sail again.']);
    await unlink(path.join(dir, 'clips', `${ids[0]}.json`));
    const problems: string[] = [];
    const index = await SearchIndex.open(store, { onProblem: (m) => problems.push(m) });
    expect(await titles(index, store, 'grain')).toEqual(['Grain deal talks']);
    expect(problems).toEqual([expect.stringMatching(/is not searchable: .*missing/)]);
    await index.close();
    await store.close();
  });
});
