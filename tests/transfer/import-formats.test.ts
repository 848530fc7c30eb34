import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportFileData, ImportSummary, PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { bodyText } from '../../electron/model/article.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { fixture, OMNIVORE_FILES, zipOf } from '../helpers/transfer-fixtures.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
let events: { name: string; payload: unknown }[];
const now = new Date('2025-07-23T10:00:00.000Z');
const epoch = (seconds: number) => new Date(seconds * 1000).toISOString();

beforeEach(async () => {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  events = [];
  service = createPresscutService(
    store,
    { openExternal: async () => undefined },
    {
      now: () => now,
      notify: (name, payload) => events.push({ name, payload }),
    },
  );
});
afterEach(async () => {
  await store.close();
  await remove();
});

async function importAll(files: ImportFileData[]): Promise<ImportSummary> {
  return service.importFiles(files.map((f) => ({ name: f.name, bytes: f.bytes })));
}

function byTitle(title: string): ClipRecord {
  const found = store.records().find((r) => r.title === title);
  if (!found)
    throw new Error(
      `no clip “${title}” among ${store
        .records()
        .map((r) => r.title)
        .join(', ')}`,
    );
  return found;
}

const unread = { progress: 0, read: false, archived: false, favorite: false, openedAt: null };

/** Every highlight that was placed lies over its own quote in the clip's text. */
async function expectAnchored(record: ClipRecord) {
  const text = bodyText((await store.body(record.id)).blocks);
  for (const a of record.annotations.filter((x) => !x.orphaned))
    expect(text.slice(a.position.start, a.position.end)).toBe(a.quote.exact);
}

describe('Pocket', () => {
  it('reads the CSV parts of its ZIP by column name, with and without a cursor, and keeps highlights for links without text', async () => {
    const zip = await zipOf('pocket.zip', 'pocket', [
      'part_000000.csv',
      'part_000001.csv',
      'annotations/part_000000.json',
    ]);
    const summary = await importAll([zip]);
    expect(summary).toMatchObject({
      added: 4,
      completed: 0,
      duplicates: 0,
      skipped: [],
      waitingHighlights: 3,
    });
    expect(summary.failed).toEqual([
      { item: 'pocket.zip › part_000001.csv, row 3', reason: '“not a link” is not a web address.' },
    ]);

    expect(byTitle('Rivers rise, towns brace for the weekend')).toMatchObject({
      url: 'https://www.harbour-gazette.example/rivers-rise?utm_source=rss',
      source: 'harbour-gazette.example',
      createdAt: epoch(1700000000),
      updatedAt: epoch(1700000000),
      tags: ['floods', 'weather'],
      reading: unread,
      linkOnly: true,
      wordCount: 0,
      excerpt: '',
      annotations: [],
      deletedAt: null,
    });
    const trains = byTitle('Night trains return to the northern line');
    expect(trains).toMatchObject({
      createdAt: epoch(1700100000),
      tags: [],
      reading: { ...unread, read: true, archived: true },
      linkOnly: true,
    });
    expect(trains.annotations).toEqual([
      expect.objectContaining({
        quote: {
          exact: 'The sleeper leaves at ten and arrives with the sunrise.',
          prefix: '',
          suffix: '',
        },
        orphaned: true,
        createdAt: epoch(1700150000),
        color: 'yellow',
        note: '',
      }),
    ]);
    expect(byTitle('The budget, explained in five charts')).toMatchObject({
      url: 'https://budget.example.net/explained',
      tags: ['economy'],
      createdAt: epoch(1700200000),
    });
    // Highlighted but missing from the CSV: it comes in all the same, dated by its first highlight.
    const keepers = byTitle('The last lighthouse keepers');
    expect(keepers).toMatchObject({ linkOnly: true, createdAt: epoch(1700160000) });
    expect(keepers.annotations.map((a) => [a.quote.exact, a.orphaned])).toEqual([
      ['Nobody has kept the light since 1987.', true],
      ['The cottages will open to visitors in May.', true],
    ]);
    expect((await service.getClip(trains.id)).body.blocks).toEqual([]);
    expect((await service.getOriginal(trains.id)).text).toContain(
      'Night trains return to the northern line,https://rail.example.org/night-trains/',
    );
    expect(events).toContainEqual({ name: 'libraryChanged', payload: { reason: 'import' } });
  });

  it('reads the older ril_export.html: unread and archived lists, tags', async () => {
    const summary = await importAll([await fixture('pocket/ril_export.html')]);
    expect(summary).toMatchObject({ added: 2, failed: [] });
    expect(byTitle('Ferry crews strike over pay')).toMatchObject({
      url: 'https://www.harbour-gazette.example/ferry-strike',
      createdAt: epoch(1500000000),
      tags: ['transport', 'strikes'],
      reading: unread,
      linkOnly: true,
    });
    expect(byTitle('A comet visits, once in a lifetime')).toMatchObject({
      createdAt: epoch(1400000000),
      tags: [],
      reading: { ...unread, read: true, archived: true },
    });
  });
});

describe('Instapaper', () => {
  it('reads folders as reading state or tags, Tags as a JSON array, the selection as the excerpt', async () => {
    const summary = await importAll([await fixture('instapaper/instapaper-export.csv')]);
    expect(summary).toMatchObject({ added: 4, failed: [] });
    expect(byTitle('Port expansion approved')).toMatchObject({
      url: 'https://www.harbour-gazette.example/port-expansion',
      createdAt: epoch(1650000000),
      tags: ['ports', 'council'],
      excerpt: 'The council voted 7 to 2 in favour.',
      reading: unread,
      linkOnly: true,
    });
    expect(byTitle('In praise of slow news')).toMatchObject({
      tags: [],
      reading: { ...unread, read: true, archived: true },
    });
    expect(byTitle('A loaf a day')).toMatchObject({
      tags: ['food'],
      reading: { ...unread, favorite: true },
    });
    expect(byTitle('Winter at the pole')).toMatchObject({ tags: ['Long reads'], reading: unread });
  });

  it('reads an older file without a Tags column', async () => {
    const summary = await importAll([await fixture('instapaper/instapaper-old.csv')]);
    expect(summary).toMatchObject({ added: 1, failed: [] });
    expect(byTitle('An older save')).toMatchObject({
      tags: [],
      excerpt: 'Kept since 2015.',
      createdAt: epoch(1430000000),
      linkOnly: true,
    });
  });
});

describe('Omnivore', () => {
  it('cleans each article through the engine, places its highlights by quote, keeps its metadata and reading state', async () => {
    const summary = await importAll([
      await zipOf('omnivore-export.zip', 'omnivore', OMNIVORE_FILES),
    ]);
    expect(summary).toMatchObject({ added: 3, failed: [], waitingHighlights: 1 });
    expect(summary.skipped).toEqual([
      { item: 'Something deleted', reason: 'it was deleted in Omnivore.' },
    ]);

    const trams = byTitle('City trams return after forty years');
    expect(trams).toMatchObject({
      byline: 'Mara Lind',
      url: 'https://www.harbour-gazette.example/trams-return',
      published: '2023-10-13T00:00:00.000Z',
      createdAt: '2023-10-14T08:30:00.000Z',
      updatedAt: '2023-10-15T09:00:00.000Z',
      tags: ['transport', 'city'],
      reading: { ...unread, progress: 0.4 },
      linkOnly: false,
    });
    const text = bodyText((await store.body(trams.id)).blocks);
    expect(text).toContain('The first tram in four decades rolled down the harbour road');
    expect(text).toContain('Tickets cost the same as the bus.');
    const [closed, quieter, missing] = trams.annotations;
    expect(closed).toMatchObject({
      orphaned: false,
      quote: {
        exact:
          'The line closed in 1983, when the city council decided that buses were cheaper to run.',
      },
    });
    expect(closed.note).toBe('#history #council\n\nWorth checking the council minutes.');
    expect(quieter).toMatchObject({
      orphaned: false,
      quote: {
        exact:
          'The new trams are quieter and run every eight minutes from six in the morning until midnight.',
      },
    });
    expect(missing).toMatchObject({
      orphaned: true,
      quote: { exact: 'A sentence that is not in the article at all.' },
    });
    await expectAnchored(trams);
    expect((await service.getOriginal(trams.id)).html).toContain(
      '<p>The first tram in four decades',
    );

    // Its content file is named with other capitals than its slug: found all the same.
    const bees = byTitle('How bees choose a home');
    expect(bees).toMatchObject({
      reading: { ...unread, progress: 1, read: true, archived: true },
      annotations: [],
      linkOnly: false,
    });
    expect(bees.wordCount).toBeGreaterThan(50);
    expect(byTitle('A page Omnivore could not fetch')).toMatchObject({
      linkOnly: true,
      excerpt: 'Saved from a newsletter.',
      tags: ['later'],
    });
  });

  it('imports a ZIP without highlights', async () => {
    const summary = await importAll([
      await zipOf(
        'omnivore.zip',
        'omnivore',
        OMNIVORE_FILES.filter((f) => !f.startsWith('highlights/')),
      ),
    ]);
    expect(summary).toMatchObject({ added: 3, waitingHighlights: 0 });
    expect(byTitle('City trams return after forty years').annotations).toEqual([]);
  });
});

describe('Wallabag', () => {
  it('reads entries with their HTML, authors, dates, tags, flags and annotations', async () => {
    const summary = await importAll([await fixture('wallabag/wallabag-export.json')]);
    expect(summary).toMatchObject({ added: 2, failed: [], waitingHighlights: 0 });
    const moon = byTitle('A new moon for the outer planet');
    expect(moon).toMatchObject({
      url: 'https://science.example.org/new-moon',
      byline: 'Ana Ruiz, Tom Berg',
      createdAt: '2022-03-04T09:11:12.000Z',
      updatedAt: '2022-03-05T09:11:12.000Z',
      published: '2022-03-03T08:00:00.000Z',
      language: 'en',
      tags: ['science', 'space'],
      reading: { ...unread, read: true, archived: true, favorite: true },
      linkOnly: false,
    });
    expect(moon.annotations).toEqual([
      expect.objectContaining({
        note: 'Backwards orbit: captured?',
        orphaned: false,
        createdAt: '2022-03-04T10:00:00.000Z',
        quote: expect.objectContaining({ exact: 'Its orbit is tilted and runs backwards' }),
      }),
    ]);
    await expectAnchored(moon);
    expect(byTitle('Saved without content')).toMatchObject({ linkOnly: true, tags: ['later'] });
  });
});

describe('loose files', () => {
  it('reads Markdown with front matter into blocks and marks, leaving raw HTML out; a text file goes through the engine', async () => {
    const summary = await importAll([
      await fixture('loose/harbour-notes.md'),
      await fixture('loose/market-hall.txt'),
    ]);
    expect(summary).toMatchObject({ added: 2, failed: [] });
    const notes = byTitle('Harbour dredging starts in June');
    expect(notes).toMatchObject({
      source: 'Harbour Gazette',
      byline: 'P. Okafor',
      published: '2024-05-02T00:00:00.000Z',
      url: 'https://www.harbour-gazette.example/dredging',
      tags: ['ports', 'works'],
      createdAt: now.toISOString(),
    });
    expect((await store.body(notes.id)).blocks).toEqual([
      {
        type: 'paragraph',
        text: 'The channel will be dredged to twelve metres so that larger ships can dock, the port authority said.',
        marks: [{ kind: 'strong', start: 31, end: 44 }],
      },
      { type: 'list-item', text: 'Work begins on 3 June', ordered: false },
      { type: 'list-item', text: 'Ferries keep running', ordered: false },
      {
        type: 'quote',
        text: 'The dredged sand will rebuild the beach at North Point.',
        marks: [
          {
            kind: 'link',
            start: 43,
            end: 54,
            href: 'https://www.harbour-gazette.example/north-point',
          },
        ],
      },
    ]);
    expect(byTitle('Market hall reopens').excerpt).toMatch(/^The old market hall opened its doors/);
  });
});

describe('duplicates', () => {
  it('imports nothing twice: a re-run adds nothing, and the same link from another service is a duplicate', async () => {
    const all = [
      await zipOf('pocket.zip', 'pocket', [
        'part_000000.csv',
        'part_000001.csv',
        'annotations/part_000000.json',
      ]),
      await fixture('pocket/ril_export.html'),
      await fixture('instapaper/instapaper-export.csv'),
      await zipOf('omnivore.zip', 'omnivore', OMNIVORE_FILES),
      await fixture('wallabag/wallabag-export.json'),
      await fixture('loose/harbour-notes.md'),
    ];
    const first = await importAll(all);
    const count = store.records().length;
    expect(first.added).toBe(count);
    const before = JSON.stringify(store.records());
    const again = await importAll(all);
    // Every record read again adds nothing: some articles had several (Pocket's highlights, the same link in two services).
    expect(again).toMatchObject({ added: 0, completed: 0, merged: 0 });
    expect(again.duplicates).toBeGreaterThanOrEqual(count);
    expect(JSON.stringify(store.records())).toBe(before);

    // The same address with other tracking parameters and a trailing slash, and the same text under another name.
    const csv =
      'title,url,time_added,tags,status\nRivers again,http://harbour-gazette.example/rivers-rise/?utm_medium=email,1700000000,,unread\n';
    const copy = {
      name: 'copy.md',
      bytes: new TextEncoder().encode(
        '# Another name\n\nThe channel will be dredged to **twelve metres** so that larger ships can dock, the port authority said.\n\n- Work begins on 3 June\n- Ferries keep running\n\n> The dredged sand will rebuild the beach at North Point.\n',
      ),
    };
    expect(
      await importAll([{ name: 'part_000009.csv', bytes: new TextEncoder().encode(csv) }, copy]),
    ).toMatchObject({ added: 0, duplicates: 2 });
  });

  it('completes a link-only clip when an import brings its text, placing the highlights that waited for it', async () => {
    const link =
      'title,url,time_added,tags,status\nA new moon,https://science.example.org/new-moon,1600000000,astronomy,unread\n';
    const highlights = JSON.stringify([
      {
        url: 'https://science.example.org/new-moon',
        title: 'A new moon',
        highlights: [
          { quote: 'the first discovered there in twenty years', created_at: 1600000100 },
        ],
      },
    ]);
    const encode = (s: string) => new TextEncoder().encode(s);
    await importAll([
      { name: 'part_000000.csv', bytes: encode(link) },
      { name: 'annotations/part_000000.json', bytes: encode(highlights) },
    ]);
    const [waiting] = store.records();
    expect(waiting).toMatchObject({
      linkOnly: true,
      annotations: [expect.objectContaining({ orphaned: true })],
    });

    const summary = await importAll([await fixture('wallabag/wallabag-export.json')]);
    expect(summary).toMatchObject({ added: 1, completed: 1, duplicates: 0 });
    const done = store.record(waiting.id);
    expect(done).toMatchObject({
      linkOnly: false,
      createdAt: epoch(1600000000),
      revision: 1,
      tags: ['astronomy', 'science', 'space'],
    });
    expect(done.annotations.map((a) => [a.quote.exact, a.orphaned])).toEqual([
      ['the first discovered there in twenty years', false],
      ['Its orbit is tilted and runs backwards', false],
    ]);
    await expectAnchored(done);
  });
});
