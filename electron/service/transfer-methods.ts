import type { PresscutApi, TaskKind } from '../api/contract.ts';
import type { TaskHost } from '../tasks/task-runner.ts';
import type { FindClips } from '../transfer/export/selection.ts';
import type { ServiceContext } from './context.ts';

type TransferMethods = Pick<PresscutApi, 'importFiles' | 'exportClips' | 'getLibraryRecovery'>;

/** Never more than a few progress events a second reach the window, however fast the work goes. */
const PROGRESS_INTERVAL_MS = 100;

/**
 * Imports and exports, each run in a worker: the library's records go to it
 * as they are when it starts, and it asks main for clip texts, searches and
 * the one batch write. `find` runs an export's search, so it finds what the
 * search box finds.
 */
export function transferMethods(
  { store, notify, now, clipping, tasks }: ServiceContext,
  find: FindClips,
): TransferMethods {
  const host: TaskHost = {
    snapshot: () => ({
      records: store.records(),
      everyRecord: store.everyRecord(),
      tags: store.tags(),
      settings: store.settings(),
    }),
    body: (id) => store.body(id),
    original: (id) => store.original(id),
    find,
    writeClips: (batch) => store.writeClips(batch),
  };

  /** Reports a task's progress: the first and last steps always, those between at most every 100 ms. */
  function progressOf(task: TaskKind, id: () => string) {
    let last = 0;
    return (label: string, done: number, total: number | null) => {
      const at = Date.now();
      if (done !== 0 && done !== total && at - last < PROGRESS_INTERVAL_MS) return;
      last = at;
      notify('progress', { id: id(), task, label, done, total });
    };
  }

  return {
    async importFiles(files) {
      const at = now();
      const memory = await clipping.memory();
      let id = '';
      const running = tasks.run(
        'import',
        { files, now: at },
        { host, memory, onProgress: progressOf('import', () => id) },
      );
      id = running.id;
      notify('progress', {
        id: running.id,
        task: 'import',
        label: 'Starting',
        done: 0,
        total: null,
      });
      const summary = await running.result;
      if (summary.added + summary.completed > 0) notify('libraryChanged', { reason: 'import' });
      return summary;
    },

    async exportClips(request) {
      let id = '';
      const running = tasks.run(
        'export',
        { request, now: now() },
        { host, onProgress: progressOf('export', () => id) },
      );
      id = running.id;
      notify('progress', {
        id: running.id,
        task: 'export',
        label: 'Starting',
        done: 0,
        total: null,
      });
      return running.result;
    },

    async getLibraryRecovery() {
      return store.recovery;
    },
  };
}
