import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';
import { article } from '../helpers/articles.ts';
import { bundleChildScript, SEARCH_WORKER } from '../helpers/child-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { clipToken } from './index-crash-tokens.ts';
import { announceSeed } from '../helpers/test-seed.ts';

const CLIPS = 600;
const ROUNDS = 2;

let dir: string;
let remove: () => Promise<void>;
let child: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir('presscut-index-crash-'));
  child = await bundleChildScript(
    path.join(import.meta.dirname, 'index-crash-child.ts'),
    dir,
    SEARCH_WORKER,
  );
});
afterAll(() => remove());

/** Runs the writer and kills it once it reported `killAfter` steps of indexing (or the end of it); gives the clips it added. */
function runAndKill(library: string, first: number, killAfter: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, library, String(first)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: path.join(import.meta.dirname, '../..'),
    });
    let out = '';
    let err = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      const steps = lines.filter((l) => l.startsWith('progress '));
      // Killed at the step drawn, or once there is nothing left to index.
      if (steps.length >= killAfter || steps.includes('progress done')) proc.kill('SIGKILL');
    });
    proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    proc.on('error', reject);
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the writer stopped by itself: ${err}`));
      else
        resolve(
          out
            .split('\n')
            .slice(0, -1)
            .filter((l) => l.startsWith('added '))
            .map((l) => l.slice('added '.length)),
        );
    });
  });
}

it('killed while indexing, the index matches the library after a restart', async () => {
  const random = seededRandom(announceSeed('search index killed while indexing'));
  const library = path.join(dir, 'library');
  const store = await LibraryStore.open(library);
  await store.addPaste(
    { text: 'many' },
    Array.from({ length: CLIPS }, (_, i) =>
      article(`Report ${clipToken(i)}`, `Harbour news, ${clipToken(i)} edition.`),
    ),
    new Date('2025-07-01T10:00:00Z'),
  );
  await store.close();

  let next = CLIPS;
  for (let round = 0; round < ROUNDS; round++) {
    // The first round builds the index from nothing; the next catches up with texts changed behind its back.
    if (round === 0) await rm(path.join(library, 'search'), { recursive: true, force: true });
    else {
      const behind = await LibraryStore.open(library);
      for (const record of behind.records().filter((_, i) => i % 2 === 0))
        await behind.updateBody(record.id, {
          blocks: [{ type: 'paragraph', text: `Revised, ${record.title.split(' ')[1]} again.` }],
        });
      await behind.close();
    }
    const added = await runAndKill(library, next, 1 + Math.floor(random() * 3));
    next += added.length + 1;

    const reopened = await LibraryStore.open(library);
    const index = await SearchIndex.open(reopened);
    await index.indexed();
    const records = reopened.records();
    const counts = await index.counts();
    expect(counts.total).toBe(records.length);
    const search = (query: string) =>
      index.page({
        query: parseQuery(query),
        shelf: null,
        tags: [],
        order: 'score',
        offset: 0,
        limit: 5,
      });
    expect((await search('harbour')).total).toBe(
      records.filter((r) => r.title.startsWith('Report') && r.revision === 0).length,
    );
    // Every clip the writer had acknowledged, and a sample of the others, found by its own word, alone.
    const sample = records.filter((_, i) => i % 37 === 0).map((r) => r.title.split(' ')[1]);
    for (const token of [...added, ...sample]) {
      // Quoted: the tokens are a typo apart from one another.
      const { hits, total } = await search(`"${token}"`);
      expect(total, token).toBe(1);
      expect(hits[0].clip.title, token).toMatch(new RegExp(`${token}$`));
    }
    await index.close();
    await reopened.close();
  }
});
