import { expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { createPresscutService } from '../../electron/service/presscut-service.ts';
import type { TaskRunner } from '../../electron/tasks/task-runner.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Lets the promises already due run. */
async function due(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

it('starts loading the engines only once warmAfter settles, so the first searches have the cores', async () => {
  const { dir, remove } = await tempDir();
  const store = await LibraryStore.open(dir);
  let warmed = 0;
  const tasks = { warm: async () => void warmed++ } as unknown as TaskRunner;
  let go!: () => void;
  createPresscutService(
    store,
    { openExternal: async () => undefined },
    { tasks, warmAfter: new Promise<void>((resolve) => (go = resolve)) },
  );
  await due();
  expect(warmed).toBe(0);
  go();
  await due();
  expect(warmed).toBe(1);
  await store.close();
  await remove();
});
