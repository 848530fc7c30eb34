import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let root: string;
let dir: string;
let remove: () => Promise<void>;
let store: LibraryStore;
let service: PresscutApi;

beforeEach(async () => {
  ({ dir: root, remove } = await tempDir());
  dir = path.join(root, 'library');
  store = await LibraryStore.open(dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
});
afterEach(async () => {
  await store.close();
  await remove();
});

const article = strToU8('Ferry crews strike\nCrews walked out at dawn over pay and hours.');

async function expectNothingWritten() {
  expect(store.everyRecord()).toEqual([]);
  expect(await readdir(path.join(dir, 'clips'))).toEqual([]);
  expect(await readdir(path.join(dir, 'pastes'))).toEqual([]);
  expect((await readdir(root)).sort()).toEqual(['library']);
}

it('refuses a ZIP whose paths climb out of it (zip slip), whole', async () => {
  const zip = zipSync({
    'notes.txt': article,
    '../../outside.txt': strToU8('written where it should not be'),
  });
  await expect(service.importFiles([{ name: 'slip.zip', bytes: zip }])).rejects.toThrow(
    'slip.zip was not imported: it holds a file named “../../outside.txt”, which points outside the archive (an unsafe ZIP). Nothing was written.',
  );
  const absolute = zipSync({ '/etc/cron.d/evil': article });
  await expect(service.importFiles([{ name: 'abs.zip', bytes: absolute }])).rejects.toThrow(
    /points outside the archive/,
  );
  await expectNothingWritten();
});

it('refuses a zip bomb by what it declares before unpacking it, and by what it unpacks to when it lies', async () => {
  const bomb = zipSync({ 'part_000000.csv': new Uint8Array(48 * 1024 * 1024) });
  expect(bomb.length).toBeLessThan(100_000);
  await expect(service.importFiles([{ name: 'bomb.zip', bytes: bomb }])).rejects.toThrow(
    'bomb.zip was not imported: it unpacks to more than 200 times its packed size, as a zip bomb does. Nothing was written.',
  );
  // The same bomb claiming to unpack to 1,000 bytes, in its local header and its directory alike.
  const liar = bomb.slice();
  const view = new DataView(liar.buffer);
  view.setUint32(22, 1000, true);
  for (let at = liar.length - 22; at >= 0; at--)
    if (view.getUint32(at, true) === 0x02014b50) {
      view.setUint32(at + 24, 1000, true);
      break;
    }
  await expect(service.importFiles([{ name: 'liar.zip', bytes: liar }])).rejects.toThrow(
    /liar\.zip was not imported: part_000000\.csv inside it unpacks to more than (200 times its packed size|its directory says)/,
  );
  await expectNothingWritten();
});

it('refuses a ZIP whose entries declare more than it may unpack, before unpacking any of them', async () => {
  // Ten entries, each declared in the directory as 110 MB: 1.1 GB in all, which no import takes.
  const many = zipSync(
    Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`part_00000${i}.csv`, article])),
  );
  const view = new DataView(many.buffer);
  for (let at = 0; at + 4 <= many.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 110 * 1024 * 1024, true);
  await expect(service.importFiles([{ name: 'many.zip', bytes: many }])).rejects.toThrow(
    /many\.zip was not imported: it unpacks to more than 1024 MB/,
  );
  await expectNothingWritten();
});

it('refuses a file over the size limit at the door', async () => {
  const big = new Uint8Array(200 * 1024 * 1024);
  const reply = await dispatch(service, 'importFiles', [[{ name: 'huge.csv', bytes: big }]]);
  expect(reply).toEqual({
    ok: false,
    error: {
      code: 'invalid-argument',
      message: 'importFiles: argument 0.0.bytes: a file to import can be at most 100 MB',
    },
  });
  await expectNothingWritten();
});

it('says a file is not UTF-8, and still imports the good files beside it', async () => {
  const latin1 = new Uint8Array([
    ...strToU8('URL,Title,Selection,Folder,Timestamp\nhttps://example.org/a,Caf'),
    0xe9,
    ...strToU8(',,Unread,1650000000\n'),
  ]);
  await expect(service.importFiles([{ name: 'instapaper.csv', bytes: latin1 }])).rejects.toThrow(
    /^instapaper\.csv is not UTF-8 text, so Presscut cannot read it\. Save it again as UTF-8/,
  );
  await expectNothingWritten();

  const zip = zipSync({ 'bad.txt': new Uint8Array([0x41, 0xc3, 0x28]), 'good.txt': article });
  const summary = await service.importFiles([{ name: 'mixed.zip', bytes: zip }]);
  expect(summary).toMatchObject({
    added: 1,
    failed: [{ item: 'mixed.zip › bad.txt', reason: expect.stringMatching(/is not UTF-8 text/) }],
  });
  expect(store.records().map((r) => r.title)).toEqual(['Ferry crews strike']);
});

it('names the formats it knows when it meets one it does not', async () => {
  await expect(
    service.importFiles([{ name: 'notes.json', bytes: strToU8('{"hello": "world"}') }]),
  ).rejects.toThrow(
    /notes\.json is JSON, but not an export Presscut knows\. Presscut imports Pocket/,
  );
  await expect(
    service.importFiles([{ name: 'sheet.csv', bytes: strToU8('name,price\napple,1\n') }]),
  ).rejects.toThrow(
    'sheet.csv has the columns name, price, which are not Pocket’s or Instapaper’s.',
  );
  await expect(
    service.importFiles([{ name: 'photo.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff]) }]),
  ).rejects.toThrow(/photo\.jpg is not a file Presscut imports/);
  await expectNothingWritten();
});
