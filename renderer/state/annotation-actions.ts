import type { HighlightColor, NewAnnotation } from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';

/** Highlights, their notes, the page note and the library-wide Annotations view. */
export class AnnotationActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  /** Highlights a range of the open clip; its colour becomes the default for the next one. */
  async highlight(range: NewAnnotation, withNote: boolean): Promise<void> {
    const store = this.#store;
    const clip = store.state.reader.clip;
    if (!clip) return;
    await store.run(async () => {
      const before = new Set(clip.record.annotations.map((a) => a.id));
      const record = await store.api.addAnnotation(clip.record.id, range);
      store.applyRecord(record);
      const made = record.annotations.find((a) => !before.has(a.id));
      if (withNote && made) store.update({ reader: { noteFor: made.id } });
      if (store.state.settings.values?.highlightColor !== range.color) {
        const values = await store.api.updateSettings({ highlightColor: range.color });
        store.update({ settings: { values } });
      }
    });
  }

  async update(
    annotationId: string,
    patch: { color?: HighlightColor; note?: string },
  ): Promise<void> {
    const store = this.#store;
    const clip = store.state.reader.clip;
    if (!clip) return;
    await store.run(async () =>
      store.applyRecord(await store.api.updateAnnotation(clip.record.id, annotationId, patch)),
    );
  }

  async remove(annotationId: string): Promise<void> {
    const store = this.#store;
    const clip = store.state.reader.clip;
    const annotation = clip?.record.annotations.find((a) => a.id === annotationId);
    if (!clip || !annotation) return;
    await store.run(async () => {
      store.applyRecord(await store.api.deleteAnnotation(clip.record.id, annotationId));
      store.toast('Highlight deleted.', async () =>
        store.applyRecord(await store.api.restoreAnnotation(clip.record.id, annotation)),
      );
    });
  }

  async setPageNote(note: string): Promise<void> {
    const store = this.#store;
    const clip = store.state.reader.clip;
    if (!clip || clip.record.note === note) return;
    await store.run(async () =>
      store.applyRecord(await store.api.setClipNote(clip.record.id, note)),
    );
  }

  async filter(filter: { text?: string; tags?: string[] }): Promise<void> {
    const { annotations } = this.#store.state;
    this.#store.update({ annotations: { filter: { ...annotations.filter, ...filter } } });
    await this.loadEntries();
  }

  async loadEntries(): Promise<void> {
    const store = this.#store;
    await store.run(async () => {
      const { filter } = store.state.annotations;
      const entries = await store.api.listAnnotations(filter);
      if (store.state.annotations.filter === filter) store.update({ annotations: { entries } });
    });
  }

  /** Opens an annotation's clip in the reader, scrolled to it. */
  async open(clipId: string, annotationId: string): Promise<void> {
    await this.#store.open(clipId, { reveal: annotationId });
  }

  /** The reader opened the new highlight's note: it must not open again by itself. */
  noteOpened(): void {
    this.#store.update({ reader: { noteFor: null } });
  }

  revealed(): void {
    this.#store.update({ reader: { reveal: null } });
  }
}
