import { appendFile, open, readFile, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { Journal } from '../../electron/library/journal.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await tempDir()));
afterEach(() => remove());

const entry = (seq: number) => ({
  seq,
  kind: 'tag' as const,
  name: `t${seq}`,
  value: { color: 'red' as const },
});

it('reads back what was appended', async () => {
  const journal = new Journal(path.join(dir, 'j.jsonl'));
  expect(await journal.read()).toEqual([]);
  await journal.append([entry(1), entry(2)]);
  await journal.append([entry(3)]);
  await journal.close();
  expect((await new Journal(path.join(dir, 'j.jsonl')).read()).map((e) => e.seq)).toEqual([
    1, 2, 3,
  ]);
});

it('drops a torn last line and appends cleanly after it', async () => {
  const file = path.join(dir, 'j.jsonl');
  await writeFile(file, JSON.stringify(entry(1)) + '\n' + JSON.stringify(entry(2)).slice(0, 20));
  const journal = new Journal(file);
  expect((await journal.read()).map((e) => e.seq)).toEqual([1]);
  await journal.append([entry(2)]);
  await journal.close();
  expect((await readFile(file, 'utf8')).split('\n').filter(Boolean)).toHaveLength(2);
});

it('skips a bad line before the end, names it, and reads every good line around it', async () => {
  const file = path.join(dir, 'j.jsonl');
  await writeFile(file, JSON.stringify(entry(1)) + '\n');
  await appendFile(file, 'garbage\n' + JSON.stringify(entry(3)) + '\n');
  const journal = new Journal(file);
  expect((await journal.read()).map((e) => e.seq)).toEqual([1, 3]);
  expect(journal.damagedLines).toEqual([2]);
});

it('cuts a failed append back to its last whole line, so the next one is not glued to it (a full disk)', async () => {
  const file = path.join(dir, 'j.jsonl');
  const journal = new Journal(file);
  await journal.read();
  await journal.append([entry(1)]);
  // The disk fills in the middle of the next line: part of it is written, then the write fails.
  const probe = await open(file, 'r');
  const handles = Object.getPrototypeOf(probe) as FileHandle;
  await probe.close();
  const appendFile = handles.appendFile;
  const full = vi.spyOn(handles, 'appendFile').mockImplementationOnce(async function (
    this: FileHandle,
    data,
  ) {
    await appendFile.call(this, Buffer.from(data as Buffer).subarray(0, 12));
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  });
  await expect(journal.append([entry(2)])).rejects.toThrow(/ENOSPC/);
  full.mockRestore();
  expect(journal.clean).toBe(true);
  await journal.append([entry(3)]);
  await journal.close();

  const again = new Journal(file);
  expect((await again.read()).map((e) => e.seq)).toEqual([1, 3]);
  expect(again.damagedLines).toEqual([]);
});
