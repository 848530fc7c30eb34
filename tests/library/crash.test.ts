import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { bodyText } from '../../electron/model/article.ts';
import { bundleChildScript } from '../helpers/child-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { announceSeed } from '../helpers/test-seed.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';

/** When each kill comes: random, from a seed that is printed and can be given again. */
const random = seededRandom(announceSeed('library writer killed mid-write'));
const KILLS = 100;
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

let dir: string;
let remove: () => Promise<void>;
let child: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir('presscut-crash-'));
  child = await bundleChildScript(path.join(import.meta.dirname, 'crash-child.ts'), dir);
});
afterAll(() => remove());

/** Runs the writer until a random moment after its first acknowledgement, kills it, and returns what it acknowledged. */
function runAndKill(library: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, library], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      timer ??= setTimeout(() => proc.kill('SIGKILL'), 5 + random() * 120);
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${err}`));
      // The text after the last newline is an acknowledgement cut short by the kill.
      else resolve(out.split('\n').slice(0, -1));
    });
  });
}

interface Acknowledged {
  added: Map<string, string>;
  edited: Map<string, { revision: number; hash: string }>;
}

/** Checks that each clip is there, whole: its paste as written, its text at least at the acknowledged revision. */
async function expectWhole(
  store: LibraryStore,
  ack: Acknowledged,
  ids: Iterable<string>,
  when: string,
) {
  for (const id of ids) {
    const pasteHash = ack.added.get(id);
    if (pasteHash)
      expect(hash((await store.original(id)).text), `paste of ${id} ${when}`).toBe(pasteHash);
    const body = await store.body(id);
    const want = ack.edited.get(id);
    if (want) {
      expect(store.record(id).revision, `revision of ${id} ${when}`).toBeGreaterThanOrEqual(
        want.revision,
      );
      if (body.revision === want.revision)
        expect(hash(bodyText(body.blocks)), `text of ${id} ${when}`).toBe(want.hash);
    }
  }
}

it(`loses no acknowledged write when the writer is killed ${KILLS} times`, async () => {
  const library = path.join(dir, 'library');
  const ack: Acknowledged = { added: new Map(), edited: new Map() };
  for (let run = 0; run < KILLS; run++) {
    const touched = new Set<string>();
    for (const line of await runAndKill(library)) {
      const [kind, id, a, b] = line.split(' ');
      if (kind === 'add') ack.added.set(id, a);
      if (kind === 'edit') ack.edited.set(id, { revision: Number(a), hash: b });
      touched.add(id);
    }
    const store = await LibraryStore.open(library);
    try {
      for (const id of ack.added.keys())
        expect(() => store.record(id), `clip ${id} after run ${run}`).not.toThrow();
      await expectWhole(store, ack, touched, `after run ${run}`);
      if (run === KILLS - 1) await expectWhole(store, ack, ack.added.keys(), 'at the end');
    } finally {
      await store.close();
    }
  }
  expect(ack.added.size).toBeGreaterThan(KILLS);
}, 240_000);
