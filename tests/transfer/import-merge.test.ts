import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportFileData, ImportSummary, PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { bodyText } from '../../electron/model/article.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixture, zipOf } from '../helpers/transfer-fixtures.ts';
import { libraryShape } from '../helpers/library-shape.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
const now = new Date('2025-07-23T10:00:00.000Z');
const epoch = (seconds: number) => new Date(seconds * 1000).toISOString();

async function openLibrary() {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(
    store,
    { openExternal: async () => undefined },
    { now: () => now },
  );
}
beforeEach(openLibrary);
afterEach(async () => {
  await store.close();
  await remove();
});

const importAll = (files: ImportFileData[]): Promise<ImportSummary> => service.importFiles(files);

function byUrl(part: string): ClipRecord {
  const found = store.records().filter((r) => r.url?.includes(part));
  expect(found, `one clip for ${part}`).toHaveLength(1);
  return found[0];
}

const MERGE = [
  'merge/part_000000.csv',
  'merge/annotations/part_000000.json',
  'merge/instapaper.csv',
  'merge/wallabag.json',
];
const files = () => Promise.all(MERGE.map((f) => fixture(f, f.replace(/^merge\//, ''))));

const CRANES_QUOTES = [
  'Dock workers welcomed the investment',
  'The cranes cost 40 million euros',
  'The port authority says the cranes will let the terminal handle ships twice the size of those it serves today.',
];

async function expectCranesMerged() {
  const cranes = byUrl('cranes');
  expect(cranes).toMatchObject({
    title: 'New cranes arrive at the harbour',
    byline: 'Ines Varga',
    linkOnly: false,
    // The earliest date any service gives: Instapaper's.
    createdAt: epoch(1689000000),
    // Starred in Wallabag; archived in Pocket and Instapaper but not in Wallabag.
    reading: expect.objectContaining({ favorite: true, archived: false, read: true }),
  });
  expect([...cranes.tags].sort()).toEqual(['harbour', 'opinion', 'ports', 'shipping']);
  const text = bodyText((await store.body(cranes.id)).blocks);
  expect(text).toContain('Three new cranes arrived at the container terminal');
  expect(cranes.annotations.map((a) => a.quote.exact).sort()).toEqual(CRANES_QUOTES);
  for (const a of cranes.annotations) {
    expect(a.orphaned).toBe(false);
    expect(text.slice(a.position.start, a.position.end)).toBe(a.quote.exact);
  }
  // Pocket's and Wallabag's highlight of the same passage are one, with Wallabag's note.
  expect(cranes.annotations.find((a) => a.quote.exact.startsWith('The port authority'))?.note).toBe(
    'Twice the size: check the figure.',
  );
}

describe('one article from several services', () => {
  it('is one clip with everything each service knew, from one import of every file', async () => {
    const summary = await importAll(await files());
    await expectCranesMerged();
    expect(summary.added).toBe(store.records().length);
    expect(summary.merged).toBeGreaterThanOrEqual(3);
  });

  it('is the same clip whatever the order of the files and of the imports', async () => {
    await importAll(await files());
    const once = libraryShape(store);
    for (const order of [
      [3, 2, 1, 0],
      [1, 3, 0, 2],
    ]) {
      await store.close();
      await remove();
      await openLibrary();
      const all = await files();
      for (const i of order) await importAll([all[i]]);
      await expectCranesMerged();
      expect(libraryShape(store)).toEqual(once);
    }
  });

  it('says what merging added to clips already in the library', async () => {
    const [pocket, annotations, instapaper, wallabag] = await files();
    await importAll([pocket]);
    const summary = await importAll([wallabag, annotations, instapaper]);
    expect(summary).toMatchObject({ completed: 1, duplicates: 0 });
    expect(summary.merged).toBe(2);
    expect(summary.mergedAdded).toEqual(expect.arrayContaining(['tags', 'highlights']));
    await expectCranesMerged();
  });

  it('adds nothing, and writes nothing, when the same files come again', async () => {
    const all = await files();
    await importAll(all);
    const before = JSON.stringify(store.records());
    // Decided before any cleaning: no clip's text is even read (what keeps a large re-import fast),
    // but where a record without an address has to be compared by its text.
    const reads = vi.spyOn(store, 'body');
    const again = await importAll(all);
    expect(again).toMatchObject({ added: 0, completed: 0, merged: 0 });
    expect(JSON.stringify(store.records())).toBe(before);
    const read = new Set(reads.mock.calls.map(([id]) => store.record(id).title));
    expect([...read]).toEqual(['A link that runs script']);
  });

  it("keeps Pocket's highlights when its annotations come in an import after its CSV", async () => {
    const [pocket, annotations] = await files();
    await importAll([pocket]);
    const summary = await importAll([annotations]);
    expect(summary).toMatchObject({ added: 0, merged: 1, waitingHighlights: 1 });
    expect(byUrl('cranes').annotations.map((a) => [a.quote.exact, a.orphaned])).toEqual([
      [CRANES_QUOTES[2], true],
    ]);
  });

  it("lets a later file's full text complete a link-only row of the same import", async () => {
    const [pocket, , , wallabag] = await files();
    await importAll([pocket, wallabag]);
    expect(byUrl('cranes').linkOnly).toBe(false);
  });
});

describe("Presscut's own exports", () => {
  it('merge into a library that has the same articles under other ids, instead of doubling them', async () => {
    await importAll(await files());
    const json = await service.exportClips({ format: 'json', selection: {} });
    const backup = await service.exportClips({ format: 'backup', selection: {} });
    const shape = libraryShape(store);
    await store.close();
    await remove();
    await openLibrary();
    // The same services' files, imported here: the same articles, other ids.
    const [pocket, , , wallabag] = await files();
    await importAll([pocket, wallabag]);
    const count = store.records().length;
    const summary = await importAll([{ name: 'presscut-library.json', bytes: json.bytes }]);
    expect(store.records()).toHaveLength(count);
    expect(summary.added).toBe(0);
    expect(summary.merged).toBeGreaterThan(0);
    await expectCranesMerged();
    expect(await importAll([{ name: 'presscut-backup.zip', bytes: backup.bytes }])).toMatchObject({
      added: 0,
      merged: 0,
    });
    expect(libraryShape(store)).toEqual(shape);
  });
});

describe('format details', () => {
  it('Pocket: comma-separated tags, a missing or zero date noted, a row with an unclosed quote named and the rows after it kept', async () => {
    const summary = await importAll([await fixture('pocket-details/part_details.csv')]);
    expect(byUrl('comma').tags).toEqual(['one', 'two', 'three']);
    for (const part of ['no-date', 'zero-date'])
      expect(byUrl(part).createdAt).toBe(now.toISOString());
    expect(summary.notes.map((n) => n.item)).toEqual(['No date', 'Zero date']);
    expect(summary.notes[0].reason).toMatch(/dated the day it was imported/);
    expect(summary.failed).toEqual([
      {
        item: 'part_details.csv, row 5',
        reason:
          'a quote opened in it is never closed, so it was left out; the rows after it were read.',
      },
    ]);
    expect(byUrl('after-1').title).toBe('Row after one');
    expect(byUrl('after-2').title).toBe('Row after two');
    expect(summary.added).toBe(5);
  });

  it('Instapaper: tags written as objects, and the selection kept as a highlight', async () => {
    await importAll([await fixture('merge/instapaper.csv')]);
    const cranes = byUrl('cranes');
    expect(cranes.tags).toEqual(['harbour']);
    expect(cranes.excerpt).toBe('The cranes cost 40 million euros');
    expect(cranes.annotations.map((a) => [a.quote.exact, a.orphaned])).toEqual([
      ['The cranes cost 40 million euros', true],
    ]);
    const markdown = await service.exportClips({ format: 'annotations', selection: {} });
    expect(new TextDecoder().decode(markdown.bytes)).toContain('The cranes cost 40 million euros');
  });

  it('Wallabag: given_url when url is null; an address that is not a web address left out and noted; a prototype-key tag left out and noted', async () => {
    const summary = await importAll([await fixture('merge/wallabag.json')]);
    expect(byUrl('tides').title).toBe('Spring tides expected');
    const script = store.records().find((r) => r.title === 'A link that runs script');
    expect(script).toMatchObject({ url: null, tags: ['kept'] });
    expect(summary.notes).toEqual([
      {
        item: 'A link that runs script',
        reason:
          'its address “javascript:alert(document.cookie)” is not a web address (http or https), so it came in without one.',
      },
      {
        item: 'A link that runs script',
        reason: 'its tag “__proto__” is a name Presscut cannot keep as a tag, so it was left out.',
      },
    ]);
  });

  it('Wallabag: one over-long note is cut and noted, and the rest of the import comes in', async () => {
    const entries = [0, 1].map((i) => ({
      is_archived: 0,
      is_starred: 0,
      title: `Entry ${i}`,
      url: `https://notes.example/${i}`,
      content: `<p>Entry ${i} has a paragraph of its own, long enough to be an article.</p>`,
      annotations: [
        { quote: `Entry ${i} has a paragraph`, text: i ? 'n'.repeat(150_000) : 'short' },
      ],
    }));
    const summary = await importAll([
      { name: 'wallabag.json', bytes: new TextEncoder().encode(JSON.stringify(entries)) },
    ]);
    expect(summary).toMatchObject({ added: 2, failed: [] });
    expect(summary.notes).toEqual([
      { item: 'Entry 1', reason: "a highlight's note of 150,000 characters was cut to 100,000." },
    ]);
    expect(byUrl('notes.example/1').annotations[0].note).toHaveLength(100_000);
  });

  it("Omnivore: its no_url placeholder is not the clip's address or outlet; an in-article heading is kept", async () => {
    const zip = await zipOf('omnivore.zip', 'omnivore-details', [
      'metadata_0_to_1.json',
      'content/weekly-harbour-letter-18c3f.html',
    ]);
    await importAll([zip]);
    const [letter] = store.records();
    expect(letter).toMatchObject({ title: 'The weekly harbour letter', url: null });
    expect(letter.source ?? '').not.toMatch(/omnivore/);
    const blocks = (await store.body(letter.id)).blocks;
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'heading', text: 'The autumn regatta' }),
    );
    expect(blocks).toContainEqual(
      expect.objectContaining({ type: 'heading', text: 'Winter moorings' }),
    );
  });
});
