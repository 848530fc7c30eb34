import type { ReadingStatePatch, Settings } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';

/** Reading progress, read or unread, archive and favourite. */
export class ReadingActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  /** Keeps how far the open clip was read; reaching its end marks it read, unless the settings say only the person does. */
  async progress(progress: number, atEnd: boolean): Promise<void> {
    const clip = this.#store.state.reader.clip;
    if (!clip) return;
    const patch: ReadingStatePatch = { progress: Math.min(1, Math.max(0, progress)) };
    if (atEnd && !clip.record.reading.read && this.#rule !== 'manual') patch.read = true;
    await this.#set(clip.record.id, patch);
  }

  /** The open clip has been in front of the person for its reading time: read, if the settings say so. */
  async readLongEnough(): Promise<void> {
    const clip = this.#store.state.reader.clip;
    if (!clip || clip.record.reading.read || this.#rule !== 'time') return;
    await this.#set(clip.record.id, { read: true });
  }

  get #rule(): Settings['markRead'] {
    return this.#store.state.settings.values?.markRead ?? 'time';
  }

  async toggle(key: 'read' | 'archived' | 'favorite'): Promise<void> {
    const clip = this.#store.state.reader.clip;
    if (!clip) return;
    const value = !clip.record.reading[key];
    await this.#set(clip.record.id, { [key]: value });
    if (key === 'archived') this.#store.toast(value ? 'Archived.' : 'Back in your clips.');
  }

  /** Notes that a clip was opened now. */
  async opened(id: string): Promise<void> {
    await this.#set(id, { openedAt: new Date().toISOString() });
  }

  async #set(id: string, patch: ReadingStatePatch): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const summary = await store.api.setReadingState(id, patch);
      store.patchClip(id, () => ({ reading: summary.reading, updatedAt: summary.updatedAt }));
      // Read, archived or starred moves the clip between shelves: the list and counts follow. Progress moves nothing.
      if ('read' in patch || 'archived' in patch || 'favorite' in patch) await store.refresh();
    });
  }
}
