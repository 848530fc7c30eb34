/**
 * Writes to a library as fast as it can, every kind of write in a seeded
 * random order, until it is killed. Before each write it prints what the
 * write is to do (`Attempt`); once the store resolved it, that it was
 * acknowledged. Run by crash.test.ts: `crash-child LIBRARY SEED FIRST`
 * (FIRST: which kind of write comes first); it opens the library once it
 * reads a line.
 */
import { once } from 'node:events';
import { writeSync } from 'node:fs';
import { LibraryStore } from '../../electron/library/store.ts';
import { storyText } from '../../electron/model/article.ts';
import type { ClipBody, ClipRecord } from '../../electron/model/clip.ts';
import { countWords, excerptOf } from '../../electron/model/text-stats.ts';
import { seededRandom } from '../../bench/library/generate-library.ts';
import { article, importedClip } from '../helpers/articles.ts';
import {
  recordHash,
  settingsHash,
  textHash,
  type Attempt,
  type WriterLine,
} from './crash-model.ts';

const [library, seedText, firstKind] = process.argv.slice(2);
const random = seededRandom(Number(seedText));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const WORDS =
  'harbour seals return estuary counts spring highest thirty years ferry night train council budget vote flood river bridge school'.split(
    ' ',
  );
const words = (n: number) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
const TAGS = ['coast', 'transport', 'council', 'weather', 'schools'];
const AT = '2025-07-23T10:00:00.000Z';

/** Lines go out unbuffered: a line printed is in the pipe before the next write starts. */
const say = (line: WriterLine) => writeSync(1, JSON.stringify(line) + '\n');

// Loaded ahead, while the writer before this one is still being killed and checked: it opens the library when told.
writeSync(1, 'loaded\n');
await once(process.stdin, 'data');
const store = await LibraryStore.open(library, { compactAfter: 7 });
let step = 0;

const held = () => store.everyRecord();
const paragraph = (text: string) => [{ type: 'paragraph' as const, text }];
const attempt = (kind: string): Attempt => ({ kind, clips: {}, added: [], tags: {} });

async function text(id: string): Promise<{ body: ClipBody; paste: string }> {
  return { body: await store.body(id), paste: (await store.original(id)).text };
}

/** Changes some clips' records, through `updateRecords` (several) or `updateRecord` (one). */
async function changeRecords(kind: string, ids: string[], change: (r: ClipRecord) => ClipRecord) {
  const next = attempt(kind);
  for (const id of ids)
    next.clips[id] = { record: recordHash({ ...change(structuredClone(store.record(id))), id }) };
  say({ attempt: next });
  if (ids.length === 1) await store.updateRecord(ids[0], change);
  else await store.updateRecords(ids, change);
  say({ acknowledged: [] });
}

const writes: [weight: number, write: () => Promise<void>][] = [
  [
    20,
    async function add() {
      const paste = `Paste ${seedText}-${step}\n${words(30)}`;
      const articles = Array.from({ length: 1 + Math.floor(random() * 2) }, (_, i) =>
        article(`Clip ${seedText}-${step}-${i}`, words(20 + Math.floor(random() * 40))),
      );
      const next = attempt('add');
      next.added = articles.map((a) => ({
        title: a.title,
        text: textHash({ id: '', revision: 0, blocks: a.blocks, removed: a.removed }, paste),
      }));
      say({ attempt: next });
      const records = await store.addPaste({ text: paste }, articles, new Date());
      say({ acknowledged: records.map((r) => r.id) });
    },
  ],
  [
    12,
    async function tag() {
      const ids = [
        ...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(held()).id)),
      ];
      const name = pick(TAGS);
      const adding = random() < 0.7;
      await changeRecords('tag', ids, (r) => ({
        ...r,
        tags: adding
          ? [...r.tags.filter((t) => t !== name), name]
          : r.tags.filter((t) => t !== name),
      }));
    },
  ],
  [
    5,
    async function tagColor() {
      const name = pick(TAGS);
      const value = random() < 0.8 ? { color: pick(['red', 'blue', 'green'] as const) } : null;
      const next = attempt('tag colour');
      next.tags[name] = value?.color ?? null;
      say({ attempt: next });
      await store.setTag(name, value);
      say({ acknowledged: [] });
    },
  ],
  [
    10,
    async function annotate() {
      const annotation = {
        id: `a-${seedText}-${step}`,
        createdAt: AT,
        updatedAt: AT,
        color: 'yellow' as const,
        note: words(3),
        quote: { exact: pick(WORDS), prefix: '', suffix: '' },
        position: { start: 0, end: 1 },
        orphaned: false,
      };
      await changeRecords('annotate', [pick(held()).id], (r) => ({
        ...r,
        annotations: [...r.annotations, annotation],
      }));
    },
  ],
  [
    10,
    async function note() {
      const note = words(8);
      await changeRecords('note', [pick(held()).id], (r) => ({ ...r, note }));
    },
  ],
  [
    10,
    async function reading() {
      const state = {
        progress: Math.round(random() * 100) / 100,
        read: random() < 0.5,
        archived: random() < 0.2,
        favorite: random() < 0.3,
        openedAt: random() < 0.5 ? AT : null,
      };
      await changeRecords('reading state', [pick(held()).id], (r) => ({ ...r, reading: state }));
    },
  ],
  [
    13,
    async function edit() {
      const id = pick(held()).id;
      const record = store.record(id);
      const { body, paste } = await text(id);
      const blocks = paragraph(words(10 + Math.floor(random() * 40)));
      const revision = record.revision + 1;
      const next = attempt('edit');
      next.clips[id] = {
        record: recordHash({
          ...record,
          revision,
          excerpt: excerptOf(blocks),
          wordCount: countWords(storyText(blocks)),
        }),
        text: textHash({ id, revision, blocks, removed: body.removed }, paste),
      };
      say({ attempt: next });
      await store.updateBody(id, { blocks });
      say({ acknowledged: [] });
    },
  ],
  [
    8,
    async function deleteOrRestore() {
      const deletedOnes = held().filter((r) => r.deletedAt !== null);
      const record = deletedOnes.length > 0 && random() < 0.5 ? pick(deletedOnes) : pick(held());
      const deleted = record.deletedAt === null;
      const next = attempt(deleted ? 'delete' : 'restore');
      next.clips[record.id] = { record: recordHash({ ...record, deletedAt: deleted ? AT : null }) };
      say({ attempt: next });
      await store.setDeleted(record.id, deleted);
      say({ acknowledged: [] });
    },
  ],
  [
    8,
    async function importBatch() {
      const pasteId = `p-${seedText}-${step}`;
      const paste = `Imported ${step}\n${words(20)}`;
      const clips = Array.from({ length: 1 + Math.floor(random() * 12) }, (_, i) => {
        const id = `imp-${seedText}-${step}-${i}`;
        const clip = importedClip(
          { ...article(`Imported ${step}-${i}`, words(15)), url: `https://example.org/${id}` },
          { id, pasteId, articleIndex: i, at: AT },
        );
        clip.record.tags = [pick(TAGS)];
        return clip;
      });
      const pastes = new Map([[pasteId, { text: paste }]]);
      const next = attempt('import');
      for (const { record, body } of clips)
        next.clips[record.id] = { record: recordHash(record), text: textHash(body, paste) };
      // Now and then a clip the library holds comes again, as a completed link does: its text is replaced.
      if (random() < 0.3) {
        const current = pick(held());
        const revision = current.revision + 1;
        const blocks = paragraph(`Completed ${words(12)}`);
        const record = { ...current, title: `Completed ${step}`, revision, pasteId };
        const body = { id: current.id, revision, blocks, removed: [] };
        clips.push({ record, body });
        next.clips[record.id] = { record: recordHash(record), text: textHash(body, paste) };
      }
      const tags = random() < 0.3 ? { [pick(TAGS)]: { color: 'purple' as const } } : undefined;
      for (const [name, value] of Object.entries(tags ?? {})) next.tags[name] = value.color;
      say({ attempt: next });
      await store.writeClips({ clips, pastes, tags });
      say({ acknowledged: [] });
    },
  ],
  [
    4,
    async function settings() {
      const readerSize = 14 + Math.floor(random() * 15);
      const next = attempt('settings');
      next.settings = settingsHash({ ...store.settings(), readerSize });
      say({ attempt: next });
      await store.updateSettings({ readerSize });
      say({ acknowledged: [] });
    },
  ],
];

const total = writes.reduce((sum, [weight]) => sum + weight, 0);
for (; ; step++) {
  let roll = random() * total;
  // The first write is of the kind the test asked for, so that every kind is acknowledged, whatever the timing.
  const [, write] =
    held().length === 0
      ? writes[0]
      : step === 0
        ? writes[Number(firstKind) % writes.length]
        : (writes.find(([weight]) => (roll -= weight) < 0) ?? writes[0]);
  await write();
}
