import { afterEach, beforeEach, expect, it } from 'vitest';
import type { PresscutEvents } from '../../electron/api/contract.ts';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import { pocketCsv } from '../helpers/pocket-csv.ts';
import { tempDir } from '../helpers/temp-dir.ts';

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await tempDir()));
afterEach(() => remove());

// How long it takes is measured by `npm run bench:transfer`; this checks what it does and that it says how far it got.
it('imports a 5,000-item Pocket CSV as one batch, reporting progress on the way', async () => {
  const store = await LibraryStore.open(dir);
  const progress: PresscutEvents['progress'][] = [];
  const service = createPresscutService(
    store,
    { openExternal: async () => undefined },
    {
      notify: (name, payload) => {
        if (name === 'progress') progress.push(payload as PresscutEvents['progress']);
      },
    },
  );
  const summary = await service.importFiles([
    { name: 'part_000000.csv', bytes: new TextEncoder().encode(pocketCsv(5000)) },
  ]);
  expect(summary).toMatchObject({ added: 5000, duplicates: 0, failed: [] });
  expect(progress.length).toBeGreaterThan(2);
  expect(progress.every((p) => p.task === 'import')).toBe(true);
  expect(progress.at(-1)).toMatchObject({ label: 'Done', done: 5000, total: 5000 });
  expect(progress.some((p) => p.label === 'Saving to the library' && p.total === 5001)).toBe(true);
  await store.close();

  const reopened = await LibraryStore.open(dir);
  expect(reopened.records()).toHaveLength(5000);
  expect(reopened.records().filter((r) => r.reading.archived)).toHaveLength(1250);
  await reopened.close();
});
