import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { CutShort, lengthProblem } from '../../electron/search/database-length.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let file: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  let dir: string;
  ({ dir, remove } = await tempDir());
  file = path.join(dir, 'db.sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; CREATE TABLE t (x TEXT)');
  const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
  for (let i = 0; i < 200; i++) insert.run('x'.repeat(500));
  db.close();
});
afterEach(async () => {
  await remove();
});

it('finds a whole database whole, and one cut short by a page cut short', async () => {
  expect(lengthProblem(file)).toBeNull();
  const { length } = await readFile(file);
  await truncate(file, length - 4096);
  expect(lengthProblem(file)).toEqual(expect.any(CutShort));
  expect(lengthProblem(file)?.message).toMatch(/cut short/);
});

it('leaves the question to SQLite while a write-ahead log holds pages, or the file is no database', async () => {
  const { length } = await readFile(file);
  await truncate(file, length - 4096);
  await writeFile(`${file}-wal`, 'frames a crash left');
  expect(lengthProblem(file)).toBeNull();
  await writeFile(file, 'this is not SQLite');
  expect(lengthProblem(file)).toBeNull();
});
