import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Runs `body` (an ES module's code, with `LibraryStore` and `article` in
 * scope) in a process of its own, which is then killed with SIGKILL: the
 * library is left exactly as a crash leaves it, its lock included. Resolves
 * with what the process printed.
 */
export function runThenKill(body: string): Promise<string> {
  const imports = [
    `import { LibraryStore } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'electron/library/store.ts')).href)};`,
    `import { article } from ${JSON.stringify(pathToFileURL(path.join(ROOT, 'tests/helpers/articles.ts')).href)};`,
  ];
  const script = `${imports.join('\n')}\n${body}\nprocess.kill(process.pid, 'SIGKILL');`;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--input-type=module', '--no-warnings', '-e', script]);
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) =>
      signal === 'SIGKILL' ? resolve(out) : reject(new Error(`it was not killed: ${err}`)),
    );
  });
}
