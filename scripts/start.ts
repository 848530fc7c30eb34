/**
 * `npm start`: builds the app and opens it in Electron, fetching Electron's
 * program first when it is not there yet (see electron-binary.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ensureElectron } from './electron-binary.ts';

const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
const electron = ensureElectron(packageDir);
if (!electron.ok) {
  console.error(electron.message);
  process.exit(1);
}
const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build'], {
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);
const app = spawn(electron.executable, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
app.on('close', (code) => process.exit(code ?? 1));
