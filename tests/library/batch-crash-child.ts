/**
 * Writes batches of clips to a library as fast as it can, printing how many
 * clips each acknowledged batch brought the library to, until it is killed.
 * Run by batch-crash.test.ts.
 */
import { randomUUID } from 'node:crypto';
import { LibraryStore } from '../../electron/library/store.ts';
import { article, importedClip } from '../helpers/articles.ts';

const BATCH = 500;

const store = await LibraryStore.open(process.argv[2]);
for (;;) {
  const pasteId = randomUUID();
  const at = new Date().toISOString();
  const clips = Array.from({ length: BATCH }, (_, i) => {
    const id = randomUUID();
    const clip = importedClip(
      { ...article(`Clip ${i}`, `text ${id}`), url: `https://example.org/${id}`, removed: [] },
      { id, pasteId, articleIndex: i, at },
    );
    clip.record.tags = ['batch'];
    return clip;
  });
  await store.writeClips({ clips, pastes: new Map([[pasteId, { text: 'a batch' }]]) });
  process.stdout.write(`${store.records().length}\n`);
}
