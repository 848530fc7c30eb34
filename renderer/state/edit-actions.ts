import type { ClipDetail, ClipEdit } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';

/** Editing a clip, putting back what the cleaner removed, cleaning it again. */
export class EditActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  start(): void {
    if (this.#store.state.reader.clip) this.#store.update({ reader: { editing: true } });
  }

  cancel(): void {
    this.#store.update({ reader: { editing: false } });
  }

  async save(edit: ClipEdit): Promise<void> {
    await this.#replace((id) => this.#store.api.updateClip(id, edit), 'Clip saved.');
  }

  async restoreRemoved(index: number): Promise<void> {
    await this.#replace(
      (id) => this.#store.api.restoreRemovedPart(id, index),
      'Put back into the text.',
    );
  }

  async reclean(): Promise<void> {
    await this.#replace(
      (id) => this.#store.api.recleanClip(id),
      'Cleaned again from the original paste.',
    );
  }

  async #replace(change: (id: string) => Promise<ClipDetail>, message: string): Promise<void> {
    const store = this.#store;
    const clip = store.state.reader.clip;
    if (!clip) return;
    await store.run(async () => {
      const detail = await change(clip.record.id);
      if (store.state.reader.id === detail.record.id)
        store.update({ reader: { clip: detail, editing: false } });
      store.applyRecord(detail.record);
      // A new title or text may take the clip into a search or out of it.
      await store.refresh();
      const orphans = detail.record.annotations.filter((a) => a.orphaned).length;
      store.toast(
        orphans
          ? `${message} ${orphans} highlight(s) lost their passage and are listed apart.`
          : message,
      );
    });
  }
}
