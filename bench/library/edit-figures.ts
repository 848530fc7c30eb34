import path from 'node:path';
import { LibraryStore } from '../../electron/library/store.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import { bytesWritten, fileStates } from './disk-writes.ts';
import { SearchIndex as MiniSearchIndex } from './minisearch/search-index.ts';

export interface EditFigures {
  progress: number;
  tag: number;
  text: number;
}

/**
 * The bytes one edit writes to the library folder (journal, the clip's text,
 * the search index), with the engine's index following the library: a
 * reading-progress change, a tag added, the text edited.
 */
export async function measureEdits(
  engine: 'sqlite' | 'minisearch',
  dir: string,
): Promise<EditFigures> {
  const store = await LibraryStore.open(dir);
  const index =
    engine === 'sqlite' ? await SearchIndex.open(store) : await MiniSearchIndex.open(store);
  const [first] = store.records();
  // Where an edit can write: the library's own files, the search folder and the clip's text.
  const watched = async () =>
    new Map([
      ...(await fileStates(dir, { recursive: false })),
      ...(await fileStates(path.join(dir, 'search'))),
      ...(await fileStates(path.join(dir, 'clips'), { only: `${first.id}.json` })),
    ]);
  const measure = async (edit: () => Promise<unknown>) => {
    const before = await watched();
    await edit();
    await index.settled();
    return bytesWritten(before, await watched()).bytes;
  };
  const figures: EditFigures = {
    progress: await measure(() =>
      store.updateRecord(first.id, (r) => ({ ...r, reading: { ...r.reading, progress: 0.42 } })),
    ),
    tag: await measure(() =>
      store.updateRecord(first.id, (r) => ({ ...r, tags: [...r.tags, 'bench'] })),
    ),
    text: await measure(async () => {
      const body = await store.body(first.id);
      await store.updateBody(first.id, {
        blocks: [...body.blocks, { type: 'paragraph', text: 'One more line.' }],
      });
    }),
  };
  await index.close();
  await store.close();
  return figures;
}
