import path from 'node:path';
import type { Session } from 'electron';
import type { LibraryStore } from '../library/store.ts';

/**
 * Files the window saves (an export, a press review) are offered in the
 * folder the last one went to, which the library's settings keep
 * (`saveFolder`). The save dialog's folder must be set before the dialog
 * opens, hence the settings read as they are.
 */
export function rememberSaveFolder(
  session: Session,
  store: LibraryStore,
  log: (message: string) => void,
): void {
  session.on('will-download', (_event, item) => {
    const folder = store.settings().saveFolder;
    if (folder) item.setSaveDialogOptions({ defaultPath: path.join(folder, item.getFilename()) });
    item.once('done', (_done, state) => {
      const saved = item.getSavePath();
      if (state !== 'completed' || !saved) return;
      store
        .updateSettings({ saveFolder: path.dirname(saved) })
        .catch((error: Error) =>
          log(`The folder of a saved file could not be remembered: ${error.message}`),
        );
    });
  });
}
