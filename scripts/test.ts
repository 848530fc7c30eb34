/**
 * `npm test`: checks, build, then both suites. The browser suite runs even
 * when a unit test failed, so one red run shows every failure; the exit code
 * is non-zero if any step failed.
 */
import { spawnSync } from 'node:child_process';

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function run(label: string, command: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) console.log(`✖ ${label} failed`);
  return result.status === 0;
}

// Without a type-correct build there is nothing to test in a browser.
const prepared =
  run('type check', npx, ['tsc', '-p', '.']) &&
  run('build', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'build']);
if (!prepared) process.exit(1);

const results = [
  run('lint and format', process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '-s', 'lint']),
  run('unit and service tests', npx, ['vitest', 'run']),
  run('browser tests', npx, ['playwright', 'test']),
];
process.exit(results.every(Boolean) ? 0 : 1);
