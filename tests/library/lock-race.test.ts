import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundleChildScript } from '../helpers/child-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Processes racing for the lock at once, and how many times: 200 starts in all. */
const RACERS = 8;
const ROUNDS = 25;

let dir: string;
let remove: () => Promise<void>;
let child: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir('presscut-lock-race-'));
  child = await bundleChildScript(path.join(import.meta.dirname, 'lock-race-child.ts'), dir);
});
afterAll(() => remove());

interface Racer {
  proc: ReturnType<typeof spawn>;
  /** The next line the process prints. */
  next(): Promise<string>;
}

/** A process that tries to take the library's lock each time it is told to, once it has said it is ready. */
async function racer(library: string): Promise<Racer> {
  const proc = spawn(process.execPath, [child, library], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const { value, done } = await lines.next();
    return done ? 'exited' : (value as string);
  };
  expect(await next()).toBe('ready');
  return { proc, next };
}

it(`never lets two processes hold the library: ${RACERS} start at once after a crash, ${ROUNDS} times`, async () => {
  const racers = await Promise.all(Array.from({ length: RACERS }, () => racer(dir)));
  try {
    // The first crash: a process dies holding the lock.
    racers[0].proc.stdin!.write('go\n');
    expect(await racers[0].next()).toBe('held');
    racers[0].proc.kill('SIGKILL');
    await once(racers[0].proc, 'exit');
    racers[0] = await racer(dir);
    for (let round = 0; round < ROUNDS; round++) {
      // All at once: each is waiting for this line before it takes the lock.
      for (const r of racers) r.proc.stdin!.write('go\n');
      const outcomes = await Promise.all(racers.map((r) => r.next()));
      expect(
        outcomes.filter((o) => o === 'held'),
        `round ${round}`,
      ).toEqual(['held']);
      expect(outcomes.filter((o) => o !== 'held')).toEqual(
        Array(RACERS - 1).fill('refused library-unavailable'),
      );
      // The holder crashes with the lock held; a new process takes its place in the next round.
      const i = outcomes.indexOf('held');
      racers[i].proc.kill('SIGKILL');
      await once(racers[i].proc, 'exit');
      racers[i] = await racer(dir);
    }
  } finally {
    for (const r of racers) r.proc.kill('SIGKILL');
  }
}, 180_000);
