/**
 * Electron's own program (about 100 MB) is not in its npm package: its
 * package downloads it from GitHub the first time it runs, and this
 * project's `.npmrc` turns install scripts off. These helpers find it, fetch
 * it once, and when that cannot happen (offline, a firewall) say so in
 * words, with what to do, instead of the downloader's stack trace.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The download may be slow; past this it is as good as failed. */
const DOWNLOAD_TIMEOUT_MS = 15 * 60_000;

export type ElectronProgram = { ok: true; executable: string } | { ok: false; message: string };

/** Where Electron's program is, when it is installed in its package folder; null when it is not. */
export function installedElectron(packageDir: string): string | null {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  if (override) return path.join(override, relative || 'electron');
  const executable = relative && path.join(packageDir, 'dist', relative);
  return executable && existsSync(executable) ? executable : null;
}

/** The first line of a failed download's output that says what went wrong (not a stack frame). */
function reasonOf(output: string): string {
  const lines = output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at ') && l !== 'Downloading Electron binary...');
  return (
    lines.find((l) => /error|ENOTFOUND|ECONN|ETIMEDOUT|EAI_AGAIN|\b40\d\b/i.test(l)) ??
    lines[0] ??
    'no reason given'
  );
}

/** What the person is told when Electron's program is missing and could not be downloaded. */
export function missingElectronMessage(version: string, reason: string): string {
  return [
    `Presscut cannot start: Electron ${version}, the program it runs in, is not installed, and downloading it failed.`,
    `  What went wrong: ${reason}`,
    '  npm installed Electron’s package, but its program (about 100 MB) comes from GitHub the',
    '  first time `npm start` runs, and that needs the internet.',
    '  What to do:',
    '    - connect to the internet and run `npm start` again (only the first time needs it);',
    '    - behind a proxy or with a mirror: set ELECTRON_MIRROR (or HTTPS_PROXY) and run it again;',
    `    - or copy electron-v${version}-<platform>-<arch>.zip from a machine that has it into`,
    '      Electron’s cache (~/.cache/electron on Linux) and run it again;',
    '    - or use an Electron you already have: ELECTRON_OVERRIDE_DIST_PATH=<its folder> npm start.',
    '  Without Electron, the command line works as it is: npm run cli -- --help',
  ].join('\n');
}

/** Electron's program: found, or downloaded now with Electron's own installer, or why it cannot be had. */
export function ensureElectron(packageDir: string): ElectronProgram {
  const found = installedElectron(packageDir);
  if (found) return { ok: true, executable: found };
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  console.log(
    `Downloading Electron ${version}, the program Presscut runs in (once, about 100 MB)…`,
  );
  const install = spawnSync(process.execPath, [path.join(packageDir, 'install.js')], {
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  const executable = install.status === 0 ? installedElectron(packageDir) : null;
  if (executable) return { ok: true, executable };
  const reason =
    install.error?.message ?? reasonOf(`${install.stderr ?? ''}\n${install.stdout ?? ''}`);
  return { ok: false, message: missingElectronMessage(version, reason) };
}
