/**
 * Writes batches of clips to a library as fast as it can, printing how many
 * clips each acknowledged batch brought the library to, until it is killed.
 * Run by batch-crash.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { LibraryStore } from '../../electron/library/store.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';

const BATCH = 500;

const store = await LibraryStore.open(process.argv[2]);
for (;;) {
  const pasteId = randomUUID();
  const at = new Date().toISOString();
  const clips = Array.from({ length: BATCH }, (_, i) => {
    const id = randomUUID();
    const record: ClipRecord = {
      id,
      pasteId,
      articleIndex: i,
      createdAt: at,
      updatedAt: at,
      revision: 0,
      title: `Clip ${i}`,
      source: null,
      byline: null,
      published: null,
      dateline: null,
      credit: null,
      language: null,
      url: `https://example.org/${id}`,
      excerpt: '',
      wordCount: 2,
      tags: ['batch'],
      annotations: [],
      note: '',
      reading: { progress: 0, read: false, archived: false, favorite: false, openedAt: null },
      deletedAt: null,
      linkOnly: false,
    };
    return {
      record,
      body: {
        id,
        revision: 0,
        blocks: [{ type: 'paragraph' as const, text: `text ${id}` }],
        removed: [],
      },
    };
  });
  await store.writeClips({ clips, pastes: new Map([[pasteId, { text: 'a batch' }]]) });
  process.stdout.write(`${store.records().length}\n`);
}
