import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const lib = useTestLibrary();

/** A page of an outlet: its own story between the outlet's menu and footer, which repeat on every page. */
const TOPICS = [
  'the harbour wall',
  'the ferry fares',
  'the fish market',
  'the lighthouse',
  'the regatta',
  'the new marina',
];

function page(n: number): string {
  const topic = TOPICS[n];
  return [
    'Harbour Gazette',
    'Home',
    'Local',
    `Council argues over ${topic}`,
    'By Ana Lopez',
    `The council spent Tuesday evening on ${topic}, and residents filled the hall to hear why it matters to the town.`,
    `Officials answered questions about ${topic} late into the night, and the port authority promised a report.`,
    'Our readers also liked the summer festival guide and the new ferry timetable for the island route.',
    '© Harbour Gazette Media Group. Registered in the county of the harbour, office at the quay.',
  ].join('\n');
}

it('learns an outlet’s recurring lines from saved pastes, keeps the memory across a restart, and drops them from the next clip', async () => {
  const before = (await lib.service.previewPaste({ text: page(0) })).articles[0];
  for (let n = 1; n <= 4; n++)
    await lib.service.clipPaste({
      paste: { text: page(n) },
      articles: [{ index: 0, source: 'Harbour Gazette' }],
    });
  await lib.store.close();

  const saved = JSON.parse(await readFile(path.join(lib.libraryDir, 'outlet-memory.json'), 'utf8'));
  expect(JSON.stringify(saved)).not.toContain('festival');

  lib.store = await LibraryStore.open(lib.libraryDir);
  const service = createPresscutService(lib.store, { openExternal: async () => undefined });
  const after = (await service.previewPaste({ text: page(5) })).articles[0];
  const text = (a: typeof after) => a.blocks.map((b) => b.text).join('\n');
  expect(text(before)).toContain('summer festival guide');
  expect(text(after)).not.toContain('summer festival guide');
  expect(text(after)).toContain('Officials answered questions about the new marina');
  expect(after.removed.map((r) => r.text)).toContain(
    'Our readers also liked the summer festival guide and the new ferry timetable for the island route.',
  );
});

it('cleans an imported file with what the library learnt of its outlet', async () => {
  for (let n = 1; n <= 4; n++)
    await lib.service.clipPaste({
      paste: { text: page(n) },
      articles: [{ index: 0, source: 'Harbour Gazette' }],
    });
  const summary = await lib.service.importFiles([
    { name: 'marina.txt', bytes: new TextEncoder().encode(page(5)) },
  ]);
  expect(summary.added).toBe(1);
  const imported = lib.store.records().find((r) => r.title.includes('new marina'))!;
  const text = (await lib.store.body(imported.id)).blocks.map((b) => b.text).join('\n');
  expect(text).toContain('Officials answered questions about the new marina');
  expect(text).not.toContain('summer festival guide');
});
