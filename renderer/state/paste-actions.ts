import type { ArticleChoice, Paste } from '../../electron/api/contract.ts';
import type { AppStore } from './app-store.ts';

/** A paste on its way to becoming clips: the New clip box, the preview, saving. */
export class PasteActions {
  #store: AppStore;

  constructor(store: AppStore) {
    this.#store = store;
  }

  openBox(): void {
    this.#store.openDialog('paste-box');
  }

  closeBox(): void {
    this.#store.closeDialog('paste-box');
  }

  /** Cleans a paste and shows the articles found in it, for the person to check before saving. */
  async preview(paste: Paste): Promise<void> {
    const store = this.#store;
    if (!paste.text.trim() && !paste.html?.trim()) {
      store.update({
        ui: {
          error:
            'The clipboard holds no text to clip. Copy an article in your browser, then paste it here.',
        },
      });
      return;
    }
    await store.run(async () => {
      const result = await store.api.previewPaste(paste);
      if (result.articles.length === 0) {
        store.update({
          ui: { error: 'No article was found in what was pasted: it holds no readable text.' },
        });
        return;
      }
      store.update({ paste: { preview: { paste, result } }, ui: { dialog: 'preview' } });
    });
  }

  cancel(): void {
    this.#store.update({ paste: { preview: null } });
    this.#store.closeDialog('preview');
  }

  /** Saves the articles the person kept; the new clips join the list and the first one opens. */
  async save(articles: ArticleChoice[]): Promise<void> {
    const store = this.#store;
    const preview = store.state.paste.preview;
    if (!preview) return;
    await store.run(async () => {
      // Main holds the cleaned paste: Save sends the choices, and the new clips come back to be taken in.
      const saved = await store.api.savePreview({ previewId: preview.result.previewId, articles });
      store.update({ paste: { preview: null } });
      store.closeDialog('preview');
      store.upsertClips(saved);
      store.toast(saved.length === 1 ? 'Clip saved.' : `${saved.length} clips saved.`);
      if (saved[0]) await store.open(saved[0].id);
    });
  }
}
