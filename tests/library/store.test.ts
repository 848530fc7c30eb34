import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import { Journal } from '../../electron/library/journal.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import { article } from '../helpers/articles.ts';
import { runThenKill } from '../helpers/killed-process.ts';
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

async function expectError(promise: Promise<unknown>, code: string, text: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).code).toBe(code);
  expect((error as PresscutError).message).toMatch(text);
}

describe('LibraryStore', () => {
  it('starts empty and creates its folder layout', async () => {
    const store = await LibraryStore.open(path.join(dir, 'lib'));
    expect(store.records()).toEqual([]);
    expect((await readdir(path.join(dir, 'lib'))).sort()).toEqual([
      'clips',
      'library.lock',
      'pastes',
      'staging',
    ]);
    await store.close();
  });

  it('keeps clips, their text and the untouched paste across a reopen', async () => {
    const paste = {
      text: 'One\nFirst para.\n\nTwo\nSecond para.',
      html: '<p onclick="x()">One</p>',
    };
    let store = await LibraryStore.open(dir);
    const records = await store.addPaste(
      paste,
      [article('One', 'First para.'), article('Two', 'Second para.')],
      at,
    );
    expect(records.map((r) => r.title)).toEqual(['One', 'Two']);
    expect(records[0].pasteId).toBe(records[1].pasteId);
    await store.close();

    store = await LibraryStore.open(dir);
    expect(store.records().map((r) => r.title)).toEqual(['One', 'Two']);
    const body = await store.body(records[1].id);
    expect(body.blocks).toEqual([{ type: 'paragraph', text: 'Second para.' }]);
    expect(body.removed[0].text).toBe('Subscribe now');
    expect(await store.original(records[1].id)).toEqual(paste);
    expect(store.record(records[0].id)).toMatchObject({
      excerpt: 'First para.',
      wordCount: 2,
      source: 'The Test Times',
    });
    await store.close();
  });

  it('lists newest first', async () => {
    const store = await LibraryStore.open(dir);
    await store.addPaste({ text: 'a' }, [article('Older', 'x')], new Date('2025-01-01T00:00:00Z'));
    await store.addPaste({ text: 'b' }, [article('Newer', 'y')], new Date('2025-02-01T00:00:00Z'));
    expect(store.records().map((r) => r.title)).toEqual(['Newer', 'Older']);
    await store.close();
  });

  it('reopens from the journal alone when it was never compacted (killed before close)', async () => {
    // Killed with its lock held, so the index file was never written.
    const id = await runThenKill(`
      const store = await LibraryStore.open(${JSON.stringify(dir)});
      const [r] = await store.addPaste({ text: 'a' }, [article('Kept', 'x')], new Date());
      process.stdout.write(r.id);
    `);
    const again = await LibraryStore.open(dir);
    expect(again.record(id).title).toBe('Kept');
    await again.close();
  });

  it('opens a library whose old lock file names a live process that is not Presscut (its id reused)', async () => {
    await writeFile(path.join(dir, 'library.lock'), String(process.pid));
    const store = await LibraryStore.open(dir);
    await expectError(LibraryStore.open(dir), 'library-unavailable', /open in another/);
    await store.close();
  });

  it('edits a clip by writing its record to the journal and its own text file, not the library', async () => {
    const store = await LibraryStore.open(dir, { compactAfter: 1000 });
    const [a, b] = await store.addPaste(
      { text: 'x' },
      [article('A', 'aaa'), article('B', 'bbb')],
      at,
    );
    await store.compact();
    const indexBefore = await readFile(path.join(dir, 'index.json'), 'utf8');
    const bBefore = await readFile(path.join(dir, 'clips', `${b.id}.json`), 'utf8');
    const updated = await store.updateBody(a.id, {
      blocks: [{ type: 'paragraph', text: 'edited text here' }],
    });
    expect(updated).toMatchObject({ revision: 1, excerpt: 'edited text here', wordCount: 3 });
    expect(await readFile(path.join(dir, 'index.json'), 'utf8')).toBe(indexBefore);
    expect(await readFile(path.join(dir, 'clips', `${b.id}.json`), 'utf8')).toBe(bBefore);
    const journal = await readFile(path.join(dir, 'journal.jsonl'), 'utf8');
    expect(journal.trim().split('\n')).toHaveLength(1);
    expect((await store.body(a.id)).revision).toBe(1);
    await store.close();
  });

  it('deletes with undo, and purges at a later start once the grace period is over', async () => {
    let now = new Date('2025-07-23T10:00:00Z');
    let store = await LibraryStore.open(dir, { now: () => now });
    const [r] = await store.addPaste({ text: 'x' }, [article('Gone', 'x')], at);
    await store.setDeleted(r.id, true);
    expect(store.records()).toEqual([]);
    await store.setDeleted(r.id, false);
    expect(store.records().map((x) => x.id)).toEqual([r.id]);
    await store.setDeleted(r.id, true);
    await store.close();

    store = await LibraryStore.open(dir, { now: () => now });
    expect(store.record(r.id).deletedAt).not.toBeNull();
    await store.close();

    now = new Date('2025-07-25T10:00:00Z');
    store = await LibraryStore.open(dir, { now: () => now });
    expect(() => store.record(r.id)).toThrow(/no clip/);
    expect(await readdir(path.join(dir, 'clips'))).toEqual([]);
    expect(await readdir(path.join(dir, 'pastes'))).toEqual([]);
    await store.close();
  });

  it('reports a damaged index clearly and never overwrites it', async () => {
    await writeFile(path.join(dir, 'index.json'), '{"schemaVersion": 1, "clips": {');
    await expectError(
      LibraryStore.open(dir),
      'library-damaged',
      /index\.json cannot be read as JSON.*left as it is/,
    );
    expect(await readFile(path.join(dir, 'index.json'), 'utf8')).toBe(
      '{"schemaVersion": 1, "clips": {',
    );
    // The failed open released its lock: a second try fails for the same reason, not a lock.
    await expectError(LibraryStore.open(dir), 'library-damaged', /cannot be read/);
  });

  it('keeps every good change of a journal damaged in the middle, and a copy of it as it was', async () => {
    let store = await LibraryStore.open(dir);
    for (const title of ['First', 'Second', 'Third'])
      await store.addPaste({ text: title }, [article(title, `${title} text.`)], at);
    // The library as a killed app leaves it: the changes still in the journal, not yet folded into the index.
    const indexFile = path.join(dir, 'index.json');
    const journalFile = path.join(dir, 'journal.jsonl');
    const indexBefore = await readFile(indexFile, 'utf8').catch(() => null);
    const lines = (await readFile(journalFile, 'utf8')).split('\n');
    await store.close();
    if (indexBefore === null) await rm(indexFile);
    else await writeFile(indexFile, indexBefore);
    expect(lines.filter(Boolean)).toHaveLength(3);
    lines[1] = lines[1].slice(0, 40) + '\u0000garbled';
    const damaged = lines.join('\n');
    await writeFile(journalFile, damaged);

    store = await LibraryStore.open(dir, { now: () => at });
    expect(
      store
        .records()
        .map((r) => r.title)
        .sort(),
    ).toEqual(['First', 'Third']);
    const recovery = store.recovery!;
    expect(recovery).toMatchObject({
      restoredFrom: null,
      reason: 'journal.jsonl is damaged at line 2.',
    });
    expect(recovery.message).toMatch(
      /Every other change was kept.*copied, unchanged, to .*journal\.damaged-/,
    );
    expect(await readFile(recovery.damagedFile, 'utf8')).toBe(damaged);
    await store.close();

    store = await LibraryStore.open(dir);
    expect(store.recovery).toBeNull();
    expect(store.records()).toHaveLength(2);
    await store.close();
  });

  it('reports an index that parses but is not a library', async () => {
    const bad = JSON.stringify({ schemaVersion: 1, seq: 0, clips: { x: { id: 'x' } }, tags: {} });
    await writeFile(path.join(dir, 'index.json'), bad);
    await expectError(LibraryStore.open(dir), 'library-damaged', /clips\.x\.pasteId/);
    expect(await readFile(path.join(dir, 'index.json'), 'utf8')).toBe(bad);
  });

  it('refuses an index from a newer Presscut', async () => {
    await writeFile(path.join(dir, 'index.json'), JSON.stringify({ schemaVersion: 99 }));
    await expectError(LibraryStore.open(dir), 'library-too-new', /newer Presscut.*version 99/);
  });

  it('reports a missing clip text file', async () => {
    const store = await LibraryStore.open(dir);
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'a')], at);
    await import('node:fs/promises').then((fs) =>
      fs.unlink(path.join(dir, 'clips', `${r.id}.json`)),
    );
    await expectError(store.body(r.id), 'library-damaged', /text of clip .* is missing/);
    await expectError(store.body('nope'), 'not-found', /no clip nope/);
    await store.close();
  });

  it('keeps a second process out while the library is open, and lets it in after', async () => {
    const store = await LibraryStore.open(dir);
    await expectError(
      LibraryStore.open(dir),
      'library-unavailable',
      /open in another Presscut process/,
    );
    await store.close();
    const again = await LibraryStore.open(dir);
    await again.close();
  });

  it('serialises concurrent writes: 100 at once all land', async () => {
    const store = await LibraryStore.open(dir, { compactAfter: 30 });
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'a')], at);
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        store.updateRecord(r.id, (x) => ({ ...x, tags: [...x.tags, `t${i}`] })),
      ),
    );
    expect(store.record(r.id).tags).toHaveLength(100);
    await store.close();
    const again = await LibraryStore.open(dir);
    expect(again.record(r.id).tags).toEqual(Array.from({ length: 100 }, (_, i) => `t${i}`));
    await again.close();
  });

  it('tells listeners which clips changed', async () => {
    const store = await LibraryStore.open(dir);
    const seen: string[][] = [];
    store.onChange((c) => seen.push(c.updated));
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'a')], at);
    await store.updateRecord(r.id, (x) => ({ ...x, title: 'B' }));
    expect(seen).toEqual([[r.id], [r.id]]);
    await store.close();
  });
});

describe('ids and tag names', () => {
  it('refuses a clip id or tag name every object already has, instead of dropping it silently', async () => {
    const store = await LibraryStore.open(dir);
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'a')], at);
    const copy = async (changes: Partial<ClipRecord>) => ({
      record: { ...store.record(r.id), ...changes },
      body: { ...(await store.body(r.id)), id: changes.id ?? r.id },
    });
    const pastes = new Map([['p', { text: 'p' }]]);
    await expectError(
      store.writeClips({ clips: [await copy({ id: '__proto__', pasteId: 'p' })], pastes }),
      'invalid-argument',
      /id that cannot name a file or a clip \(__proto__, p\); nothing was written/,
    );
    await expectError(
      store.writeClips({
        clips: [await copy({ id: 'x1', pasteId: 'p', tags: ['constructor'] })],
        pastes,
      }),
      'invalid-argument',
      /“constructor” cannot be a tag name.*nothing was written/,
    );
    await expectError(
      store.writeClips({ clips: [], pastes, tags: JSON.parse('{"__proto__": {"color": "red"}}') }),
      'invalid-argument',
      /“__proto__” cannot be a tag name/,
    );
    expect(store.everyRecord().map((c) => c.id)).toEqual([r.id]);
    expect(Object.keys(store.tags())).toEqual([]);
    await store.close();
  });

  it('reports an index whose clips hold a key every object has, rather than drop that clip', async () => {
    const bad = `{"schemaVersion": 1, "seq": 0, "tags": {}, "clips": {"__proto__": ${JSON.stringify({ id: '__proto__' })}}}`;
    await writeFile(path.join(dir, 'index.json'), bad);
    await expectError(LibraryStore.open(dir), 'library-damaged', /clips\.__proto__/);
  });
});

describe('clip texts', () => {
  const text = async (store: LibraryStore, id: string) =>
    (await store.body(id)).blocks.map((b) => ('text' in b ? b.text : '')).join('\n');

  it('keeps the acknowledged text when an edit’s journal line cannot be written', async () => {
    let store = await LibraryStore.open(dir);
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'acknowledged')], at);
    const full = vi
      .spyOn(Journal.prototype, 'append')
      .mockRejectedValueOnce(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }));
    await expect(
      store.updateBody(r.id, { blocks: [{ type: 'paragraph', text: 'never acknowledged' }] }),
    ).rejects.toThrow();
    full.mockRestore();
    expect(await text(store, r.id)).toBe('acknowledged');
    expect(store.record(r.id).revision).toBe(0);
    expect(await readdir(path.join(dir, 'staging'))).toEqual([]);
    await store.close();
    store = await LibraryStore.open(dir);
    expect(await text(store, r.id)).toBe('acknowledged');
    await store.updateBody(r.id, { blocks: [{ type: 'paragraph', text: 'second try' }] });
    expect(await text(store, r.id)).toBe('second try');
    await store.close();
  });

  it('finishes at open an edit killed between its journal line and its text’s rename, and drops one killed before its line', async () => {
    let store = await LibraryStore.open(dir);
    const [a, b] = await store.addPaste(
      { text: 'x' },
      [article('A', 'a0'), article('B', 'b0')],
      at,
    );
    await store.updateRecord(a.id, (r) => ({ ...r, revision: 1 }));
    await store.close();
    // As a crash leaves them: A's revision 1 is in the journal, its text still staged; B's revision 1 never was.
    const staged = (id: string, words: string) =>
      writeFile(
        path.join(dir, 'staging', `${id}.1.json`),
        JSON.stringify({
          id,
          revision: 1,
          blocks: [{ type: 'paragraph', text: words }],
          removed: [],
        }),
      );
    await staged(a.id, 'a1');
    await staged(b.id, 'b1, unacknowledged');
    await writeFile(path.join(dir, 'staging', 'c0ffee.tmp'), 'half a file');
    store = await LibraryStore.open(dir);
    expect(await text(store, a.id)).toBe('a1');
    expect(await text(store, b.id)).toBe('b0');
    expect(await readdir(path.join(dir, 'staging'))).toEqual([]);
    await store.close();
  });

  it('gives a held clip written again in a batch a later revision, and replaces its text only as the batch lands', async () => {
    const store = await LibraryStore.open(dir);
    const [r] = await store.addPaste({ text: 'x' }, [article('A', 'first')], at);
    await store.updateBody(r.id, { blocks: [{ type: 'paragraph', text: 'second' }] });
    const again = {
      record: { ...store.record(r.id), revision: 0, title: 'A again' },
      body: {
        id: r.id,
        revision: 0,
        blocks: [{ type: 'paragraph' as const, text: 'third' }],
        removed: [],
      },
    };
    const full = vi
      .spyOn(Journal.prototype, 'append')
      .mockRejectedValueOnce(new Error('EIO: i/o error, write'));
    await expect(store.writeClips({ clips: [again], pastes: new Map() })).rejects.toThrow(/EIO/);
    full.mockRestore();
    expect(await text(store, r.id)).toBe('second');
    const [written] = await store.writeClips({ clips: [again], pastes: new Map() });
    expect(written.revision).toBe(2);
    expect(store.record(r.id)).toMatchObject({ revision: 2, title: 'A again' });
    expect(await store.body(r.id)).toMatchObject({ revision: 2 });
    expect(await text(store, r.id)).toBe('third');
    await store.close();
  });
});

describe('settings', () => {
  it('start at their defaults and keep changes across a reopen', async () => {
    let store = await LibraryStore.open(dir);
    expect(store.settings().globalShortcut).toBe('CommandOrControl+Shift+V');
    await store.updateSettings({ globalShortcut: 'Alt+Shift+C' });
    await store.close();
    store = await LibraryStore.open(dir);
    expect(store.settings().globalShortcut).toBe('Alt+Shift+C');
    await store.close();
  });

  it('read as defaults from an index written before they existed', async () => {
    await writeFile(
      path.join(dir, 'index.json'),
      JSON.stringify({ schemaVersion: 1, seq: 0, clips: {}, tags: {} }),
    );
    const store = await LibraryStore.open(dir);
    expect(store.settings().globalShortcut).toBe('CommandOrControl+Shift+V');
    await store.close();
  });
});

describe('settings patches', () => {
  it('change only the settings they name', async () => {
    const { settingsPatchSchema } = await import('../../electron/model/settings.ts');
    const store = await LibraryStore.open(dir);
    await store.updateSettings(settingsPatchSchema.parse({ theme: 'sepia' }));
    await store.updateSettings(settingsPatchSchema.parse({ readerSize: 21 }));
    expect(store.settings()).toMatchObject({ theme: 'sepia', readerSize: 21 });
    expect(() => settingsPatchSchema.parse({ theme: 'neon' })).toThrow();
    expect(() => settingsPatchSchema.parse({ unknown: 1 })).toThrow();
    await store.close();
  });
});
