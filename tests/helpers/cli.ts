import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs the command line as `npm run cli` does, from the project's folder. */
export const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], { cwd: ROOT });

/**
 * A test that starts the CLI a few times: each start compiles and loads the
 * services, several seconds apiece on a loaded 2-core machine, and up to
 * half a minute when other test suites run beside it.
 */
export const CLI_TEST_TIMEOUT = 360_000;
