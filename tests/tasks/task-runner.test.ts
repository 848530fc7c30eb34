import { afterAll, expect, it } from 'vitest';
import type { TaskProgress } from '../../electron/api/contract.ts';
import { TaskRunner } from '../../electron/tasks/task-runner.ts';
import { pocketCsv } from '../helpers/pocket-csv.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const tasks = new TaskRunner();
afterAll(() => tasks.close());

/** Called with each progress event as main sends it, before main does anything else. */
let onProgress: (progress: TaskProgress) => void = () => undefined;
const lib = useTestLibrary({
  tasks,
  notify: (name, payload) => void (name === 'progress' && onProgress(payload as TaskProgress)),
});

/** Cancels the first task of a kind the moment main announces it: the worker has it, and cannot have finished. */
function cancelFirst(kind: TaskProgress['task']): Promise<{ id: string; cancelled: boolean }> {
  return new Promise((resolve) => {
    onProgress = (progress) => {
      if (progress.task !== kind) return;
      onProgress = () => undefined;
      void lib.service
        .cancelTask(progress.id)
        .then((cancelled) => resolve({ id: progress.id, cancelled }));
    };
  });
}

it('cancels an import: nothing is written, and the next task runs in a new worker', async () => {
  const cancelling = cancelFirst('import');
  const importing = lib.service.importFiles([
    { name: 'part_000000.csv', bytes: new TextEncoder().encode(pocketCsv(5000)) },
  ]);
  const { id, cancelled } = await cancelling;
  expect(cancelled).toBe(true);
  await expect(importing).rejects.toMatchObject({ code: 'cancelled' });
  expect(await lib.service.cancelTask(id)).toBe(false);
  expect(lib.store.records()).toEqual([]);

  const summary = await lib.service.importFiles([
    { name: 'part_000000.csv', bytes: new TextEncoder().encode(pocketCsv(3)) },
  ]);
  expect(summary.added).toBe(3);
});

it('cancels the cleaning of a paste by the id its progress gave', async () => {
  const cancelling = cancelFirst('clip');
  const previewing = lib.service.previewPaste({ text: 'A line of a long page.\n'.repeat(5000) });
  expect((await cancelling).cancelled).toBe(true);
  await expect(previewing).rejects.toMatchObject({ code: 'cancelled' });
  const after = await lib.service.previewPaste({
    text: 'Storm closes the bridge\nThe bridge closed at noon as winds rose.',
  });
  expect(after.articles[0].title).toBe('Storm closes the bridge');
});

it('answers a library error from a worker with its code and message', async () => {
  await expect(
    lib.service.exportClips({ format: 'markdown', selection: { tag: 'nowhere' } }),
  ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('tag “nowhere”') });
});
