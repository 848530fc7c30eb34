import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import {
  filesToClip,
  ownArguments,
  readLaunchRequest,
} from '../../electron/desktop/launch-arguments.ts';
import { clipFilesOnDisk } from '../../electron/files/clip-files-on-disk.ts';
import type { LibraryStore } from '../../electron/library/store.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

it('takes the launch’s own arguments, without Electron and the script it runs', () => {
  expect(ownArguments(['/opt/Presscut/presscut', 'a.txt'], false)).toEqual(['a.txt']);
  expect(ownArguments(['/usr/bin/electron', 'dist/electron/main.js', 'a.txt'], true)).toEqual([
    'a.txt',
  ]);
});

it('finds the files to clip, relative to the folder the launch was started in, options left out', () => {
  const request = {
    args: [
      'notes/a.txt',
      '--library',
      '/lib',
      '--no-sandbox',
      '/abs/b.md',
      '-psn_0_1234',
      'notes/a.txt',
      '--',
      '--odd name.html',
    ],
    cwd: '/home/ana',
  };
  expect(filesToClip(request)).toEqual([
    '/home/ana/notes/a.txt',
    '/abs/b.md',
    '/home/ana/--odd name.html',
  ]);
  expect(filesToClip({ args: ['--library=/lib'], cwd: '/home/ana' })).toEqual([]);
  expect(
    filesToClip({
      args: ['file:///home/ana/My%20notes.md', 'https://example.org/a.txt'],
      cwd: '/',
    }),
  ).toEqual(['/home/ana/My notes.md']);
});

it('reads only a well-formed request from another launch', () => {
  expect(readLaunchRequest({ args: ['a.txt'], cwd: '/home/ana' })).toEqual({
    args: ['a.txt'],
    cwd: '/home/ana',
  });
  expect(readLaunchRequest(null)).toBeNull();
  expect(readLaunchRequest({ args: 'a.txt', cwd: '/home/ana' })).toBeNull();
  expect(readLaunchRequest({ args: [1], cwd: '/home/ana' })).toBeNull();
  expect(readLaunchRequest({ args: [], cwd: 'relative/dir' })).toBeNull();
});

let temp: TempService;
let dir: string;
let store: LibraryStore;
let service: PresscutApi;
beforeEach(async () => {
  temp = await tempService();
  ({ dir, store, service } = temp);
});
afterEach(() => temp.close());

it('clips the files a second launch hands over, and says which it could not', async () => {
  await writeFile(
    path.join(dir, 'ferry.txt'),
    'Ferry timetable changes\nBoats will leave every half hour from Monday.',
  );
  await writeFile(path.join(dir, 'slides.pdf'), '%PDF-1.7');
  const request = readLaunchRequest({ args: ['ferry.txt', 'slides.pdf', 'gone.md'], cwd: dir })!;

  const result = await clipFilesOnDisk(filesToClip(request), service.clipFiles);

  expect(result.clips.map((c) => c.title)).toEqual(['Ferry timetable changes']);
  expect(result.failures).toEqual([
    { name: 'gone.md', message: 'gone.md could not be read: there is no such file.' },
    { name: 'slides.pdf', message: 'slides.pdf: Presscut clips .txt, .md and .html files.' },
  ]);
  expect(await store.original(result.clips[0].id)).toEqual({
    text: 'Ferry timetable changes\nBoats will leave every half hour from Monday.',
  });
});

it('says a file is too large without reading all of it', async () => {
  const big = path.join(dir, 'huge.txt');
  await writeFile(big, Buffer.alloc(21 * 1024 * 1024, 'a'));
  const result = await clipFilesOnDisk([big], service.clipFiles);
  expect(result.clips).toEqual([]);
  expect(result.failures[0].message).toMatch(/huge\.txt is over 20 MB/);
});

it('refuses a file that is not UTF-8, as an import does, rather than clip it with its bad bytes replaced', async () => {
  const latin1 = path.join(dir, 'cafe.txt');
  await writeFile(
    latin1,
    Buffer.from('Le café du port rouvre\nLes clients reviennent en été.', 'latin1'),
  );
  const result = await clipFilesOnDisk([latin1], service.clipFiles);
  expect(result.clips).toEqual([]);
  expect(result.failures).toEqual([
    {
      name: 'cafe.txt',
      message: expect.stringMatching(
        /^cafe\.txt is not UTF-8 text, so Presscut cannot read it\. Save it again as UTF-8/,
      ),
    },
  ]);
  expect(store.records()).toEqual([]);
});
