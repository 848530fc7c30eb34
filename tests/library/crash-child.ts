/**
 * Writes to a library as fast as it can, printing an acknowledgement after
 * each write resolved, until it is killed. Run by crash.test.ts.
 */
import { createHash, randomBytes } from 'node:crypto';
import { LibraryStore } from '../../electron/library/store.ts';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');
const words = () =>
  Array.from({ length: 20 + (randomBytes(1)[0] % 60) }, () => randomBytes(3).toString('hex')).join(
    ' ',
  );

const store = await LibraryStore.open(process.argv[2], { compactAfter: 7 });
const ids = store.records().map((r) => r.id);
for (;;) {
  if (ids.length === 0 || randomBytes(1)[0] < 128) {
    const text = `Title ${words()}\n${words()}`;
    const [record] = await store.addPaste(
      { text },
      [
        {
          title: 'Crash test',
          source: null,
          byline: null,
          published: null,
          dateline: null,
          credit: null,
          language: null,
          url: null,
          blocks: [{ type: 'paragraph', text }],
          removed: [],
        },
      ],
      new Date(),
    );
    ids.push(record.id);
    process.stdout.write(`add ${record.id} ${hash(text)}\n`);
  } else {
    const id = ids[randomBytes(2).readUInt16LE() % ids.length];
    const text = words();
    const record = await store.updateBody(id, { blocks: [{ type: 'paragraph', text }] });
    process.stdout.write(`edit ${id} ${record.revision} ${hash(text)}\n`);
  }
}
