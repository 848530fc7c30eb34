import { afterAll, expect, it } from 'vitest';
import type { PresscutApi } from '../../electron/api/contract.ts';
import { TaskRunner, type RunOptions } from '../../electron/tasks/task-runner.ts';
import type { TaskInput, TaskName } from '../../electron/tasks/tasks.ts';
import { AppStore } from '../../renderer/state/app-store.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

/** Counts the tasks run, by kind: an engine run is an `extract`. */
class CountingRunner extends TaskRunner {
  runs: TaskName[] = [];
  override run<K extends TaskName>(kind: K, input: TaskInput<K>, options?: RunOptions) {
    this.runs.push(kind);
    return super.run(kind, input, options);
  }
}

const tasks = new CountingRunner();
afterAll(() => tasks.close());
const lib = useTestLibrary({ tasks });

/** The service as the window reaches it, each call a round trip over IPC, counted. */
function counted(service: PresscutApi, calls: string[]): PresscutApi {
  return new Proxy(service, {
    get:
      (target, name: keyof PresscutApi) =>
      (...args: unknown[]) => {
        calls.push(name);
        return (target[name] as (...a: unknown[]) => unknown)(...args);
      },
  });
}

const STORY =
  'Storm closes the bridge\nThe bridge closed at noon as winds rose across the estuary.\nIt will reopen tomorrow, the council said.';

it('a paste costs one engine run and two round trips to preview and save, then the window on screen and the counts', async () => {
  const calls: string[] = [];
  const store = new AppStore(counted(lib.service, calls));
  await store.paste.preview({ text: STORY });
  expect(store.state.paste.preview?.result.articles).toHaveLength(1);
  await store.paste.save([{ index: 0, title: 'The bridge is closed' }]);

  expect(tasks.runs).toEqual(['extract']);
  // The list's window on screen and the counts are asked again (never the whole library); opening the new
  // clip in the reader is what opening any clip costs: its text, the time it was opened, tag suggestions.
  expect(calls.slice(0, 2)).toEqual(['previewPaste', 'savePreview']);
  expect(calls.slice(2).sort()).toEqual([
    'countClips',
    'getClip',
    'listWindow',
    'setReadingState',
    'suggestTags',
  ]);
  expect(store.state.list.rows.map((c) => c?.title)).toEqual(['The bridge is closed']);
  expect(store.state.reader.clip?.record.title).toBe('The bridge is closed');
});

it('a preview main no longer holds is refused with a message, and nothing is saved', async () => {
  const preview = await lib.service.previewPaste({ text: STORY });
  await lib.service.savePreview({ previewId: preview.previewId });
  await expect(lib.service.savePreview({ previewId: preview.previewId })).rejects.toMatchObject({
    code: 'preview-expired',
  });
  expect(lib.store.records()).toHaveLength(1);
});
