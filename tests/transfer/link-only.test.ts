import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { bodyText } from '../../electron/model/article.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { matchLinkOnly } from '../../electron/saving/link-only.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let store: LibraryStore;
let service: PresscutApi;
let remove: () => Promise<void>;
const encode = (s: string) => new TextEncoder().encode(s);

beforeEach(async () => {
  const t = await tempDir();
  remove = t.remove;
  store = await LibraryStore.open(t.dir);
  service = createPresscutService(store, { openExternal: async () => undefined });
  const csv = [
    'title,url,time_added,tags,status',
    'Night trains return to the northern line,https://rail.example.org/night-trains,1700100000,rail,archive',
    'Budget day,https://a.example/budget,1700000000,,unread',
    'Budget day,https://b.example/budget,1700000001,,unread',
  ].join('\n');
  const highlights = [
    {
      url: 'https://rail.example.org/night-trains',
      title: 'Night trains',
      highlights: [
        {
          quote: 'The sleeper leaves at ten and arrives with the sunrise.',
          created_at: 1700150000,
        },
      ],
    },
  ];
  await service.importFiles([
    { name: 'part_000000.csv', bytes: encode(csv) },
    { name: 'annotations/part_000000.json', bytes: encode(JSON.stringify(highlights)) },
  ]);
});
afterEach(async () => {
  await store.close();
  await remove();
});

const trains = () => store.records().find((r) => r.title.startsWith('Night trains'))!;
const article = (over: { title?: string; url?: string | null }) => ({
  title: over.title ?? 'Night trains return to the northern line',
  url: over.url ?? null,
});

it('matches by address first, by title otherwise, and asks when it cannot tell', () => {
  const records = store.records();
  const id = trains().id;
  expect(
    matchLinkOnly(article({ url: 'https://rail.example.org/night-trains/?utm_source=x' }), records),
  ).toEqual({
    candidates: [
      {
        id,
        title: 'Night trains return to the northern line',
        url: 'https://rail.example.org/night-trains',
        matchedBy: 'url',
      },
    ],
    likely: id,
  });
  expect(matchLinkOnly(article({}), records)).toMatchObject({
    candidates: [{ id, matchedBy: 'title' }],
    likely: id,
  });
  // A title that matches while the paste names another address is offered, not chosen.
  expect(
    matchLinkOnly(article({ url: 'https://elsewhere.example/trains' }), records),
  ).toMatchObject({ candidates: [{ id }], likely: null });
  const twins = matchLinkOnly(article({ title: 'Budget Day!' }), records);
  expect(twins.candidates).toHaveLength(2);
  expect(twins.likely).toBeNull();
  expect(matchLinkOnly(article({ title: 'Something else' }), records)).toEqual({
    candidates: [],
    likely: null,
  });
});

it('completes the link-only clip the person chose when they paste its article, placing the waiting highlights', async () => {
  const paste = {
    text: 'Night trains return to the northern line\nThe service was cut in 2003.\nThe sleeper leaves at ten and arrives with the sunrise.\nTickets go on sale on Monday.',
  };
  const preview = await service.previewPaste(paste);
  expect(preview.linkOnlyMatches).toEqual([
    {
      candidates: [expect.objectContaining({ id: trains().id, matchedBy: 'title' })],
      likely: trains().id,
    },
  ]);
  const before = trains();
  const [clip] = await service.clipPaste({
    paste,
    clippedAt: preview.clippedAt,
    articles: [{ index: 0, completes: before.id }],
  });
  expect(clip.id).toBe(before.id);
  expect(store.records()).toHaveLength(3);
  const done = store.record(before.id);
  expect(done).toMatchObject({
    linkOnly: false,
    revision: 1,
    createdAt: before.createdAt,
    tags: ['rail'],
    reading: before.reading,
    url: before.url,
  });
  expect(done.pasteId).not.toBe(before.pasteId);
  expect(await service.getOriginal(done.id)).toEqual(paste);
  const text = bodyText((await store.body(done.id)).blocks);
  const [highlight] = done.annotations;
  expect(highlight.orphaned).toBe(false);
  expect(text.slice(highlight.position.start, highlight.position.end)).toBe(
    'The sleeper leaves at ten and arrives with the sunrise.',
  );
  await expect(
    service.clipPaste({ paste, articles: [{ index: 0, completes: before.id }] }),
  ).rejects.toThrow(/already has its text/);
});

it('refuses to clean a link-only clip again: it has nothing to clean', async () => {
  await expect(service.recleanClip(trains().id)).rejects.toThrow(/has only its link/);
});
