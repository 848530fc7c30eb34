import type { Settings } from '../../electron/api/contract.ts';
import { html, nothing, type PropertyValues } from 'lit';
import { createApiClient } from '../api/client.ts';
import { AppKeys } from '../controllers/app-keys.ts';
import { focusLost } from '../overlays/focus.ts';
import { AppStore } from '../state/app-store.ts';
import { libraryEmpty, searchTerms, selectedClips, shelfCounts } from '../state/selectors.ts';
import { StoreController } from '../state/store-controller.ts';
import { applyAppearance, onSystemThemeChange } from '../theme.ts';
import './annotations-view.ts';
import './app-bar.ts';
import './bulk-bar.ts';
import './clip-list.ts';
import './clip-reader.ts';
import './empty-library.ts';
import type { PresscutEvent as Ev } from './events.ts';
import './export-dialog.ts';
import './review-builder.ts';
import './file-drop.ts';
import './import-dialog.ts';
import './original-paste.ts';
import './paste-box.ts';
import './paste-preview.ts';
import { presscutAppStyles } from './presscut-app.styles.ts';
import { PresscutElement } from './presscut-element.ts';
import './recovery-notice.ts';
import './settings-dialog.ts';
import { controlStyles } from './shared-styles.ts';
import './shelf-nav.ts';
import './shortcuts-sheet.ts';
import './tag-sidebar.ts';
import './task-status.ts';
import './undo-toast.ts';
import './window-alert.ts';
import '../overlays/tooltip-layer.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const PASTE_SHORTCUT = isMac ? '⌘V' : 'Ctrl+V';

/**
 * The Presscut window: tags, the library list and the reader side by side, or
 * the library's annotations. It owns the app's store, hands its state down to
 * the components and turns their events into the store's actions.
 */
export class PresscutApp extends PresscutElement {
  #store = new StoreController(this, new AppStore(createApiClient(window.presscut)));
  #stopListening: (() => void) | undefined;
  #stopFollowingSystem: (() => void) | undefined;
  #appearance: Settings | null = null;

  static override styles = [controlStyles, presscutAppStyles];

  constructor() {
    super();
    new AppKeys(this, this.#store.store, {
      list: () => this.renderRoot.querySelector('clip-list'),
      searchBox: () => this.renderRoot.querySelector('app-bar')?.searchBox ?? null,
    });
    // Any component's Cancel of a long task of main's: the import and export dialogs, the cleaning status.
    this.addEventListener('task-cancel', (e) => void this.#store.store.cancelTask(e.detail.id));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const store = this.#store.store;
    this.#stopListening = store.listen(window.presscutEvents);
    this.#stopFollowingSystem = onSystemThemeChange(
      () => this.#appearance && applyAppearance(this.#appearance),
    );
    void store.load();
    void store.transfer.checkRecovery();
    void store.settings.reportShortcutProblem();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopFollowingSystem?.();
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const settings = this.#store.state.settings.values;
    if (settings && settings !== this.#appearance) {
      this.#appearance = settings;
      applyAppearance(settings);
    }
  }

  override render() {
    const { state } = this.#store;
    const empty = libraryEmpty(state) && state.ui.view === 'library';
    return html`<header>${this.#renderBar()}</header>
      ${empty ? this.#renderEmpty() : this.#renderPanes()} ${this.#renderDialog()}
      ${this.#renderNotices()}`;
  }

  #renderBar() {
    const { ui, list } = this.#store.state;
    const store = this.#store.store;
    return html`<app-bar
      .view=${ui.view}
      .query=${list.query}
      .searchError=${list.searchError}
      .total=${list.search && list.loaded ? list.rows.length : null}
      .indexing=${list.search ? list.indexing : null}
      @view-change=${(e: Ev<'view-change'>) => store.showView(e.detail.view)}
      @search-change=${(e: Ev<'search-change'>) => store.list.search(e.detail.query)}
      @transfer-open=${(e: Ev<'transfer-open'>) => store.transfer.open(e.detail.dialog)}
      @settings-open=${() => store.settings.open()}
      @review-open=${() => store.review.open()}
      @paste-box-open=${() => store.paste.openBox()}
    ></app-bar>`;
  }

  #renderEmpty() {
    const store = this.#store.store;
    return html`<empty-library
      .shortcut=${PASTE_SHORTCUT}
      @paste-box-open=${() => store.paste.openBox()}
      @transfer-open=${(e: Ev<'transfer-open'>) => store.transfer.open(e.detail.dialog)}
    ></empty-library>`;
  }

  #renderPanes() {
    const annotations = this.#store.state.ui.view === 'annotations';
    // The Annotations view filters by tag itself: the library's shelves and tags would do nothing there.
    return annotations
      ? html`<div class="panes annotations">${this.#renderAnnotations()}</div>`
      : html`<div class="panes">
          <nav class="sidebar" aria-label="Shelves and tags">${this.#renderSidebar()}</nav>
          ${this.#renderList()}${this.#renderReader()}
        </div>`;
  }

  #renderSidebar() {
    const state = this.#store.state;
    const store = this.#store.store;
    return html`<shelf-nav
        .shelf=${state.list.search ? null : state.list.shelf}
        .counts=${shelfCounts(state)}
        @shelf-change=${(e: Ev<'shelf-change'>) => void store.list.showShelf(e.detail.shelf)}
      ></shelf-nav>
      <tag-sidebar
        .tags=${state.library.tags}
        .filter=${state.list.tagFilter}
        @tag-filter-toggle=${(e: Ev<'tag-filter-toggle'>) => store.list.toggleTagFilter(e.detail.name)}
        @tag-filter-clear=${() => store.list.setTagFilter([])}
        @tag-rename=${(e: Ev<'tag-rename'>) => store.tagging.rename(e.detail.from, e.detail.to)}
        @tag-color=${(e: Ev<'tag-color'>) => store.tagging.setColor(e.detail.name, e.detail.color)}
        @tag-delete=${(e: Ev<'tag-delete'>) => store.tagging.remove(e.detail.name)}
      ></tag-sidebar>`;
  }

  #renderList() {
    const state = this.#store.state;
    const store = this.#store.store;
    const { list } = state;
    return html`<nav class="library" aria-label="Library">
      ${list.selection.length > 1 ? this.#renderBulkBar() : nothing}
      ${
        // Said at the top of the list, under the search box and the shelves the person just used.
        list.rows.length === 0 && list.loaded
          ? html`<p class="placeholder">${this.#emptyListMessage()}</p>`
          : nothing
      }
      <clip-list
        .clips=${list.rows}
        .listId=${list.listId}
        .selectedId=${state.reader.id}
        .selection=${list.selection}
        .terms=${searchTerms(state)}
        @clip-select=${(e: Ev<'clip-select'>) => store.list.select(e.detail.id, e.detail.mode)}
        @clip-range=${(e: Ev<'clip-range'>) => store.list.selectRange(e.detail.from, e.detail.to)}
        @rows-shown=${(e: Ev<'rows-shown'>) => store.list.viewed(e.detail.first, e.detail.last)}
        @selection-all=${() => store.list.selectAll()}
        @clip-delete=${(e: Ev<'clip-delete'>) => this.#remove(e.detail.id)}
      ></clip-list>
    </nav>`;
  }

  /** Tags to add to the selected clips or take off them, and their citations. */
  #renderBulkBar() {
    const state = this.#store.state;
    const store = this.#store.store;
    const selected = selectedClips(state);
    // A selection reaching past the list's windows may carry any tag: each is offered to take off.
    const carried = selected.complete
      ? [...new Set(selected.clips.flatMap((c) => c.tags))]
      : state.library.tags.map((t) => t.name);
    return html`<bulk-bar
      .count=${state.list.selection.length}
      .tags=${carried}
      .known=${state.library.tags.map((t) => t.name)}
      @tags-change=${(e: Ev<'tags-change'>) => store.tagging.change(state.list.selection, e.detail)}
      @selection-clear=${() => store.list.clearSelection()}
      @citation-copy=${(e: Ev<'citation-copy'>) => store.review.copyCitation(state.list.selection, e.detail.style)}
    ></bulk-bar>`;
  }

  #renderReader() {
    const state = this.#store.state;
    const store = this.#store.store;
    const { clip } = state.reader;
    if (!clip)
      return html`<main class="placeholder">
        ${state.list.loaded ? 'Choose a clip to read it.' : ''}
      </main>`;
    const id = clip.record.id;
    return html`<main>
      <clip-reader
        @citation-copy=${(e: Ev<'citation-copy'>) => store.review.copyCitation(e.detail.ids, e.detail.style)}
        .clip=${clip}
        .knownTags=${state.library.tags.map((t) => t.name)}
        .suggestions=${state.reader.suggestions}
        .highlightColor=${state.settings.values?.highlightColor ?? 'yellow'}
        .settings=${state.settings.values}
        .editing=${state.reader.editing}
        .reveal=${state.reader.reveal}
        .noteFor=${state.reader.noteFor}
        .terms=${searchTerms(state).get(id) ?? []}
        .openedBy=${state.reader.openedBy}
        @clip-delete=${(e: Ev<'clip-delete'>) => this.#remove(e.detail.id)}
        @link-open=${(e: Ev<'link-open'>) => store.openLink(e.detail.url)}
        @tags-change=${(e: Ev<'tags-change'>) => store.tagging.change([id], e.detail)}
        @highlight-create=${(e: Ev<'highlight-create'>) => {
          const { withNote, ...range } = e.detail;
          void store.annotating.highlight(range, withNote);
        }}
        @annotation-update=${(e: Ev<'annotation-update'>) => {
          const { id: annotationId, ...patch } = e.detail;
          void store.annotating.update(annotationId, patch);
        }}
        @annotation-delete=${(e: Ev<'annotation-delete'>) => store.annotating.remove(e.detail.id)}
        @annotation-reveal=${() => store.annotating.revealed()}
        @note-opened=${() => store.annotating.noteOpened()}
        @page-note-change=${(e: Ev<'page-note-change'>) => store.annotating.setPageNote(e.detail.note)}
        @edit-start=${() => store.editing.start()}
        @edit-cancel=${() => store.editing.cancel()}
        @edit-save=${(e: Ev<'edit-save'>) => store.editing.save(e.detail)}
        @removed-restore=${(e: Ev<'removed-restore'>) => store.editing.restoreRemoved(e.detail.index)}
        @clip-reclean=${() => store.editing.reclean()}
        @original-show=${() => store.showOriginal()}
        @settings-change=${(e: Ev<'settings-change'>) => store.settings.change(e.detail)}
        @clip-step=${(e: Ev<'clip-step'>) => store.list.step(e.detail.delta)}
        @reading-progress=${(e: Ev<'reading-progress'>) => store.reading.progress(e.detail.progress, e.detail.atEnd)}
        @reading-toggle=${(e: Ev<'reading-toggle'>) => store.reading.toggle(e.detail.key)}
        @reading-time=${() => store.reading.readLongEnough()}
      ></clip-reader>
    </main>`;
  }

  #renderAnnotations() {
    const state = this.#store.state;
    const store = this.#store.store;
    return html`<main>
      <annotations-view
        .entries=${state.annotations.entries}
        .filter=${state.annotations.filter}
        .tags=${state.library.tags}
        @annotation-filter=${(e: Ev<'annotation-filter'>) => store.annotating.filter(e.detail)}
        @annotation-open=${(e: Ev<'annotation-open'>) => store.annotating.open(e.detail.clipId, e.detail.annotationId)}
      ></annotations-view>
    </main>`;
  }

  /** The modal dialog open, if any. Dialogs exist only while open: a closed one would still weigh on the page. */
  #renderDialog() {
    const state = this.#store.state;
    const store = this.#store.store;
    switch (state.ui.dialog) {
      case 'paste-box':
        return html`<paste-box
          .shortcut=${PASTE_SHORTCUT}
          .error=${state.paste.boxError}
          @paste-submit=${(e: Ev<'paste-submit'>) => store.paste.preview(e.detail, 'box')}
          @paste-box-close=${() => store.paste.closeBox()}
        ></paste-box>`;
      case 'preview':
        return html`<paste-preview
          .preview=${state.paste.preview?.result ?? null}
          .saving=${state.paste.saving}
          @preview-save=${(e: Ev<'preview-save'>) => store.paste.save(e.detail.articles)}
          @preview-cancel=${() => store.paste.cancel()}
          @library-match-open=${(e: Ev<'library-match-open'>) => store.paste.openMatch(e.detail.clipId)}
          @link-open=${(e: Ev<'link-open'>) => store.openLink(e.detail.url)}
        ></paste-preview>`;
      case 'original':
        return html`<original-paste
          .paste=${state.reader.original}
          @popup-close=${() => store.closeOriginal()}
        ></original-paste>`;
      case 'shortcuts':
        return html`<shortcuts-sheet
          @popup-close=${() => store.closeDialog('shortcuts')}
        ></shortcuts-sheet>`;
      case 'settings':
        return html`<settings-dialog
          .settings=${state.settings.values}
          .status=${state.settings.shortcutStatus}
          .error=${state.settings.shortcutError}
          @shortcut-change=${(e: Ev<'shortcut-change'>) => store.settings.setShortcut(e.detail.accelerator)}
          @settings-change=${(e: Ev<'settings-change'>) => store.settings.change(e.detail)}
          @popup-close=${() => store.settings.close()}
        ></settings-dialog>`;
      case 'import':
        return html`<import-dialog
          .running=${state.transfer.running}
          .progress=${state.transfer.progress}
          .summary=${state.transfer.summary}
          .error=${state.transfer.error}
          @import-files=${(e: Ev<'import-files'>) => store.transfer.importFiles(e.detail.files)}
          @transfer-open=${(e: Ev<'transfer-open'>) => store.transfer.open(e.detail.dialog)}
          @transfer-close=${() => store.transfer.close()}
        ></import-dialog>`;
      case 'export':
        return html`<export-dialog
          .running=${state.transfer.running}
          .progress=${state.transfer.progress}
          .exported=${state.transfer.exported}
          .error=${state.transfer.error}
          .tags=${state.library.tags}
          .selection=${state.list.selection}
          @export-request=${(e: Ev<'export-request'>) => store.transfer.exportClips(e.detail)}
          @transfer-close=${() => store.transfer.close()}
        ></export-dialog>`;
      case 'review':
        return html`<review-builder
          .settings=${state.review.settings}
          .preview=${state.review.preview}
          .error=${state.review.error}
          .writing=${state.review.writing}
          .exported=${state.review.exported}
          .tags=${state.library.tags}
          .presets=${state.settings.values?.reviewPresets ?? []}
          .selected=${state.list.selection}
          @review-change=${(e: Ev<'review-change'>) => store.review.change(e.detail)}
          @review-move=${(e: Ev<'review-move'>) =>
            e.detail.before
              ? store.review.place(e.detail.key, e.detail.before)
              : store.review.move(e.detail.key, e.detail.by ?? 0)}
          @review-write=${(e: Ev<'review-write'>) => store.review.write(e.detail.format)}
          @review-preset-save=${(e: Ev<'review-preset-save'>) => store.review.savePreset(e.detail.name)}
          @review-preset-use=${(e: Ev<'review-preset-use'>) => store.review.usePreset(e.detail.name)}
          @review-preset-delete=${(e: Ev<'review-preset-delete'>) => store.review.deletePreset(e.detail.name)}
          @review-close=${() => store.review.close()}
          @link-open=${(e: Ev<'link-open'>) => store.openLink(e.detail.url)}
        ></review-builder>`;
      default:
        return nothing;
    }
  }

  /** What the window tells the person on its own: a restored library, a toast, a failure; and where files drop. */
  #renderNotices() {
    const { ui, transfer } = this.#store.state;
    const store = this.#store.store;
    return html`<recovery-notice
        .recovery=${transfer.recovery}
        @recovery-dismiss=${() => store.transfer.dismissRecovery()}
      ></recovery-notice>
      <file-drop
        @files-drop=${(e: Ev<'files-drop'>) =>
          store.transfer.takesFiles(e.detail.files)
            ? store.transfer.importFiles(e.detail.files)
            : store.desktop.clipFiles(e.detail.files)}
      ></file-drop>
      <task-status .progress=${this.#store.state.paste.cleaning}></task-status>
      <undo-toast
        .message=${ui.toast?.message ?? null}
        .canUndo=${!!ui.toast?.undo}
        @toast-undo=${() => store.undo()}
        @toast-dismiss=${() => store.dismissToast()}
      ></undo-toast>
      <tooltip-layer></tooltip-layer>
      <window-alert
        .message=${ui.error}
        @alert-dismiss=${() => store.dismissError()}
      ></window-alert>`;
  }

  /** Deletes a clip; focus lost with it (the reader's menu went) goes to the list, on the next clip. */
  async #remove(id: string): Promise<void> {
    await this.#store.store.remove(id);
    if (focusLost()) this.renderRoot.querySelector('clip-list')?.focusList();
  }

  #emptyListMessage(): string {
    const { search, searchError, tagFilter, shelf } = this.#store.state.list;
    if (searchError)
      return 'Nothing to show until the search can run: see why under the search box.';
    if (search) return 'No clip matches this search.';
    if (tagFilter.length) return 'No clip here carries all of these tags.';
    return {
      clips: 'Every clip is archived.',
      unread: 'Nothing left unread.',
      favorites: 'No favourites yet: star a clip in the reader.',
      archive: 'Nothing archived.',
    }[shelf];
  }
}

customElements.define('presscut-app', PresscutApp);

declare global {
  interface HTMLElementTagNameMap {
    'presscut-app': PresscutApp;
  }
}
