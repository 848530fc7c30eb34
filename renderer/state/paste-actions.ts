import type { ArticleChoice, Paste } from '../../electron/api/contract.ts';
import { fitPaste } from '../../common/paste-size.ts';
import type { StoreHost } from './store-host.ts';

/** Where a paste came from: the New clip box, or the window itself (Ctrl+V, the menu, the global shortcut). */
export type PasteSource = 'box' | 'window';

/** A paste on its way to becoming clips: the New clip box, the preview, saving. */
export class PasteActions {
  #store: StoreHost;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  openBox(): void {
    this.#store.update({ paste: { boxError: null }, ui: { dialog: 'paste-box' } });
  }

  closeBox(): void {
    this.#store.closeDialog('paste-box');
  }

  /**
   * Cleans a paste and shows the articles found in it, for the person to
   * check before saving. What goes wrong is said where the paste was made:
   * in the New clip box, or over the window.
   */
  async preview(paste: Paste, from: PasteSource = 'window'): Promise<void> {
    const store = this.#store;
    const fail = (message: string) =>
      store.update(from === 'box' ? { paste: { boxError: message } } : { ui: { error: message } });
    store.update({ paste: { boxError: null } });
    if (!paste.text.trim() && !paste.html?.trim()) {
      fail(
        from === 'box'
          ? 'The box is empty. Paste an article into it, or type some text, then choose Clip.'
          : 'The clipboard holds no text to clip. Copy an article in your browser, then paste it here.',
      );
      return;
    }
    // Held to the cap here, so a paste too large never crosses to main.
    const fit = fitPaste(paste);
    if (!fit.fits) {
      fail(fit.message);
      return;
    }
    await store.run(async () => {
      const answer = await store.api.previewPaste(fit.paste);
      const result = { ...answer, notice: fit.notice ?? answer.notice };
      if (result.articles.length === 0) {
        fail(
          'No article was found in what was pasted: it holds no readable text. Copy the article’s page again, or type the text.',
        );
        return;
      }
      store.update({
        paste: { preview: { paste: fit.paste, result } },
        ui: { dialog: 'preview' },
      });
    }, fail);
  }

  cancel(): void {
    this.#store.update({ paste: { preview: null } });
    this.#store.closeDialog('preview');
  }

  /** Leaves the preview for the library's clip one of its articles repeats. */
  async openMatch(clipId: string): Promise<void> {
    this.cancel();
    await this.#store.open(clipId);
  }

  /** Saves the articles the person kept; the new clips join the list and the first one opens. */
  async save(articles: ArticleChoice[]): Promise<void> {
    const store = this.#store;
    const preview = store.state.paste.preview;
    if (!preview || store.state.paste.saving) return;
    store.update({ paste: { saving: true } });
    await store.run(async () => {
      // Main holds the cleaned paste: Save sends the choices, and the new clips come back to be taken in.
      // The saving ends there: a next paste's preview can be saved while the list and the clip follow.
      const saved = await store.api
        .savePreview({ previewId: preview.result.previewId, articles })
        .finally(() => store.update({ paste: { saving: false } }));
      store.update({ paste: { preview: null } });
      store.closeDialog('preview');
      await store.refresh();
      store.toast(saved.length === 1 ? 'Clip saved.' : `${saved.length} clips saved.`);
      if (saved[0]) await store.open(saved[0].id, { by: 'app' });
    });
  }
}
