import type {
  AppCommand,
  ClipRecord,
  ClipSummary,
  PresscutApi,
  PresscutEventBridge,
} from '../../electron/api/contract.ts';
import { PresscutApiError } from '../api/client.ts';
import { AnnotationActions } from './annotation-actions.ts';
import { DesktopActions } from './desktop-actions.ts';
import { EditActions } from './edit-actions.ts';
import { ListActions } from './list-actions.ts';
import { PasteActions } from './paste-actions.ts';
import { ReadingActions } from './reading-actions.ts';
import { ReviewActions } from './review-actions.ts';
import { SettingsActions } from './settings-actions.ts';
import { initialState, type AppState, type Dialog, type StatePatch, type View } from './state.ts';
import type { OpenOptions, StoreHost } from './store-host.ts';
import { TagActions } from './tag-actions.ts';
import { TransferActions } from './transfer-actions.ts';
import { messageOf } from '../../common/errors.ts';

/** Whether a list line has a field of this name: a record's other fields stay out of the list. */
function inSummary(summary: ClipSummary, key: string): key is keyof ClipSummary {
  return Object.hasOwn(summary, key);
}

/**
 * The renderer's state (`state.ts`) and the actions that change it.
 * Components never hold library data of their own: the app element reads
 * this store and passes plain values down. Actions come in groups, one per
 * part of the window (`store.list`, `store.paste`, `store.tagging`, …); what
 * several groups need (opening a clip, changing one, running a call to main,
 * dialogs, messages) is here.
 */
export class AppStore extends EventTarget implements StoreHost {
  readonly api: PresscutApi;
  readonly list: ListActions;
  readonly paste: PasteActions;
  readonly tagging: TagActions;
  readonly annotating: AnnotationActions;
  readonly editing: EditActions;
  readonly desktop: DesktopActions;
  readonly settings: SettingsActions;
  readonly reading: ReadingActions;
  readonly transfer: TransferActions;
  readonly review: ReviewActions;
  #running = 0;
  #state: AppState = initialState();

  constructor(api: PresscutApi) {
    super();
    this.api = api;
    this.list = new ListActions(this);
    this.paste = new PasteActions(this);
    this.tagging = new TagActions(this);
    this.annotating = new AnnotationActions(this);
    this.editing = new EditActions(this);
    this.desktop = new DesktopActions(this);
    this.settings = new SettingsActions(this);
    this.reading = new ReadingActions(this);
    this.transfer = new TransferActions(this);
    this.review = new ReviewActions(this);
  }

  get state(): Readonly<AppState> {
    return this.#state;
  }

  /** Changes some fields of some slices; every slice touched is a new object. */
  update(patch: StatePatch): void {
    const next = { ...this.#state };
    for (const key of Object.keys(patch) as (keyof AppState)[])
      Object.assign(next, { [key]: { ...this.#state[key], ...patch[key] } });
    this.#state = next;
    this.dispatchEvent(new Event('change'));
  }

  /**
   * Changes one clip wherever the window holds it: its row in the list and,
   * when it is open, the reader's record. `change` gets the clip's list line
   * and returns the fields that changed (a whole new record will do).
   */
  patchClip(id: string, change: (clip: ClipSummary) => Partial<ClipRecord>): void {
    const { rows } = this.#state.list;
    const open = this.#state.reader.clip?.record.id === id ? this.#state.reader.clip : null;
    const at = rows.findIndex((c) => c?.id === id);
    const line = at >= 0 ? rows[at] : undefined;
    if (!line && !open) return;
    const patch = change(
      line ?? { ...open!.record, annotationCount: open!.record.annotations.length },
    );
    const update: StatePatch = {};
    if (line) {
      const next: ClipSummary = { ...line };
      for (const [key, value] of Object.entries(patch))
        if (inSummary(line, key)) Object.assign(next, { [key]: value });
      if (patch.annotations) next.annotationCount = patch.annotations.length;
      update.list = { rows: rows.with(at, next) };
    }
    if (open) update.reader = { clip: { ...open, record: { ...open.record, ...patch } } };
    this.update(update);
  }

  /**
   * After a change of clips: the list's windows on screen and the counts are
   * asked again, and nothing else (the list's other windows come again when
   * they are scrolled to).
   */
  async refresh(): Promise<void> {
    await Promise.all([this.list.refresh(), this.recount()]);
  }

  /** How many clips each shelf and tag holds, from main; a tag of the filter that is gone leaves it. */
  async recount(): Promise<void> {
    await this.run(async () => {
      const { shelves, total, tags } = await this.api.countClips();
      this.update({ library: { counts: { shelves, total }, tags } });
      const { tagFilter } = this.#state.list;
      const kept = tagFilter.filter((t) => tags.some((x) => x.name === t));
      if (kept.length < tagFilter.length) await this.list.setTagFilter(kept);
    });
  }

  /**
   * Runs an action, showing its failure as a message: errors from main are
   * meant for the person. `fail` shows it where the action was asked for (a
   * dialog, a field); without it, over the window.
   */
  async run(task: () => Promise<void>, fail?: (message: string) => void): Promise<void> {
    this.#running++;
    this.update({ ui: { busy: true } });
    try {
      await task();
    } catch (error) {
      const message = messageOf(error);
      // A task the person cancelled is not a failure: say so quietly.
      if (error instanceof PresscutApiError && error.code === 'cancelled') this.toast(message);
      else if (fail) fail(message);
      else this.update({ ui: { error: message } });
    } finally {
      this.#running--;
      this.update({ ui: { busy: this.#running > 0 } });
    }
  }

  /** Follows what main reports on its own; returns the function that stops following. */
  listen(events: PresscutEventBridge): () => void {
    const stops = [
      events.on('libraryChanged', () => void this.refresh()),
      events.on('command', ({ name }) => this.#command(name)),
      events.on('filesClipped', (result) => void this.desktop.showClipped(result)),
      events.on('clipboardPaste', ({ paste }) => void this.paste.preview(paste)),
      events.on('progress', (progress) =>
        progress.task === 'clip'
          ? this.update({ paste: { cleaning: progress.done === progress.total ? null : progress } })
          : this.transfer.progressed(progress),
      ),
    ];
    return () => stops.forEach((stop) => stop());
  }

  #command(name: AppCommand): void {
    switch (name) {
      case 'new-clip':
        this.paste.openBox();
        break;
      case 'show-shortcuts':
        this.openDialog('shortcuts');
        break;
      case 'show-settings':
        void this.settings.open();
        break;
      case 'import':
      case 'export':
        this.transfer.open(name);
        break;
    }
  }

  /** The first screen: the list's first window, the counts and the settings, each shown as it comes. */
  async load(): Promise<void> {
    await Promise.all([
      this.list.refresh(),
      this.recount(),
      this.run(async () => this.update({ settings: { values: await this.api.getSettings() } })),
    ]);
  }

  showView(view: View): void {
    this.update({ ui: { view } });
    if (view === 'annotations') void this.annotating.loadEntries();
  }

  /**
   * Opens a clip in the reader, scrolled to an annotation when one is given.
   * `by` says whether the person chose it or a save opened it for them: only
   * the first counts towards having read it.
   */
  async open(id: string, { reveal = null, by = 'person' }: OpenOptions = {}): Promise<void> {
    this.update({
      ui: { view: 'library' },
      list: { selection: [id] },
      reader: { id, editing: false, reveal, openedBy: by, suggestions: [] },
    });
    await this.run(async () => {
      const clip = await this.api.getClip(id);
      if (this.#state.reader.id !== id) return;
      this.update({ reader: { clip } });
      void this.reading.opened(id);
      const suggestions = await this.api.suggestTags(id);
      if (this.#state.reader.id === id) this.update({ reader: { suggestions } });
    });
  }

  /** Deletes a clip, with Undo; when it was open, the clip after it in the list opens. */
  async remove(id: string): Promise<void> {
    const title =
      this.#state.list.rows.find((c) => c?.id === id)?.title ??
      (this.#state.reader.clip?.record.id === id ? this.#state.reader.clip.record.title : null);
    await this.run(async () => {
      const at = await this.list.indexOf(id);
      await this.api.deleteClip(id);
      const closing = this.#state.reader.id === id;
      this.update({
        list: { selection: this.#state.list.selection.filter((x) => x !== id) },
        ...(closing && { reader: { id: null, clip: null, editing: false } }),
        ui: {
          toast: { message: `Deleted “${title ?? 'clip'}”.`, undo: () => this.#restore(id) },
        },
      });
      await this.refresh();
      // What was after it in the list now stands in its place; the last clip gives way to the one before.
      const next =
        closing && at >= 0
          ? await this.list.idAt(Math.min(at, this.#state.list.rows.length - 1))
          : undefined;
      if (next) await this.open(next, { by: 'app' });
    });
  }

  async #restore(id: string): Promise<void> {
    await this.api.restoreClip(id);
    await this.refresh();
    this.update({ ui: { toast: { message: 'Clip restored.' } } });
    await this.open(id);
  }

  /** Runs the toast's undo, if it offers one. */
  async undo(): Promise<void> {
    const undo = this.#state.ui.toast?.undo;
    if (!undo) return;
    this.update({ ui: { toast: null } });
    await this.run(undo);
  }

  /** Tells the person something happened, with Undo when it can be undone. */
  toast(message: string, undo?: () => Promise<void>): void {
    this.update({ ui: { toast: undo ? { message, undo } : { message } } });
  }

  dismissToast(): void {
    this.update({ ui: { toast: null } });
  }

  dismissError(): void {
    this.update({ ui: { error: null } });
  }

  openDialog(dialog: Dialog): void {
    this.update({ ui: { dialog } });
  }

  /** Closes the dialog open, if it is this one (or any, without one named). */
  closeDialog(dialog?: Dialog): void {
    if (!dialog || this.#state.ui.dialog === dialog) this.update({ ui: { dialog: null } });
  }

  async showOriginal(): Promise<void> {
    const clip = this.#state.reader.clip;
    if (!clip) return;
    await this.run(async () => {
      this.update({ reader: { original: await this.api.getOriginal(clip.record.id) } });
      this.openDialog('original');
    });
  }

  closeOriginal(): void {
    this.update({ reader: { original: null } });
    this.closeDialog('original');
  }

  /** Stops a long task of main's: a cleaning, an import, an export. */
  async cancelTask(id: string): Promise<void> {
    await this.run(async () => void (await this.api.cancelTask(id)));
  }

  async openLink(url: string): Promise<void> {
    await this.run(() => this.api.openLink(url));
  }

  /** Takes in a clip's new record: the reader's copy and the list's line follow it. */
  applyRecord(record: ClipRecord): void {
    this.patchClip(record.id, () => record);
  }
}
