import { LibraryStore } from '../../electron/library/store.ts';
import { SearchIndex } from '../../electron/search/search-index.ts';
import { writtenSoFar } from './disk-writes.ts';
import { SearchIndex as MiniSearchIndex } from './minisearch/search-index.ts';
import { median } from './stats.ts';

export interface EditKinds<T> {
  progress: T;
  tag: T;
  text: T;
}

/** Each kind's median, and the most one edit of it wrote. */
export type EditFigures = EditKinds<{ median: number; most: number }>;

/** Edits of each kind measured, each on a clip of its own: the median is the figure, so that a checkpoint of the write-ahead log now and then does not decide it. */
const ROUNDS = 5;

/**
 * The bytes one edit writes (the journal, the clip's text, the search index
 * and its write-ahead log), with the engine's index following the library: a
 * reading-progress change, a tag added, the text edited; the median of a few
 * of each, and the most one of them wrote. A string says why they could not be counted.
 */
export async function measureEdits(
  engine: 'sqlite' | 'minisearch',
  dir: string,
): Promise<EditFigures | string> {
  if (writtenSoFar() === null) return 'not counted on this system';
  const store = await LibraryStore.open(dir);
  const index =
    engine === 'sqlite' ? await SearchIndex.open(store) : await MiniSearchIndex.open(store);
  const measure = async (edit: () => Promise<unknown>) => {
    const before = writtenSoFar()!;
    await edit();
    await index.settled();
    return writtenSoFar()! - before;
  };
  const rounds: Array<EditKinds<number>> = [];
  for (const { id } of store.records().slice(0, ROUNDS))
    rounds.push({
      progress: await measure(() =>
        store.updateRecord(id, (r) => ({
          ...r,
          reading: { ...r.reading, progress: (r.reading.progress + 0.42) % 1 },
        })),
      ),
      tag: await measure(() =>
        store.updateRecord(id, (r) => ({ ...r, tags: [...r.tags, `bench ${r.tags.length}`] })),
      ),
      text: await measure(async () => {
        const body = await store.body(id);
        await store.updateBody(id, {
          blocks: [...body.blocks, { type: 'paragraph', text: 'One more line.' }],
        });
      }),
    });
  await index.close();
  await store.close();
  const figures = (kind: keyof EditKinds<number>) => {
    const all = rounds.map((r) => r[kind]);
    return { median: median(all), most: Math.max(...all) };
  };
  return { progress: figures('progress'), tag: figures('tag'), text: figures('text') };
}
