import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { cli, CLI_TEST_TIMEOUT } from '../helpers/cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });

let dir: string;
let remove: () => Promise<void>;
beforeAll(async () => ({ dir, remove } = await tempDir()));
afterAll(() => remove());

it('extract --jsonl prints one line per file, the body as paragraphs separated by a blank line', async () => {
  const txt = path.join(dir, 'a.txt');
  const html = path.join(dir, 'b.html');
  await writeFile(txt, 'Floods reach the valley\nRivers rose overnight.\nSchools are closed.');
  await writeFile(
    html,
    '<html lang="en"><head><title>Floods reach the valley</title></head><body><article><h1>Floods reach the valley</h1><p>Rivers rose overnight across the whole region, and the water kept rising into the morning hours.</p>\n<p>Schools are closed until further notice, the council said in a statement on Tuesday.</p></article></body></html>',
  );
  const { stdout } = await cli('extract', '--jsonl', txt, html);
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(lines.map((l) => l.file)).toEqual([txt, html]);
  for (const line of lines) {
    const [article] = line.articles;
    expect(article).toHaveProperty('title');
    expect(article).toHaveProperty('source');
    expect(article).toHaveProperty('byline');
    expect(article).toHaveProperty('published');
    expect(article.body).toMatch(/Rivers rose overnight.*\n\n.*Schools are closed/s);
  }
});

it('add and list work on a library folder given by flag', async () => {
  const library = path.join(dir, 'lib');
  const file = path.join(dir, 'c.txt');
  await writeFile(file, 'Night trains return\nThe sleeper service runs again from June.');
  const added = await cli('add', '--library', library, file);
  expect(added.stdout).toMatch(/\tNight trains return\n$/);
  const listed = await cli('list', '--library', library, '--json');
  expect(JSON.parse(listed.stdout.trim())).toMatchObject({
    title: 'Night trains return',
    excerpt: 'The sleeper service runs again from June.',
  });
});

it('add refuses a file that is not UTF-8, as import does, and saves nothing', async () => {
  const library = path.join(dir, 'lib-latin1');
  const file = path.join(dir, 'latin1.txt');
  await writeFile(
    file,
    Buffer.from('Le café du port rouvre\nLes clients reviennent en été.', 'latin1'),
  );
  await expect(cli('add', '--library', library, file)).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/latin1\.txt is not UTF-8 text.*Nothing was saved/),
  });
  const listed = await cli('list', '--library', library, '--json');
  expect(listed.stdout.trim()).toBe('');
});

it('says what is wrong with a bad command line', async () => {
  await expect(cli('nope')).rejects.toMatchObject({
    code: 2,
    stderr: expect.stringContaining('unknown command "nope"'),
  });
  await expect(cli('extract', path.join(dir, 'missing.txt'))).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringContaining('cannot read'),
  });
});
