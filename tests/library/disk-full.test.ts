/**
 * A library on a disk that fills up: a small tmpfs, mounted for the test
 * (which needs root and a system that lets it mount; it says why it is
 * skipped otherwise). Every kind of write goes on until the disk refuses
 * them, and on for a while after: each write is acknowledged or refused with
 * a clear message, and the library then opens on the full disk holding every
 * acknowledged write, with no damaged journal line.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PresscutError } from '../../common/errors.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { bodyText } from '../../electron/model/article.ts';
import { article } from '../helpers/articles.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const hash = (text: string) => createHash('sha256').update(text).digest('hex');
/** Writes refused at least, and every kind of write refused at least once, before the library is reopened. */
const WRITES_WHEN_FULL = 40;
/** A full disk refuses every kind of write within this many tries (a small line may still fit in the journal's last page). */
const MOST_WRITES = 1000;
const KINDS = ['add', 'edit', 'note', 'tag colour', 'import'];

let temp: Awaited<ReturnType<typeof tempDir>>;
let disk: string;
let cannotMount: string | null = null;

beforeAll(async () => {
  temp = await tempDir('presscut-disk-full-');
  disk = path.join(temp.dir, 'disk');
  await mkdir(disk);
  if (process.platform !== 'linux')
    cannotMount = `mounting a tmpfs needs Linux (this is ${process.platform})`;
  else if (process.getuid?.() !== 0)
    cannotMount = 'mounting a tmpfs needs root, and the tests run as another user';
  else
    await run('mount', ['-t', 'tmpfs', '-o', 'size=640k', 'tmpfs', disk]).catch((error: Error) => {
      cannotMount = `this system does not let the tests mount a tmpfs (${error.message.trim()})`;
    });
});

afterAll(async () => {
  if (!cannotMount) await run('umount', ['--lazy', disk]);
  await temp.remove();
});

it('refuses writes on a full disk with a clear message, loses nothing acknowledged, and opens', async (context) => {
  if (cannotMount) {
    console.log(`Skipped: ${cannotMount}.`);
    context.skip();
  }
  const library = path.join(disk, 'library');
  const texts = new Map<string, string>();
  const notes = new Map<string, string>();
  const tags = new Set<string>();
  const refusedTags = new Set<string>();
  const refusals = new Set<string>();
  let store = await LibraryStore.open(library, { compactAfter: 5 });
  const filler = (n: number) => `${'words of a long article '.repeat(40 * n)}${n}`;

  let refused = 0;
  let acknowledged = 0;
  for (let i = 0; refused < WRITES_WHEN_FULL || refusals.size < KINDS.length; i++) {
    expect(i, `writes tried, ${[...refusals].join(', ')} refused`).toBeLessThan(MOST_WRITES);
    const ids = [...texts.keys()];
    const write = async () => {
      switch (ids.length === 0 ? 0 : i % 5) {
        case 0: {
          const text = filler(1 + (i % 4));
          const [r] = await store.addPaste({ text }, [article(`Clip ${i}`, text)], new Date());
          texts.set(r.id, hash(text));
          break;
        }
        case 1: {
          const id = ids[i % ids.length];
          const text = filler(2);
          await store.updateBody(id, { blocks: [{ type: 'paragraph', text }] });
          texts.set(id, hash(text));
          break;
        }
        case 2: {
          const id = ids[(i * 7) % ids.length];
          const note = `note ${i}`;
          await store.updateRecord(id, (r) => ({ ...r, note }));
          notes.set(id, note);
          break;
        }
        case 3:
          await store.setTag(`tag ${i}`, { color: 'red' });
          tags.add(`tag ${i}`);
          break;
        case 4: {
          const clips = [0, 1, 2].map((k) => {
            const id = `import-${i}-${k}`;
            const text = filler(1);
            const record = {
              ...store.record(ids[0]),
              id,
              pasteId: `paste-${i}`,
              title: id,
              note: '',
            };
            return {
              record,
              body: {
                id,
                revision: 0,
                blocks: [{ type: 'paragraph' as const, text }],
                removed: [],
              },
            };
          });
          await store.writeClips({ clips, pastes: new Map([[`paste-${i}`, { text: filler(1) }]]) });
          for (const c of clips) texts.set(c.record.id, hash(c.body.blocks[0].text));
          break;
        }
      }
    };
    try {
      await write();
      acknowledged++;
    } catch (error) {
      expect(error).toBeInstanceOf(PresscutError);
      expect((error as PresscutError).message).toMatch(/is full, so this change was not saved/);
      refusals.add(KINDS[ids.length === 0 ? 0 : i % 5]);
      if (ids.length > 0 && i % 5 === 3) refusedTags.add(`tag ${i}`);
      refused++;
    }
  }
  console.log(`${acknowledged} writes acknowledged, then ${refused} refused (disk full)`);
  expect(texts.size).toBeGreaterThan(3);
  await store.close();

  // Still full: the library opens, whole, and says nothing was damaged.
  store = await LibraryStore.open(library);
  try {
    expect(store.recovery).toBeNull();
    // Every acknowledged clip, and none of a refused paste or import.
    expect(new Set(store.records().map((r) => r.id))).toEqual(new Set(texts.keys()));
    for (const [id, text] of texts) {
      expect(hash(bodyText((await store.body(id)).blocks)), `text of ${id}`).toBe(text);
    }
    for (const [id, note] of notes) expect(store.record(id).note, `note of ${id}`).toBe(note);
    for (const tag of tags) expect(store.tags()[tag], tag).toEqual({ color: 'red' });
    // A refused write changed nothing.
    for (const tag of refusedTags) expect(store.tags()[tag], tag).toBeUndefined();
  } finally {
    await store.close();
  }
}, 120_000);
