import { MAX_IMPORT_FILE_BYTES } from '../../common/limits.ts';
import type { ExportRequest, PresscutEvents } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';
import type { TransferState } from './state.ts';

/** Files only an import reads: a dropped .txt, .md or .html alone is an article to clip. */
const IMPORTED = /\.(zip|csv|json)$/i;

/** What the person does to bring clips in and take them out. */
export class TransferActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  get #state(): TransferState {
    return this.#store.state.transfer;
  }

  #set(patch: Partial<TransferState>): void {
    this.#store.update({ transfer: patch });
  }

  open(dialog: 'import' | 'export'): void {
    if (this.#state.running) return;
    this.#store.update({
      ui: { dialog },
      transfer: { summary: null, exported: null, progress: null, error: null },
    });
  }

  /** A failed import or export is told in its dialog, where it was asked for. */
  #fail = (message: string): void => this.#set({ error: message });

  close(): void {
    if (!this.#state.running) this.#store.closeDialog();
  }

  /** Follows main's progress reports while a task of the dialog's runs. */
  progressed(progress: PresscutEvents['progress']): void {
    if (this.#state.running && progress.task === this.#store.state.ui.dialog)
      this.#set({ progress });
  }

  /** Whether dropped files are for an import (an export of a service, a backup) rather than articles to clip. */
  takesFiles(files: readonly File[]): boolean {
    return files.some((f) => IMPORTED.test(f.name));
  }

  /** Reads the chosen or dropped files and imports them; a file too large is refused before it is read. */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.#state.running) return;
    this.#store.openDialog('import');
    const tooLarge = files.filter((f) => f.size > MAX_IMPORT_FILE_BYTES);
    if (tooLarge.length > 0) {
      this.#set({
        summary: null,
        error: `${tooLarge.map((f) => f.name).join(', ')} ${tooLarge.length === 1 ? 'is' : 'are'} over ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB, more than Presscut imports at once. Nothing was imported: split the export, or import its parts one by one.`,
      });
      return;
    }
    this.#set({
      running: true,
      summary: null,
      error: null,
      progress: { id: '', task: 'import', label: 'Reading the files', done: 0, total: null },
    });
    try {
      await this.#store.run(async () => {
        const data = await Promise.all(
          files.map(async (f) => ({
            name: f.webkitRelativePath || f.name,
            bytes: new Uint8Array(await f.arrayBuffer()),
          })),
        );
        const summary = await this.#store.api.importFiles(data);
        this.#set({ summary });
        await this.#store.refresh();
      }, this.#fail);
    } finally {
      this.#set({ running: false, progress: null });
    }
  }

  async exportClips(request: ExportRequest): Promise<void> {
    if (this.#state.running) return;
    this.#set({
      running: true,
      exported: null,
      error: null,
      progress: { id: '', task: 'export', label: 'Reading clips', done: 0, total: null },
    });
    try {
      await this.#store.run(
        async () => this.#set({ exported: await this.#store.api.exportClips(request) }),
        this.#fail,
      );
    } finally {
      this.#set({ running: false, progress: null });
    }
  }

  /** Asks main whether it replaced a damaged index at start. */
  async checkRecovery(): Promise<void> {
    await this.#store.run(async () =>
      this.#set({ recovery: await this.#store.api.getLibraryRecovery() }),
    );
  }

  dismissRecovery(): void {
    this.#set({ recovery: null });
  }
}
