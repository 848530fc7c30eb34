import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { bundleChildScript } from '../helpers/child-script.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { announceSeed } from '../helpers/test-seed.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';
import {
  recordHash,
  settingsHash,
  textHash,
  type Attempt,
  type WriterLine,
} from './crash-model.ts';

/** Kills in all, spread over libraries written side by side, so a kill's start-up overlaps another's writes. */
const KILLS = 300;
const LIBRARIES = 3;
/** Clips whose text is checked after each kill, besides those the run touched; every one is checked at the end. */
const SAMPLE = 8;
/** The writes and the kill moments: random, from a seed that is printed and can be given again. */
const SEED = announceSeed('library writers killed mid-write, every kind of write');

let dir: string;
let remove: () => Promise<void>;
let child: string;

beforeAll(async () => {
  ({ dir, remove } = await tempDir('presscut-crash-'));
  child = await bundleChildScript(path.join(import.meta.dirname, 'crash-child.ts'), dir);
});
afterAll(() => remove());

/** What the library was acknowledged to hold: each clip's record and text hashes, tag colours, settings. */
interface Acknowledged {
  clips: Map<string, { record: string; text?: string }>;
  tags: Map<string, string | null>;
  settings?: string;
}

interface Run {
  acknowledged: Attempt[];
  /** The write under way when the kill came, if one was. */
  inFlight: Attempt | null;
  /** Ids the store gave the clips of acknowledged pastes, in attempt order. */
  pasted: string[][];
}

/**
 * A writer started ahead of its turn: it loads while the one before it is
 * killed and checked, so a kill costs little more than the writes it cuts.
 */
async function startWriter(library: string, seed: number, firstKind: number) {
  const proc = spawn(process.execPath, [child, library, String(seed), String(firstKind)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines = createInterface({ input: proc.stdout });
  let err = '';
  proc.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve, reject) => {
    proc.on('error', reject);
    proc.on('close', (_code, signal) => resolve(signal));
  });
  const loaded = new Promise<void>((resolve) =>
    lines.once('line', (line) => line === 'loaded' && resolve()),
  );
  await Promise.race([loaded, exited]);

  /**
   * Lets the writer open the library and write, kills it with SIGKILL `delay`
   * ms after its first acknowledged write (or, `early`, after it was told to
   * start: while it opens the library), and reads what it attempted and what
   * was acknowledged.
   */
  async function run(delay: number, early: boolean): Promise<Run> {
    const result: Run = { acknowledged: [], inFlight: null, pasted: [] };
    const kill = () => proc.kill('SIGKILL');
    let timer = early ? setTimeout(kill, delay) : undefined;
    lines.on('line', (text) => {
      const line = JSON.parse(text) as WriterLine;
      if ('attempt' in line) result.inFlight = line.attempt;
      else {
        result.acknowledged.push(result.inFlight!);
        result.pasted.push(line.acknowledged);
        result.inFlight = null;
        timer ??= setTimeout(kill, delay);
      }
    });
    proc.stdin.write('go\n');
    const signal = await exited;
    clearTimeout(timer);
    if (signal !== 'SIGKILL') throw new Error(`the writer stopped by itself: ${err}`);
    return result;
  }
  /** Kills a writer that was never run, and waits until it is gone. */
  async function stop(): Promise<void> {
    proc.kill('SIGKILL');
    await exited;
  }
  return { run, stop };
}

function acknowledge(ack: Acknowledged, attempt: Attempt, pasted: readonly string[]): void {
  for (const [id, clip] of Object.entries(attempt.clips))
    ack.clips.set(id, { ...ack.clips.get(id), ...clip });
  attempt.added.forEach((clip, i) => ack.clips.set(pasted[i], { record: '', text: clip.text }));
  for (const [name, color] of Object.entries(attempt.tags)) ack.tags.set(name, color);
  if (attempt.settings) ack.settings = attempt.settings;
}

/**
 * Opens the library as a crash left it and checks that it holds exactly what
 * was acknowledged, or, for what the write under way touched, what that write
 * was to do. Then takes what it holds as acknowledged.
 */
async function check(
  library: string,
  ack: Acknowledged,
  run: Run,
  random: () => number,
  all: boolean,
  where: string,
): Promise<void> {
  const touched = new Set<string>();
  run.acknowledged.forEach((attempt, i) => {
    acknowledge(ack, attempt, run.pasted[i]);
    Object.keys(attempt.clips).forEach((id) => touched.add(id));
    run.pasted[i].forEach((id) => touched.add(id));
  });
  const store = await LibraryStore.open(library);
  try {
    const inFlight = run.inFlight;
    /** The text each clip must have: the acknowledged one, or the one the write under way gave it if its record shows that write landed. */
    const texts = new Map<string, string | undefined>();
    for (const record of store.everyRecord()) {
      const id = record.id;
      const was = ack.clips.get(id);
      const planned = inFlight?.clips[id];
      const now = recordHash(record);
      if (!was && !planned) {
        // A paste under way may have landed, unacknowledged: its clips are new, with the titles it was to give.
        const pasted = inFlight?.added.find((a) => a.title === record.title);
        expect(pasted, `${where}: clip ${id} (${record.title}) came from nowhere`).toBeDefined();
        ack.clips.set(id, { record: now, text: pasted!.text });
        texts.set(id, pasted!.text);
        touched.add(id);
        continue;
      }
      if (planned) touched.add(id);
      // A clip pasted in an acknowledged write is known by its text until now.
      if (was?.record !== '')
        expect(
          [was?.record, planned?.record],
          `${where}: record of ${id} (${record.title})`,
        ).toContain(now);
      const landed = planned !== undefined && now === planned.record;
      texts.set(id, landed && planned.text ? planned.text : was?.text);
      ack.clips.set(id, { record: now, text: texts.get(id) });
    }
    for (const id of ack.clips.keys())
      expect(() => store.record(id), `${where}: acknowledged clip ${id} is missing`).not.toThrow();

    const ids = [...ack.clips.keys()];
    const sample = all
      ? ids
      : [
          ...touched,
          ...Array.from(
            { length: ids.length > 0 ? SAMPLE : 0 },
            () => ids[Math.floor(random() * ids.length)],
          ),
        ];
    for (const id of new Set(sample)) {
      const now = textHash(await store.body(id), (await store.original(id)).text);
      expect(now, `${where}: text of ${id} (${store.record(id).title})`).toBe(texts.get(id));
    }

    const colors = store.tags();
    for (const name of new Set([
      ...ack.tags.keys(),
      ...Object.keys(inFlight?.tags ?? {}),
      ...Object.keys(colors),
    ])) {
      const now = Object.hasOwn(colors, name) ? colors[name].color : null;
      const allowed = [ack.tags.get(name) ?? null];
      if (inFlight && Object.hasOwn(inFlight.tags, name)) allowed.push(inFlight.tags[name]);
      expect(allowed, `${where}: colour of tag ${name}`).toContain(now);
      ack.tags.set(name, now);
    }
    const settings = settingsHash(store.settings());
    if (ack.settings)
      expect([ack.settings, inFlight?.settings], `${where}: settings`).toContain(settings);
    ack.settings = settings;
  } finally {
    await store.close();
  }
}

it(`loses and changes nothing acknowledged, of any kind of write, over ${KILLS} kills`, async () => {
  const kinds = new Map<string, number>();
  let writes = 0;
  // A lane that fails stops the others at their next kill, so no writer outlives the test's folder.
  let failure: unknown = null;
  await Promise.all(
    Array.from({ length: LIBRARIES }, async (_, lane) => {
      const library = path.join(dir, `library-${lane}`);
      const random = seededRandom(SEED + lane);
      const ack: Acknowledged = { clips: new Map(), tags: new Map() };
      const kills = KILLS / LIBRARIES;
      let next = startWriter(library, Math.floor(random() * 2 ** 31), 0);
      try {
        for (let k = 0; k < kills && failure === null; k++) {
          const writer = await next;
          next = startWriter(library, Math.floor(random() * 2 ** 31), k + 1);
          const early = random() < 0.1;
          const run = await writer.run(early ? random() * 150 : random() * 60, early);
          for (const attempt of run.acknowledged)
            kinds.set(attempt.kind, (kinds.get(attempt.kind) ?? 0) + 1);
          writes += run.acknowledged.length;
          await check(
            library,
            ack,
            run,
            random,
            k === kills - 1,
            `library ${lane}, kill ${k} (seed ${SEED})`,
          );
        }
      } catch (error) {
        failure ??= error;
      } finally {
        await (await next).stop();
      }
    }),
  );
  if (failure !== null) throw failure;
  console.log(
    `${KILLS} kills, ${writes} acknowledged writes: ${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}`,
  );
  for (const kind of [
    'add',
    'tag',
    'tag colour',
    'annotate',
    'note',
    'reading state',
    'edit',
    'delete',
    'restore',
    'import',
    'settings',
  ])
    expect(kinds.get(kind) ?? 0, `acknowledged ${kind} writes`).toBeGreaterThan(0);
}, 600_000);
