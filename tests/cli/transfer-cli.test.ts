import { mkdir, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { cli, CLI_TEST_TIMEOUT, ROOT } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const FIXTURES = path.join(ROOT, 'tests/fixtures/transfer');
vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ dir, remove } = await tempDir()));
afterAll(() => remove());

it('imports files and folders with progress on stderr and a summary, then exports a tag to Markdown and EPUB', async () => {
  const library = path.join(dir, 'lib');
  const first = await cli(
    'import',
    '--library',
    library,
    path.join(FIXTURES, 'pocket'),
    path.join(FIXTURES, 'wallabag/wallabag-export.json'),
  );
  expect(first.stdout).toBe(
    // Pocket's highlights of the night trains are a record of their own, merged with the CSV's.
    'Added 8 clips, merged 1 record with clips of the same article (reading state, details added); 0 duplicates left out.\n' +
      "3 highlights wait for the article's text (kept as orphans).\n" +
      `Failed ${path.join(FIXTURES, 'pocket/part_000001.csv')}, row 3: “not a link” is not a web address.\n`,
  );
  expect(first.stderr).toMatch(/^import: (\d+)\/\1 Saving to the library$/m);
  const again = await cli(
    'import',
    '--library',
    library,
    path.join(FIXTURES, 'wallabag/wallabag-export.json'),
  );
  expect(again.stdout).toBe('Added 0 clips; 2 duplicates left out.\n');

  const md = path.join(dir, 'vault');
  expect(
    (
      await cli(
        'export',
        '--library',
        library,
        '--format',
        'markdown',
        '--tag',
        'science',
        '--out',
        md,
      )
    ).stdout,
  ).toBe(`Wrote one file to ${md}\n`);
  expect(await readdir(md)).toEqual(['A new moon for the outer planet.md']);
  expect(await readFile(path.join(md, 'A new moon for the outer planet.md'), 'utf8')).toMatch(
    /^---\ntitle: A new moon for the outer planet\n/,
  );
  const page = path.join(dir, 'moon.html');
  expect(
    (
      await cli(
        'export',
        '--library',
        library,
        '--format',
        'html',
        '--query',
        'outer planet',
        '--out',
        page,
      )
    ).stdout,
  ).toBe(`Wrote ${page} (one clip)\n`);
  expect(await readFile(page, 'utf8')).toContain('<h1>A new moon for the outer planet</h1>');
  const books = path.join(dir, 'books');
  await mkdir(books);
  const epub = await cli(
    'export',
    '--library',
    library,
    '--format',
    'epub',
    '--unread',
    '--out',
    books,
  );
  expect(epub.stdout).toMatch(/^Wrote .*books\/presscut-\d{4}-\d{2}-\d{2}\.epub \(5 clips\)\n$/);
});

it('refuses a 200 MB file by its size, without reading it, and imports nothing', async () => {
  const big = path.join(dir, 'part_000000.csv');
  const handle = await open(big, 'w');
  await handle.truncate(200 * 1024 * 1024);
  await handle.close();
  const library = path.join(dir, 'lib-big');
  const failed = await cli('import', '--library', library, big).catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(failed).toMatchObject({
    code: 1,
    stderr: `presscut import: ${big}: it is over 100 MB, more than Presscut imports at once; it was not imported\n`,
  });
  await expect(readdir(library)).rejects.toThrow(/ENOENT/);
});

it('says what is wrong with an export command line', async () => {
  await expect(cli('export', '--format', 'pdf', '--out', dir)).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining(
      'give --format (markdown, annotations, html, epub, json, backup, csl-json, bibtex, ris) and --out PATH',
    ),
  });
});
