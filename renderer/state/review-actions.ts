import type {
  CitationStyle,
  ReviewFormat,
  ReviewPreset,
  ReviewSettings,
} from '../../electron/api/contract.ts';
import type { StoreHost } from './store-host.ts';
import type { ReviewState } from './state.ts';

/** Changes come in bursts (typing a title): the preview is asked for once they pause. */
const PREVIEW_DELAY_MS = 250;

/** Building a press review, its presets, and copying citations. */
export class ReviewActions {
  #store: StoreHost;
  #timer: ReturnType<typeof setTimeout> | null = null;
  /** Only the answer to the latest request is shown: an older one may come back later. */
  #asked = 0;

  constructor(store: StoreHost) {
    this.#store = store;
  }

  get #state(): ReviewState {
    return this.#store.state.review;
  }

  #set(patch: Partial<ReviewState>): void {
    this.#store.update({ review: patch });
  }

  /**
   * Opens the builder: on the clips selected in the list when several are, else as it was left. The one
   * clip open in the reader is a selection of one, and a review is rarely of that: it stays an option.
   */
  open(): void {
    const selected = this.#store.state.list.selection;
    const settings =
      selected.length > 1
        ? { ...this.#state.settings, selection: { ids: [...selected] } }
        : this.#state.settings;
    this.#set({ settings, exported: null, error: null });
    this.#store.openDialog('review');
    void this.#preview();
  }

  close(): void {
    if (!this.#state.writing) this.#store.closeDialog('review');
  }

  /** Changes the settings and previews them again once the person pauses. */
  change(patch: Partial<ReviewSettings>): void {
    this.#set({ settings: { ...this.#state.settings, ...patch }, exported: null });
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#preview(), PREVIEW_DELAY_MS);
  }

  /** Moves a story by `by` places in the hand-made order (the order shown, when there is none yet). */
  move(key: string, by: number): void {
    const keys = this.#state.preview?.stories.map((s) => s.key) ?? [];
    const order = [...keys];
    const from = order.indexOf(key);
    const to = Math.max(0, Math.min(order.length - 1, from + by));
    if (from < 0 || from === to) return;
    order.splice(to, 0, ...order.splice(from, 1));
    this.#reorder(order);
  }

  /** Puts a story before another one (a drop in the list). */
  place(key: string, before: string): void {
    const order = (this.#state.preview?.stories.map((s) => s.key) ?? []).filter((k) => k !== key);
    const at = order.indexOf(before);
    order.splice(at < 0 ? order.length : at, 0, key);
    this.#reorder(order);
  }

  #reorder(order: string[]): void {
    const preview = this.#state.preview;
    // The list follows at once; the document once main made it again.
    if (preview)
      this.#set({
        preview: {
          ...preview,
          stories: order.map((k) => preview.stories.find((s) => s.key === k)!),
        },
      });
    this.change({ group: 'manual', order });
  }

  async #preview(): Promise<void> {
    const asked = ++this.#asked;
    try {
      const preview = await this.#store.api.previewReview(this.#state.settings);
      if (asked === this.#asked) this.#set({ preview, error: null });
    } catch (error) {
      if (asked === this.#asked) this.#set({ error: (error as Error).message });
    }
  }

  /** Writes the review as a file, which the window then offers to save. */
  async write(format: ReviewFormat): Promise<void> {
    if (this.#state.writing) return;
    this.#set({ writing: true, exported: null, error: null });
    try {
      this.#set({ exported: await this.#store.api.exportReview(this.#state.settings, format) });
    } catch (error) {
      this.#set({ error: (error as Error).message });
    } finally {
      this.#set({ writing: false });
    }
  }

  /** Keeps the settings under a name, in place of a preset of the same name. */
  async savePreset(name: string): Promise<void> {
    const presets = this.#store.state.settings.values?.reviewPresets ?? [];
    const preset: ReviewPreset = { name: name.trim(), settings: this.#state.settings };
    const others = presets.filter((p) => p.name.toLowerCase() !== preset.name.toLowerCase());
    await this.#store.settings.change({ reviewPresets: [...others, preset] });
  }

  async deletePreset(name: string): Promise<void> {
    const presets = this.#store.state.settings.values?.reviewPresets ?? [];
    await this.#store.settings.change({ reviewPresets: presets.filter((p) => p.name !== name) });
  }

  /** Runs a preset: its settings, made again over today's clips. */
  usePreset(name: string): void {
    const preset = this.#store.state.settings.values?.reviewPresets.find((p) => p.name === name);
    if (preset) this.change({ ...preset.settings });
  }

  /** Copies the references of clips in a style, and says so. */
  async copyCitation(ids: readonly string[], style: CitationStyle): Promise<void> {
    if (ids.length === 0) return;
    await this.#store.run(async () => {
      const text = await this.#store.api.citeClips([...ids], style);
      await copyText(text);
      this.#store.toast(ids.length === 1 ? 'Citation copied.' : `${ids.length} citations copied.`);
    });
  }
}

/** Puts text on the clipboard: the Clipboard API, or a selection copied where the window may not use it. */
async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch {
    // Refused (no permission): copy a selection instead.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('The citation could not be put on the clipboard.');
}
