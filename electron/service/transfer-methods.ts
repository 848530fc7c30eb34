import type { PresscutApi } from '../api/contract.ts';
import { bundleExport, runExport } from '../transfer/export/run-export.ts';
import { runImport } from '../transfer/import/run-import.ts';
import type { FindClips } from '../transfer/export/selection.ts';
import type { ServiceContext } from './context.ts';

type TransferMethods = Pick<PresscutApi, 'importFiles' | 'exportClips' | 'getLibraryRecovery'>;

/** Never more than a few progress events a second reach the window, however fast the work goes. */
const PROGRESS_INTERVAL_MS = 100;

/** `find` runs an export's search, so it finds what the search box finds. */
export function transferMethods(
  { store, notify, now, clipping }: ServiceContext,
  find: FindClips,
): TransferMethods {
  /** Reports a task's progress: the first and last steps always, those between at most every 100 ms. */
  function progressOf(task: 'import' | 'export') {
    let last = 0;
    return (label: string, done: number, total: number | null) => {
      const at = Date.now();
      if (done !== 0 && done !== total && at - last < PROGRESS_INTERVAL_MS) return;
      last = at;
      notify('progress', { task, label, done, total });
    };
  }

  return {
    async importFiles(files) {
      const at = now();
      const { memory } = await clipping.options(at);
      const summary = await runImport(store, files, {
        now: at,
        onProgress: progressOf('import'),
        memory,
      });
      if (summary.added + summary.completed > 0) notify('libraryChanged', { reason: 'import' });
      return summary;
    },

    async exportClips(request) {
      const at = now();
      return bundleExport(
        await runExport(store, request, { now: at, find, onProgress: progressOf('export') }),
        at,
      );
    },

    async getLibraryRecovery() {
      return store.recovery;
    },
  };
}
