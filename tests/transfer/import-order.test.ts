import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportFileData } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { runImport } from '../../electron/transfer/import/run-import.ts';
import { libraryShape } from '../helpers/library-shape.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { propertyRun } from '../helpers/test-seed.ts';

const SENTENCES = [
  'The harbour board met on Tuesday to discuss the new ferry timetable.',
  'Fishermen said the winter season had been the worst in a decade.',
  'A second crane will arrive at the container terminal in the spring.',
  'The council agreed to repair the sea wall before the autumn storms.',
  'Tourists crowded the old quay for the annual boat festival.',
  'Dock workers asked for training before the new cranes start work.',
  'The lighthouse will open to visitors every weekend in summer.',
  'Shipping companies warned that fuel prices would raise fares.',
];
const TAGS = ['ports', 'ferries', 'weather', 'council', 'shipping', 'climate change'];
const SERVICES = ['pocket', 'pocketNotes', 'instapaper', 'wallabag', 'omnivore'] as const;
type Service = (typeof SERVICES)[number];

/** What one service holds of one article. */
interface Record {
  tags: string[];
  archived: boolean;
  starred: boolean;
  savedAt: number;
  highlights: number[];
  note: string;
}

const recordArb = fc.record({
  tags: fc.subarray(TAGS, { maxLength: 3 }),
  archived: fc.boolean(),
  starred: fc.boolean(),
  savedAt: fc.integer({ min: 1_600_000_000, max: 1_700_000_000 }),
  highlights: fc.subarray([0, 1, 2, 3], { maxLength: 2 }),
  note: fc.constantFrom('', 'Check this.', 'Worth quoting.'),
});

const articleArb = fc.dictionary(fc.constantFrom(...SERVICES), recordArb, {
  minKeys: 1,
  maxKeys: 5,
});

const scenarioArb = fc.record({
  articles: fc.array(articleArb, { minLength: 2, maxLength: 4 }),
  order: fc.array(fc.nat(), { minLength: 5, maxLength: 5 }),
  cuts: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
});

function sentencesOf(i: number): string[] {
  return [0, 1, 2, 3].map((k) =>
    SENTENCES[(i * 3 + k) % SENTENCES.length].replace('.', ` (story ${i}).`),
  );
}

const title = (i: number) => `Harbour story number ${i}`;
const host = 'port-news.example';
const csvField = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The files each service would export for these articles; a service that holds none exports nothing. */
function exports(articles: Partial<{ [S in Service]: Record }>[]): ImportFileData[] {
  const files: ImportFileData[] = [];
  const held = (s: Service) => articles.flatMap((a, i) => (a[s] ? [{ i, r: a[s]! }] : []));
  const html = (i: number) =>
    sentencesOf(i)
      .map((s) => `<p>${s}</p>`)
      .join('');
  const pocket = held('pocket');
  if (pocket.length)
    files.push({
      name: 'part_000000.csv',
      bytes: strToU8(
        ['title,url,time_added,tags,status']
          .concat(
            pocket.map(({ i, r }) =>
              [
                title(i),
                `https://www.${host}/story-${i}?utm_source=pocket`,
                r.savedAt,
                csvField(r.tags.join('|')),
                r.archived ? 'archive' : 'unread',
              ].join(','),
            ),
          )
          .join('\n'),
      ),
    });
  const notes = held('pocketNotes');
  if (notes.length)
    files.push({
      name: 'annotations/part_000000.json',
      bytes: strToU8(
        JSON.stringify(
          notes.map(({ i, r }) => ({
            url: `https://${host}/story-${i}`,
            title: title(i),
            highlights: r.highlights.map((h) => ({
              quote: sentencesOf(i)[h],
              created_at: r.savedAt,
            })),
          })),
        ),
      ),
    });
  const instapaper = held('instapaper');
  if (instapaper.length)
    files.push({
      name: 'instapaper-export.csv',
      bytes: strToU8(
        ['URL,Title,Selection,Folder,Timestamp,Tags']
          .concat(
            instapaper.map(({ i, r }) =>
              [
                `https://${host}/story-${i}#top`,
                title(i),
                csvField(r.highlights.length ? sentencesOf(i)[r.highlights[0]] : ''),
                r.archived ? 'Archive' : r.starred ? 'Starred' : 'Unread',
                r.savedAt,
                csvField(JSON.stringify(r.tags.map((name) => ({ name })))),
              ].join(','),
            ),
          )
          .join('\n'),
      ),
    });
  const wallabag = held('wallabag');
  if (wallabag.length)
    files.push({
      name: 'wallabag.json',
      bytes: strToU8(
        JSON.stringify(
          wallabag.map(({ i, r }) => ({
            title: title(i),
            url: `https://${host}/story-${i}`,
            domain_name: host,
            content: html(i),
            is_archived: r.archived ? 1 : 0,
            is_starred: r.starred ? 1 : 0,
            created_at: new Date(r.savedAt * 1000).toISOString(),
            tags: r.tags,
            annotations: r.highlights.map((h) => ({ quote: sentencesOf(i)[h], text: r.note })),
          })),
        ),
      ),
    });
  const omnivore = held('omnivore');
  if (omnivore.length) {
    const zip: { [path: string]: Uint8Array } = {
      'metadata_0_to_20.json': strToU8(
        JSON.stringify(
          omnivore.map(({ i, r }) => ({
            id: `id-${i}`,
            slug: `story-${i}`,
            title: title(i),
            url: `https://${host}/story-${i}/`,
            state: r.archived ? 'ARCHIVED' : 'SUCCEEDED',
            readingProgress: 0,
            labels: r.tags,
            savedAt: new Date(r.savedAt * 1000).toISOString(),
          })),
        ),
      ),
    };
    for (const { i, r } of omnivore) {
      zip[`content/story-${i}.html`] = strToU8(html(i));
      if (r.highlights.length)
        zip[`highlights/story-${i}.md`] = strToU8(
          r.highlights
            .map((h) => `> ${sentencesOf(i)[h]}${r.note ? `\n\n${r.note}` : ''}`)
            .join('\n\n'),
        );
    }
    files.push({ name: 'omnivore.zip', bytes: zipSync(zip) });
  }
  return files;
}

async function importInto(batches: ImportFileData[][]) {
  const { dir, remove } = await tempDir();
  const store = await LibraryStore.open(dir);
  try {
    for (const batch of batches)
      await runImport(store, batch, { now: new Date('2025-07-23T10:00:00Z') });
    return libraryShape(store);
  } finally {
    await store.close();
    await remove();
  }
}

describe('property: the same exports, imported in any order and any number of imports, give one library', () => {
  it('holds for random splits of articles over services', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, async ({ articles, order, cuts }) => {
        const files = exports(articles);
        const reference = await importInto([files]);
        // Each article is one clip, whatever number of services held it.
        expect(reference).toHaveLength(articles.length);
        const shuffled = files
          .map((f, k) => ({ f, key: order[k] ?? k }))
          .sort((a, b) => a.key - b.key)
          .map(({ f }) => f);
        const batches: ImportFileData[][] = [[]];
        shuffled.forEach((f, k) => {
          if (k > 0 && cuts[k - 1]) batches.push([]);
          batches.at(-1)!.push(f);
        });
        expect(await importInto(batches)).toEqual(reference);
      }),
      propertyRun('import order', 4),
    );
  }, 240_000);
});
