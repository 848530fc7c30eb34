import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { bundleChildScript } from '../helpers/child-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { announceSeed } from '../helpers/test-seed.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';

/** When each kill comes: random, from a seed that is printed and can be given again. */
const random = seededRandom(announceSeed('library batch writer killed mid-batch'));
const KILLS = 8;
const BATCH = 500;

let dir: string;
let remove: () => Promise<void>;
let child: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir('presscut-batch-crash-'));
  child = await bundleChildScript(path.join(import.meta.dirname, 'batch-crash-child.ts'), dir);
});
afterAll(() => remove());

/** Runs the writer until a random moment after its first acknowledged batch, kills it, and returns the last count it acknowledged. */
function runAndKill(library: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, library], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => proc.kill('SIGKILL'), random() * 600);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${err}`));
      else resolve(Number(out.split('\n').slice(0, -1).at(-1)));
    });
  });
}

it(`keeps every acknowledged batch whole, and no part of an unacknowledged one, when killed ${KILLS} times`, async () => {
  const library = path.join(dir, 'library');
  for (let run = 0; run < KILLS; run++) {
    const acknowledged = await runAndKill(library);
    const store = await LibraryStore.open(library);
    try {
      const count = store.records().length;
      expect(count % BATCH, `after run ${run}: ${count} clips`).toBe(0);
      expect(count).toBeGreaterThanOrEqual(acknowledged);
      for (const record of store.records().filter((_, i) => i % 97 === 0)) {
        expect((await store.body(record.id)).blocks[0].text).toBe(`text ${record.id}`);
        expect((await store.original(record.id)).text).toBe('a batch');
      }
    } finally {
      await store.close();
    }
  }
}, 120_000);
