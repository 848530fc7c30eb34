import { mkdir, realpath, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rendererFile } from '../../electron/main/renderer-file.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let temp: Awaited<ReturnType<typeof tempDir>>;
let root: string;

beforeAll(async () => {
  temp = await tempDir('presscut-renderer-');
  const base = await realpath(temp.dir);
  root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), '');
  await writeFile(path.join(base, 'secret.txt'), 'not for the window');
  // Links placed in the served folder: one out of it, one within it, one to a folder within it.
  await symlink(path.join(base, 'secret.txt'), path.join(root, 'secret.txt'));
  await symlink(path.join(root, 'index.html'), path.join(root, 'home.html'));
  await symlink(path.join(root, 'assets'), path.join(root, 'linked'));
});
afterAll(() => temp.remove());

it('serves the files of the renderer folder, index.html for the root', async () => {
  expect(await rendererFile(root, 'presscut://app/')).toEqual({
    file: path.join(root, 'index.html'),
  });
  expect(await rendererFile(root, 'presscut://app/assets/app.js')).toEqual({
    file: path.join(root, 'assets', 'app.js'),
  });
  expect(await rendererFile(root, 'presscut://app/assets/%61pp.js')).toEqual({
    file: path.join(root, 'assets', 'app.js'),
  });
});

it('refuses a symbolic link below the folder, wherever it points', async () => {
  for (const url of [
    'presscut://app/secret.txt',
    'presscut://app/home.html',
    'presscut://app/linked/app.js',
  ])
    expect(await rendererFile(root, url), url).toEqual({ status: 404 });
});

it('answers a malformed escape with 400 instead of throwing', async () => {
  for (const url of ['presscut://app/%E0%A4%A', 'presscut://app/%', 'presscut://app/a%00b'])
    expect(await rendererFile(root, url), url).toEqual({ status: 400 });
});

it('refuses paths out of the folder, missing files and other hosts', async () => {
  for (const url of [
    'presscut://app/..%2Fsecret.txt',
    'presscut://app/%2E%2E/secret.txt',
    'presscut://app/missing.js',
    'presscut://other/index.html',
  ])
    expect(await rendererFile(root, url), url).toEqual({ status: 404 });
});
