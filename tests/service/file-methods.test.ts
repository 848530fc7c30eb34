import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { dispatch } from '../../electron/api/dispatch.ts';
import type { LibraryStore } from '../../electron/library/store.ts';
import { tempService, type TempService } from '../helpers/temp-service.ts';

let temp: TempService;
let store: LibraryStore;
let service: PresscutApi;
beforeEach(async () => {
  temp = await tempService({}, { now: () => new Date('2025-07-23T10:00:00Z') });
  ({ store, service } = temp);
});
afterEach(() => temp.close());

it('clips every file it can, keeps each as its paste, and reports the others', async () => {
  const markdown = '# Seals return\n\nCounts were **high** this spring.';
  const result = await service.clipFiles([
    { name: 'ferry.txt', content: 'Ferry timetable changes\nBoats will leave every half hour.' },
    { name: 'photo.jpg', content: 'JFIF' },
    { name: 'seals.md', content: markdown },
  ]);
  expect(result.clips.map((c) => c.title)).toEqual(['Ferry timetable changes', 'Seals return']);
  expect(result.failures).toEqual([
    { name: 'photo.jpg', message: 'photo.jpg: Presscut clips .txt, .md and .html files.' },
  ]);
  expect(store.records()).toHaveLength(2);
  expect(await store.original(result.clips[1].id)).toEqual({ text: markdown });
  expect((await service.getClip(result.clips[1].id)).body.blocks).toEqual([
    {
      type: 'paragraph',
      text: 'Counts were high this spring.',
      marks: [{ kind: 'strong', start: 12, end: 16 }],
    },
  ]);
});

it('refuses calls that are not a list of named files, changing nothing', async () => {
  for (const args of [[[]], [[{ name: 'a.txt' }]], [[{ name: '', content: 'x' }]], ['a.txt']]) {
    const reply = await dispatch(service, 'clipFiles', args);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('invalid-argument');
  }
  expect(store.records()).toEqual([]);
});
