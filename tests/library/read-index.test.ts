import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import { emptyIndex, libraryIndexSchema } from '../../electron/library/index-schema.ts';
import { readIndexFile } from '../../electron/library/read-index.ts';
import { recordOfArticle } from '../../electron/model/clip.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
let file: string;

beforeEach(async () => {
  ({ dir, remove } = await tempDir());
  file = path.join(dir, 'index.json');
});
afterEach(async () => {
  await remove();
});

/** Titles that a reader finding JSON's structure in its bytes could trip over. */
const AWKWARD = [
  'Plain',
  'Quotes " and \\" and a backslash \\',
  'Braces { [ } ] and , : inside',
  'Ünïcödé, 中文, emoji 🗞️ and \u2028 a line separator',
  'Control\ncharacters\tand \u0001',
];

function index(clips: number) {
  const library = emptyIndex();
  library.tags = { 'a "quoted" tag': { color: 'red' } };
  for (let i = 0; i < clips; i++) {
    const id = `clip-${i}-${'ü'.repeat(i % 3)}`;
    const record = recordOfArticle(article(AWKWARD[i % AWKWARD.length], 'Text.'), {
      id,
      pasteId: `paste-${i}`,
      articleIndex: 0,
      createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)).toISOString(),
    });
    record.tags = ['a "quoted" tag', `{${i}}`];
    record.annotations = [];
    library.clips[id] = record;
  }
  library.seq = 7;
  return library;
}

async function expectDamaged(promise: Promise<unknown>, text: RegExp) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PresscutError);
  expect((error as PresscutError).code).toBe('library-damaged');
  expect((error as PresscutError).message).toMatch(text);
}

describe('readIndexFile', () => {
  it('is null when there is no index file', async () => {
    expect(await readIndexFile(file)).toBeNull();
  });

  it('reads what JSON.parse reads, compact or indented, on main or off it', async () => {
    const written = index(2500);
    const expected = libraryIndexSchema.parse(written);
    for (const text of [JSON.stringify(written), JSON.stringify(written, null, 2)]) {
      await writeFile(file, text);
      for (const offThreadFrom of [Infinity, 0]) {
        const read = await readIndexFile(file, offThreadFrom);
        expect(read).toEqual({ index: expected, migratedFrom: null });
        expect(Object.keys(read!.index.clips)).toEqual(Object.keys(expected.clips));
      }
    }
  });

  it('off main, parses the next chunk of records only once betweenChunks lets it', async () => {
    const written = index(2500);
    await writeFile(file, JSON.stringify(written));
    const gaps: Array<() => void> = [];
    let asked!: () => void;
    let gap = new Promise<void>((resolve) => (asked = resolve));
    const betweenChunks = () => {
      asked();
      return new Promise<void>((resolve) => gaps.push(resolve));
    };
    let read = false;
    const reading = readIndexFile(file, 0, betweenChunks).then((found) => {
      read = true;
      return found;
    });
    // 2,500 records come in three chunks: after the first two, the read waits for its gap to end.
    for (let chunk = 1; chunk <= 2; chunk++) {
      await gap;
      gap = new Promise<void>((resolve) => (asked = resolve));
      // Another read, off main too, takes a thread's start and a round trip: time enough for a chunk that was not held back.
      await readIndexFile(file, 0);
      expect(gaps).toHaveLength(chunk);
      expect(read).toBe(false);
      gaps[chunk - 1]();
    }
    expect(await reading).toEqual({ index: libraryIndexSchema.parse(written), migratedFrom: null });
  });

  it('keeps the last of a key written twice, as JSON.parse does', async () => {
    const written = index(2);
    const [first, second] = Object.values(written.clips);
    const text = JSON.stringify(written)
      .replace(/^\{/, '{"seq":3,')
      .replace(/"clips":\{/, `"clips":{${JSON.stringify(second.id)}:${JSON.stringify(first)},`);
    await writeFile(file, text);
    const read = await readIndexFile(file);
    expect(read!.index.seq).toBe(7);
    expect(read!.index.clips[second.id]).toEqual(second);
  });

  for (const [where, offThreadFrom] of [
    ['on main', Infinity],
    ['off main', 0],
  ] as const) {
    it(`says a damaged file is damaged, naming the clip when one record is bad (${where})`, async () => {
      const text = JSON.stringify(index(1200));
      await writeFile(file, text.slice(0, text.length - 300));
      await expectDamaged(readIndexFile(file, offThreadFrom), /cannot be read as JSON/);

      await writeFile(file, `${text} {}`);
      await expectDamaged(readIndexFile(file, offThreadFrom), /text after the index/);

      const bad = index(1200);
      (bad.clips['clip-1102-ü'] as { wordCount: unknown }).wordCount = 'many';
      await writeFile(file, JSON.stringify(bad));
      await expectDamaged(
        readIndexFile(file, offThreadFrom),
        /does not hold a valid library \(clips\.clip-1102-ü\.wordCount:/,
      );

      await writeFile(file, JSON.stringify({ ...index(1), seq: -1 }));
      await expectDamaged(readIndexFile(file, offThreadFrom), /\(seq:/);

      // Names every object has would be lost or mistaken as keys: a clip or tag so named is damage, never dropped.
      const text1 = JSON.stringify(index(1));
      await writeFile(file, text1.replace('"clip-0-"', '"constructor"'));
      await expectDamaged(readIndexFile(file, offThreadFrom), /\(clips\.constructor:/);
      await writeFile(file, text1.replace('"a \\"quoted\\" tag":', '"__proto__":'));
      await expectDamaged(readIndexFile(file, offThreadFrom), /\(tags\.__proto__:/);
    });
  }
});
