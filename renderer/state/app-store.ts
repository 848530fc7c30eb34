import type { AppCommand, ArticleChoice, PastePreview, PresscutApi, PresscutEventBridge } from '../../electron/api/contract.ts';
import type { Paste } from '../../electron/model/article.ts';
import type { ClipDetail, ClipSummary } from '../../electron/model/clip.ts';

export interface Toast {
  message: string;
  /** Offered as the toast's Undo button (and Ctrl+Z). */
  undo?: () => Promise<void>;
}

export interface AppState {
  clips: ClipSummary[];
  /** False until the library list first arrived. */
  loaded: boolean;
  selectedId: string | null;
  /** The clip open in the reader. */
  openClip: ClipDetail | null;
  /** The "New clip" box, where a paste can be dropped by hand. */
  pasteBoxOpen: boolean;
  /** Articles found in a paste, waiting for the person to save them. */
  preview: { paste: Paste; result: PastePreview } | null;
  busy: boolean;
  toast: Toast | null;
  error: string | null;
}

/**
 * The renderer's state and the actions that change it. Components never hold
 * library data of their own: the app element reads this store and passes
 * plain values down.
 */
export class AppStore extends EventTarget {
  readonly api: PresscutApi;
  #state: AppState = {
    clips: [],
    loaded: false,
    selectedId: null,
    openClip: null,
    pasteBoxOpen: false,
    preview: null,
    busy: false,
    toast: null,
    error: null,
  };

  constructor(api: PresscutApi) {
    super();
    this.api = api;
  }

  get state(): Readonly<AppState> {
    return this.#state;
  }

  /** Follows what main reports on its own; returns the function that stops following. */
  listen(events: PresscutEventBridge): () => void {
    const stops = [
      events.on('libraryChanged', () => void this.load()),
      events.on('command', ({ name }) => this.#command(name)),
    ];
    return () => stops.forEach((stop) => stop());
  }

  #command(name: AppCommand): void {
    switch (name) {
      case 'new-clip':
        this.openPasteBox();
        break;
    }
  }

  async load(): Promise<void> {
    await this.#run(async () => {
      this.#set({ clips: await this.api.listClips(), loaded: true });
    });
  }

  async open(id: string): Promise<void> {
    this.#set({ selectedId: id });
    await this.#run(async () => {
      const clip = await this.api.getClip(id);
      if (this.#state.selectedId === id) this.#set({ openClip: clip });
    });
  }

  openPasteBox(): void {
    this.#set({ pasteBoxOpen: true });
  }

  closePasteBox(): void {
    this.#set({ pasteBoxOpen: false });
  }

  async previewPaste(paste: Paste): Promise<void> {
    if (!paste.text.trim() && !paste.html?.trim()) {
      this.#set({ error: 'The clipboard holds no text to clip. Copy an article in your browser, then paste it here.' });
      return;
    }
    await this.#run(async () => {
      const result = await this.api.previewPaste(paste);
      if (result.articles.length === 0) {
        this.#set({ error: 'No article was found in what was pasted: it holds no readable text.' });
        return;
      }
      this.#set({ preview: { paste, result }, pasteBoxOpen: false });
    });
  }

  cancelPreview(): void {
    this.#set({ preview: null });
  }

  async savePreview(articles: ArticleChoice[]): Promise<void> {
    const preview = this.#state.preview;
    if (!preview) return;
    await this.#run(async () => {
      const saved = await this.api.clipPaste({ paste: preview.paste, clippedAt: preview.result.clippedAt, articles });
      this.#set({ preview: null, clips: await this.api.listClips() });
      const n = saved.length;
      this.#set({ toast: { message: n === 1 ? 'Clip saved.' : `${n} clips saved.` } });
      if (saved[0]) await this.open(saved[0].id);
    });
  }

  async remove(id: string): Promise<void> {
    const clip = this.#state.clips.find((c) => c.id === id);
    await this.#run(async () => {
      await this.api.deleteClip(id);
      const clips = this.#state.clips.filter((c) => c.id !== id);
      const closing = this.#state.selectedId === id;
      this.#set({
        clips,
        selectedId: closing ? null : this.#state.selectedId,
        openClip: closing ? null : this.#state.openClip,
        toast: { message: `Deleted “${clip?.title ?? 'clip'}”.`, undo: () => this.#restore(id) },
      });
    });
  }

  /** Runs the toast's undo, if it offers one. */
  async undo(): Promise<void> {
    const undo = this.#state.toast?.undo;
    if (!undo) return;
    this.#set({ toast: null });
    await this.#run(undo);
  }

  dismissToast(): void {
    this.#set({ toast: null });
  }

  dismissError(): void {
    this.#set({ error: null });
  }

  async openLink(url: string): Promise<void> {
    await this.#run(() => this.api.openLink(url));
  }

  async #restore(id: string): Promise<void> {
    await this.api.restoreClip(id);
    this.#set({ clips: await this.api.listClips(), toast: { message: 'Clip restored.' } });
    await this.open(id);
  }

  async #run(task: () => Promise<void>): Promise<void> {
    this.#set({ busy: true });
    try {
      await task();
    } catch (error) {
      this.#set({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#set({ busy: false });
    }
  }

  #set(patch: Partial<AppState>): void {
    this.#state = { ...this.#state, ...patch };
    this.dispatchEvent(new Event('change'));
  }
}
