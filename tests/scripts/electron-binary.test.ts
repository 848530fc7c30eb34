import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureElectron } from '../../scripts/electron-binary.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;

beforeEach(async () => {
  ({ dir, remove } = await tempDir('presscut-electron-'));
  await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: '45.5.0' }));
});
afterEach(async () => remove());

/** An Electron package whose installer fails as @electron/get does offline. */
async function offlineInstaller(): Promise<void> {
  await writeFile(
    path.join(dir, 'install.js'),
    `console.error('RequestError: getaddrinfo ENOTFOUND github.com\\n    at ClientRequest.<anonymous> (/x/got/dist/source/core/index.js:970:111)\\n    at Object.onceWrapper (node:events:632:26)');
process.exit(1);`,
  );
}

describe('npm start without Electron’s program (16.9)', () => {
  it('says what is missing, why the download failed and what to do, without a stack trace', async () => {
    await offlineInstaller();
    const result = ensureElectron(dir);
    expect(result.ok).toBe(false);
    const message = result.ok ? '' : result.message;
    expect(message).toContain('Electron 45.5.0');
    expect(message).toContain('getaddrinfo ENOTFOUND github.com');
    expect(message).toContain('connect to the internet and run `npm start` again');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).not.toMatch(/^\s+at /m);
  });

  it('starts the program once the installer put it in place', async () => {
    await writeFile(
      path.join(dir, 'install.js'),
      `const fs = require('node:fs'); const p = require('node:path');
fs.mkdirSync(p.join(__dirname, 'dist'), { recursive: true });
fs.writeFileSync(p.join(__dirname, 'dist', 'electron'), '');
fs.writeFileSync(p.join(__dirname, 'path.txt'), 'electron');`,
    );
    await writeFile(path.join(dir, 'install.cjs'), '');
    const result = ensureElectron(dir);
    expect(result).toEqual({ ok: true, executable: path.join(dir, 'dist', 'electron') });
  });

  it('finds a program already installed without downloading', async () => {
    await mkdir(path.join(dir, 'dist'));
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(ensureElectron(dir)).toEqual({
      ok: true,
      executable: path.join(dir, 'dist', 'electron'),
    });
  });
});
