/**
 * What the installers ship. electron-builder makes the unpacked build (`--dir`)
 * that every installer wraps, with a stand-in for Electron's binary, which
 * cannot be downloaded here: this test checks the package's contents, not that
 * the app starts. It packages the build `npm test` has just made, or makes
 * one first when there is none or the sources are newer (`npm run test:unit`
 * on a fresh checkout).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractAll, listPackage } from '@electron/asar';
import { build } from 'esbuild';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where Electron's binary keeps its fuses (@electron/fuses' sentinel), and their states in a fresh binary, in wire order. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
const ELECTRON_DEFAULT_FUSES = '10110001';
/** app.asar measured 12 MB when this was set, with node_modules; 5.6 MB once every package was bundled into main. */
const BUDGET_BYTES = 16 * 1024 * 1024;
/** What press reviews read at run time: the fonts they inline, the rules that name them, the citation styles. */
const REVIEW_RESOURCES =
  /^\/(resources|resources\/(fonts|csl)|resources\/fonts\/[\w-]+\.woff2|resources\/csl\/[\w-]+\.csl|renderer|renderer\/styles|renderer\/styles\/fonts\.css)$/;

/** What the build is made from: the build is current when none of it changed after main.js was written, last. */
const SOURCES = [
  'electron',
  'renderer',
  'common',
  'resources',
  'scripts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'vite.config.ts',
];

async function newestSource(): Promise<number> {
  let newest = 0;
  for (const source of SOURCES) {
    const at = path.join(ROOT, source);
    const found = (await stat(at)).isDirectory()
      ? (await readdir(at, { recursive: true, withFileTypes: true }))
          .filter((d) => d.isFile())
          .map((d) => path.join(d.parentPath, d.name))
      : [at];
    for (const file of found) newest = Math.max(newest, (await stat(file)).mtimeMs);
  }
  return newest;
}

/** Builds the app unless the build is there and current. */
async function ensureBuild(): Promise<void> {
  const main = path.join(ROOT, 'dist/electron/main.js');
  const builtAt = existsSync(main) ? (await stat(main)).mtimeMs : 0;
  if (builtAt >= (await newestSource())) return;
  console.info('No current build to package: running `npm run build` first.');
  await run('npm', ['run', '-s', 'build'], { cwd: ROOT, timeout: 300_000 });
}

let temp: Awaited<ReturnType<typeof tempDir>>;
let unpacked: string;
let asar: string;
let entries: Set<string>;

beforeAll(async () => {
  await ensureBuild();
  temp = await tempDir('presscut-package-');
  const electronDist = path.join(temp.dir, 'electron-dist');
  await mkdir(electronDist);
  const standIn = path.join(electronDist, 'electron');
  // Electron's fuse wire, as its binary carries it, with Electron's defaults: electron-builder flips it.
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]),
    Buffer.from(ELECTRON_DEFAULT_FUSES),
  ]);
  await writeFile(
    standIn,
    Buffer.concat([
      Buffer.from(
        '#!/bin/sh\necho "A stand-in for Electron: this package was built to check its contents." >&2\nexit 1\n# ',
      ),
      wire,
      Buffer.from('\n'),
    ]),
  );
  await chmod(standIn, 0o755);
  await run(
    process.execPath,
    [
      path.join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${path.join(temp.dir, 'release')}`,
    ],
    { cwd: ROOT, env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 240_000 },
  );
  unpacked = path.join(temp.dir, 'release/linux-unpacked');
  asar = path.join(unpacked, 'resources/app.asar');
  entries = new Set(listPackage(asar, { isPack: false }).map((p) => p.split(path.sep).join('/')));
}, 600_000);

afterAll(async () => {
  await temp?.remove();
});

/** Every file under `dir` but source maps, as package paths ("/dist/renderer/index.html"). */
async function builtFiles(dir: string): Promise<string[]> {
  const found = await readdir(path.join(ROOT, dir), { recursive: true, withFileTypes: true });
  return found
    .filter((d) => d.isFile() && !d.name.endsWith('.map'))
    .map(
      (d) => `/${path.relative(ROOT, path.join(d.parentPath, d.name)).split(path.sep).join('/')}`,
    );
}

it('holds the main entry, its task worker and everything they load', async () => {
  const app = path.join(temp.dir, 'app');
  extractAll(asar, app);
  const manifest = JSON.parse(await readFile(path.join(app, 'package.json'), 'utf8')) as {
    main: string;
    type: string;
  };
  expect(manifest.main).toBe('dist/electron/main.js');
  // Bundling from the extracted package resolves every module main imports, and theirs in turn, from
  // what the package holds alone: a missing file or dependency fails here. Electron itself is the runtime.
  const { errors, metafile } = await build({
    entryPoints: [path.join(app, manifest.main), path.join(app, 'dist/electron/worker.js')],
    absWorkingDir: app,
    bundle: true,
    platform: 'node',
    format: 'esm',
    external: ['electron'],
    outdir: path.join(temp.dir, 'bundled'),
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  expect(errors).toEqual([]);
  const outsideThePackage = Object.keys(metafile.inputs).filter(
    (input) => !path.resolve(app, input).startsWith(app + path.sep),
  );
  expect(outsideThePackage).toEqual([]);
});

it('holds the preload, every file of the built renderer and the window icon', async () => {
  const expected = [...(await builtFiles('dist/electron')), ...(await builtFiles('dist/renderer'))];
  expect(expected).toContain('/dist/electron/preload.cjs');
  expect(expected).toContain('/dist/renderer/index.html');
  expect(expected.filter((file) => !entries.has(file))).toEqual([]);
  expect(existsSync(path.join(unpacked, 'resources/icon.png'))).toBe(true);
});

it('holds nothing from sources, tests, source maps or dev dependencies', async () => {
  const outside = [...entries].filter(
    (p) =>
      !/^\/(package\.json|dist|dist\/.*|node_modules|node_modules\/.*)$/.test(p) &&
      !REVIEW_RESOURCES.test(p),
  );
  expect(outside).toEqual([]);
  expect([...entries].filter((p) => /\.(map|ts|cts|mts)$/.test(p))).toEqual([]);

  const { stdout } = await run('npm', ['ls', '--omit=dev', '--all', '--parseable'], { cwd: ROOT });
  const production = new Set(
    stdout
      .split('\n')
      .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
      .map((line) => `/${path.relative(ROOT, line).split(path.sep).join('/')}`),
  );
  const packaged = [...entries].filter(
    (p) => /^\/node_modules\/(@[^/]+\/)?[^/@]+$/.test(p) && !p.endsWith('/.bin'),
  );
  expect(packaged.filter((p) => !production.has(p))).toEqual([]);
  const { devDependencies } = JSON.parse(
    await readFile(path.join(ROOT, 'package.json'), 'utf8'),
  ) as { devDependencies: Record<string, string> };
  expect(
    Object.keys(devDependencies).filter((name) => entries.has(`/node_modules/${name}`)),
  ).toEqual([]);
});

it(`stays within its size budget of ${BUDGET_BYTES / 1024 / 1024} MiB`, async () => {
  const { size } = await stat(asar);
  console.log(
    `app.asar: ${(size / 1024 / 1024).toFixed(1)} MiB of a ${BUDGET_BYTES / 1024 / 1024} MiB budget`,
  );
  expect(size).toBeLessThanOrEqual(BUDGET_BYTES);
});

it("flips Electron's fuses: no running as Node, no NODE_OPTIONS or --inspect, only its own checked app.asar", async () => {
  const binary = await readFile(path.join(unpacked, 'presscut'));
  const at = binary.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  const length = binary[at + 1];
  const states = Object.fromEntries(
    FUSES.slice(0, length).map((name, i) => [name, String.fromCharCode(binary[at + 2 + i])]),
  );
  expect(states).toEqual({
    runAsNode: '0',
    enableCookieEncryption: '1',
    enableNodeOptionsEnvironmentVariable: '0',
    enableNodeCliInspectArguments: '0',
    enableEmbeddedAsarIntegrityValidation: '1',
    onlyLoadAppFromAsar: '1',
    loadBrowserProcessSpecificV8Snapshot: '0',
    grantFileProtocolExtraPrivileges: '0',
  });
});
