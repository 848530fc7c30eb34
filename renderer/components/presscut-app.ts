import { css, html, nothing, type PropertyValues } from 'lit';
import type { Settings } from '../../electron/api/contract.ts';
import { createApiClient } from '../api/client.ts';
import { AppStore } from '../state/app-store.ts';
import { StoreController } from '../state/store-controller.ts';
import { applyAppearance, onSystemThemeChange } from '../theme.ts';
import './annotations-view.ts';
import './bulk-bar.ts';
import './clip-list.ts';
import type { ClipList } from './clip-list.ts';
import './clip-reader.ts';
import './empty-library.ts';
import './export-dialog.ts';
import './import-dialog.ts';
import './file-drop.ts';
import type { PresscutEvent } from './events.ts';
import './original-paste.ts';
import './paste-box.ts';
import './search-box.ts';
import type { SearchBox } from './search-box.ts';
import './shelf-nav.ts';
import './paste-preview.ts';
import './recovery-notice.ts';
import { PresscutElement } from './presscut-element.ts';
import './settings-dialog.ts';
import { controlStyles } from './shared-styles.ts';
import './shortcuts-sheet.ts';
import './tag-sidebar.ts';
import './undo-toast.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether an event happened in a place where typing and pasting mean editing text. */
function inEditableField(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (n) =>
        n instanceof HTMLInputElement ||
        n instanceof HTMLTextAreaElement ||
        (n instanceof HTMLElement && n.isContentEditable),
    );
}

/**
 * The Presscut window: tags, the library list and the reader side by side, or
 * the library's annotations. It owns the app's store, hands its state down to
 * the components and turns their events into actions.
 */
export class PresscutApp extends PresscutElement {
  #store = new StoreController(this, new AppStore(createApiClient(window.presscut)));
  #stopListening: (() => void) | undefined;
  #stopFollowingSystem: (() => void) | undefined;
  #appearance: Settings | null = null;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: grid;
        grid-template-rows: auto 1fr;
        height: 100vh;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 8px 16px;
        border-bottom: 1px solid var(--pc-border);
        background: var(--pc-sidebar);
      }
      .brand {
        font-family: var(--pc-font-reading);
        font-weight: 700;
        font-size: 18px;
        margin: 0;
      }
      .views {
        display: flex;
        gap: 2px;
        margin-left: 12px;
      }
      .views button[aria-current='page'] {
        background: var(--pc-selected);
        font-weight: 600;
      }
      search-box {
        width: min(28rem, 40vw);
        margin-left: 16px;
      }
      .sidebar {
        border-right: 1px solid var(--pc-border);
        background: var(--pc-sidebar);
        overflow-y: auto;
        min-height: 0;
      }
      .spacer {
        flex: 1;
      }
      .panes {
        display: grid;
        grid-template-columns: 190px minmax(240px, 320px) 1fr;
        min-height: 0;
      }
      .panes.annotations {
        grid-template-columns: 190px 1fr;
      }
      .library {
        border-right: 1px solid var(--pc-border);
        background: var(--pc-sidebar);
        min-height: 0;
        display: flex;
        flex-direction: column;
      }
      clip-list {
        flex: 1;
        min-height: 0;
      }
      main {
        min-height: 0;
        display: grid;
      }
      clip-reader,
      annotations-view {
        min-height: 0;
      }
      .placeholder {
        display: grid;
        place-items: center;
        color: var(--pc-faint);
        padding: 24px;
        text-align: center;
      }
      .error {
        position: fixed;
        top: 56px;
        left: 50%;
        transform: translateX(-50%);
        display: flex;
        gap: 12px;
        align-items: center;
        max-width: 40rem;
        padding: 10px 10px 10px 16px;
        border-radius: var(--pc-radius);
        background: var(--pc-surface);
        border: 1px solid var(--pc-danger);
        color: var(--pc-text);
        box-shadow: var(--pc-shadow);
        z-index: 20;
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopListening = this.#store.store.listen(window.presscutEvents);
    this.#stopFollowingSystem = onSystemThemeChange(
      () => this.#appearance && applyAppearance(this.#appearance),
    );
    window.addEventListener('paste', this.#onPaste);
    window.addEventListener('keydown', this.#onKeyDown);
    void this.#store.store.load();
    void this.#store.store.transfer.checkRecovery();
    void this.#store.store.desktop.reportShortcutProblem();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    this.#stopFollowingSystem?.();
    window.removeEventListener('paste', this.#onPaste);
    window.removeEventListener('keydown', this.#onKeyDown);
  }

  protected override updated(_changed: PropertyValues<this>): void {
    const { settings } = this.#store.state;
    if (settings && settings !== this.#appearance) {
      this.#appearance = settings;
      applyAppearance(settings);
    }
  }

  override render() {
    const state = this.#store.state;
    const store = this.#store.store;
    const shortcut = isMac ? '⌘V' : 'Ctrl+V';
    const empty = state.loaded && state.clips.length === 0;
    return html`
      <header class="bar">
        <h1 class="brand">Presscut</h1>
        <nav class="views" aria-label="Views">
          <button
            class="quiet"
            aria-current=${state.view === 'library' ? 'page' : 'false'}
            @click=${() => store.showView('library')}
          >
            Library
          </button>
          <button
            class="quiet"
            aria-current=${state.view === 'annotations' ? 'page' : 'false'}
            @click=${() => store.showView('annotations')}
          >
            Annotations
          </button>
        </nav>
        <search-box
          .query=${state.query}
          .error=${state.searchError}
          .total=${state.search ? state.search.total : null}
          @search-change=${(e: PresscutEvent<'search-change'>) => store.search(e.detail.query)}
        ></search-box>
        <span class="spacer"></span>
        <button class="quiet" @click=${() => store.transfer.open('import')}>Import…</button>
        <button class="quiet" @click=${() => store.transfer.open('export')}>Export…</button>
        <button class="quiet" @click=${() => store.desktop.openSettings()}>Settings</button>
        <button class="primary" @click=${() => store.openPasteBox()}>New clip</button>
      </header>
      ${
        empty && state.view === 'library'
          ? html`<empty-library
              .shortcut=${shortcut}
              @paste-box-open=${() => store.openPasteBox()}
              @transfer-open=${(e: PresscutEvent<'transfer-open'>) => store.transfer.open(e.detail.dialog)}
            ></empty-library>`
          : html`<div class=${state.view === 'annotations' ? 'panes annotations' : 'panes'}>
              <div class="sidebar">
                <shelf-nav
                  .shelf=${state.search ? null : state.shelf}
                  .counts=${store.shelfCounts}
                  @shelf-change=${(e: PresscutEvent<'shelf-change'>) => store.showShelf(e.detail.shelf)}
                ></shelf-nav>
                <tag-sidebar
                  .tags=${state.tags}
                  .filter=${state.tagFilter}
                  @tag-filter-toggle=${(e: PresscutEvent<'tag-filter-toggle'>) => store.tagging.toggleFilter(e.detail.name)}
                  @tag-filter-clear=${() => store.tagging.clearFilter()}
                  @tag-rename=${(e: PresscutEvent<'tag-rename'>) => store.tagging.rename(e.detail.from, e.detail.to)}
                  @tag-color=${(e: PresscutEvent<'tag-color'>) => store.tagging.setColor(e.detail.name, e.detail.color)}
                  @tag-delete=${(e: PresscutEvent<'tag-delete'>) => store.tagging.remove(e.detail.name)}
                ></tag-sidebar>
              </div>
              ${state.view === 'annotations' ? this.#renderAnnotations() : this.#renderLibrary()}
            </div>`
      }
      <!-- Dialogs exist only while open: a closed one would still weigh on the page. -->
      ${
        state.pasteBoxOpen
          ? html`<paste-box
              .open=${true}
              .shortcut=${shortcut}
              @paste-submit=${(e: PresscutEvent<'paste-submit'>) => store.previewPaste(e.detail)}
              @paste-box-close=${() => store.closePasteBox()}
            ></paste-box>`
          : nothing
      }
      ${
        state.preview
          ? html`<paste-preview
              .preview=${state.preview.result}
              .busy=${state.busy}
              @preview-save=${(e: PresscutEvent<'preview-save'>) => store.savePreview(e.detail.articles)}
              @preview-cancel=${() => store.cancelPreview()}
              @link-open=${(e: PresscutEvent<'link-open'>) => store.openLink(e.detail.url)}
            ></paste-preview>`
          : nothing
      }
      ${state.original ? html`<original-paste .paste=${state.original} @popup-close=${() => store.closeOriginal()}></original-paste>` : nothing}
      ${state.shortcutsOpen ? html`<shortcuts-sheet .open=${true} @popup-close=${() => store.showShortcuts(false)}></shortcuts-sheet>` : nothing}
      ${
        state.transfer.dialog === 'import'
          ? html`<import-dialog
              .open=${true}
              .running=${state.transfer.running}
              .progress=${state.transfer.progress}
              .summary=${state.transfer.summary}
              @import-files=${(e: PresscutEvent<'import-files'>) => store.transfer.importFiles(e.detail.files)}
              @transfer-open=${(e: PresscutEvent<'transfer-open'>) => store.transfer.open(e.detail.dialog)}
              @transfer-close=${() => store.transfer.close()}
            ></import-dialog>`
          : nothing
      }
      ${
        state.transfer.dialog === 'export'
          ? html`<export-dialog
              .open=${true}
              .running=${state.transfer.running}
              .progress=${state.transfer.progress}
              .exported=${state.transfer.exported}
              .tags=${state.tags}
              .selection=${state.selection}
              @export-request=${(e: PresscutEvent<'export-request'>) => store.transfer.exportClips(e.detail)}
              @transfer-close=${() => store.transfer.close()}
            ></export-dialog>`
          : nothing
      }
      <recovery-notice
        .recovery=${state.transfer.recovery}
        @recovery-dismiss=${() => store.transfer.dismissRecovery()}
      ></recovery-notice>
      ${
        state.settingsOpen
          ? html`<settings-dialog
              .open=${true}
              .status=${state.shortcutStatus}
              .error=${state.shortcutError}
              @shortcut-change=${(e: PresscutEvent<'shortcut-change'>) => store.desktop.setShortcut(e.detail.accelerator)}
              @popup-close=${() => store.desktop.closeSettings()}
            ></settings-dialog>`
          : nothing
      }
      <file-drop
        @files-drop=${(e: PresscutEvent<'files-drop'>) =>
          store.transfer.takesFiles(e.detail.files)
            ? store.transfer.importFiles(e.detail.files)
            : store.desktop.clipFiles(e.detail.files)}
      ></file-drop>
      <undo-toast
        .message=${state.toast?.message ?? null}
        .canUndo=${!!state.toast?.undo}
        @toast-undo=${() => store.undo()}
        @toast-dismiss=${() => store.dismissToast()}
      ></undo-toast>
      ${
        state.error
          ? html`<div class="error" role="alert">
              <span>${state.error}</span>
              <button aria-label="Close message" @click=${() => store.dismissError()}>✕</button>
            </div>`
          : nothing
      }
    `;
  }

  #renderLibrary() {
    const state = this.#store.state;
    const store = this.#store.store;
    const clips = store.visibleClips;
    const selected = state.clips.filter((c) => state.selection.includes(c.id));
    const known = state.tags.map((t) => t.name);
    return html`<nav class="library" aria-label="Library">
        ${
          selected.length > 1
            ? html`<bulk-bar
                .count=${selected.length}
                .tags=${[...new Set(selected.flatMap((c) => c.tags))]}
                .known=${known}
                @tags-change=${(e: PresscutEvent<'tags-change'>) => store.tagging.change(state.selection, e.detail)}
                @selection-clear=${() => store.clearSelection()}
              ></bulk-bar>`
            : nothing
        }
        <clip-list
          .clips=${clips}
          .selectedId=${state.selectedId}
          .selection=${state.selection}
          .terms=${store.searchTerms}
          @clip-select=${(e: PresscutEvent<'clip-select'>) => store.select(e.detail.id, e.detail.mode)}
          @clip-delete=${(e: PresscutEvent<'clip-delete'>) => store.remove(e.detail.id)}
        ></clip-list>
        ${clips.length === 0 && state.loaded ? html`<p class="placeholder">${this.#emptyListMessage()}</p>` : nothing}
      </nav>
      <main>
        ${
          state.openClip
            ? html`<clip-reader
                .clip=${state.openClip}
                .knownTags=${known}
                .suggestions=${state.suggestions}
                .highlightColor=${state.settings?.highlightColor ?? 'yellow'}
                .settings=${state.settings}
                .editing=${state.editing}
                .reveal=${state.reveal}
                .noteFor=${state.noteFor}
                .terms=${store.searchTerms.get(state.openClip.record.id) ?? []}
                @clip-delete=${(e: PresscutEvent<'clip-delete'>) => store.remove(e.detail.id)}
                @link-open=${(e: PresscutEvent<'link-open'>) => store.openLink(e.detail.url)}
                @tags-change=${(e: PresscutEvent<'tags-change'>) => store.tagging.change([state.openClip!.record.id], e.detail)}
                @highlight-create=${(e: PresscutEvent<'highlight-create'>) => {
                  const { withNote, ...range } = e.detail;
                  void store.annotating.highlight(range, withNote);
                }}
                @annotation-update=${(e: PresscutEvent<'annotation-update'>) => {
                  const { id, ...patch } = e.detail;
                  void store.annotating.update(id, patch);
                }}
                @annotation-delete=${(e: PresscutEvent<'annotation-delete'>) => store.annotating.remove(e.detail.id)}
                @annotation-reveal=${() => store.annotating.revealed()}
                @page-note-change=${(e: PresscutEvent<'page-note-change'>) => store.annotating.setPageNote(e.detail.note)}
                @edit-start=${() => store.editing.start()}
                @edit-cancel=${() => store.editing.cancel()}
                @edit-save=${(e: PresscutEvent<'edit-save'>) => store.editing.save(e.detail)}
                @removed-restore=${(e: PresscutEvent<'removed-restore'>) => store.editing.restoreRemoved(e.detail.index)}
                @clip-reclean=${() => store.editing.reclean()}
                @original-show=${() => store.showOriginal()}
                @settings-change=${(e: PresscutEvent<'settings-change'>) => store.updateSettings(e.detail)}
                @clip-step=${(e: PresscutEvent<'clip-step'>) => store.step(e.detail.delta)}
                @reading-progress=${(e: PresscutEvent<'reading-progress'>) => store.reading.progress(e.detail.progress, e.detail.atEnd)}
                @reading-toggle=${(e: PresscutEvent<'reading-toggle'>) => store.reading.toggle(e.detail.key)}
              ></clip-reader>`
            : html`<div class="placeholder">
                ${state.loaded ? 'Choose a clip to read it.' : ''}
              </div>`
        }
      </main>`;
  }

  #renderAnnotations() {
    const state = this.#store.state;
    const store = this.#store.store;
    return html`<main>
      <annotations-view
        .entries=${state.annotationEntries}
        .filter=${state.annotationFilter}
        .tags=${state.tags}
        @annotation-filter=${(e: PresscutEvent<'annotation-filter'>) => store.annotating.filter(e.detail)}
        @annotation-open=${(e: PresscutEvent<'annotation-open'>) => store.annotating.open(e.detail.clipId, e.detail.annotationId)}
      ></annotations-view>
    </main>`;
  }

  #onPaste = (event: ClipboardEvent): void => {
    const state = this.#store.state;
    if (
      inEditableField(event) ||
      state.preview ||
      state.pasteBoxOpen ||
      state.settingsOpen ||
      state.transfer.dialog ||
      !event.clipboardData
    )
      return;
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    const html = event.clipboardData.getData('text/html');
    void this.#store.store.previewPaste(html ? { text, html } : { text });
  };

  #emptyListMessage(): string {
    const { search, tagFilter, shelf } = this.#store.state;
    if (search) return 'No clip matches this search.';
    if (tagFilter.length) return 'No clip here carries all of these tags.';
    return {
      clips: 'Every clip is archived.',
      unread: 'Nothing left unread.',
      favorites: 'No favourites yet: star a clip in the reader.',
      archive: 'Nothing archived.',
    }[shelf];
  }

  get #list(): ClipList | null {
    return this.renderRoot.querySelector('clip-list');
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    const store = this.#store.store;
    const state = this.#store.state;
    if (
      inEditableField(event) ||
      state.preview ||
      state.pasteBoxOpen ||
      state.shortcutsOpen ||
      state.original ||
      state.settingsOpen ||
      state.transfer.dialog
    )
      return;
    const mod = isMac ? event.metaKey : event.ctrlKey;
    const key = event.key;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
    const act = (action: () => unknown) => {
      event.preventDefault();
      void action();
    };
    if (mod && key.toLowerCase() === 'z' && !event.shiftKey && state.toast?.undo)
      act(() => store.undo());
    else if (mod && key.toLowerCase() === 'n') act(() => store.openPasteBox());
    else if (plain && key === '?') act(() => store.showShortcuts(true));
    else if ((plain && key === '/') || (mod && key.toLowerCase() === 'f'))
      act(() => this.renderRoot.querySelector<SearchBox>('search-box')?.focusBox());
    else if (plain && (key === 'j' || key === 'k'))
      act(() => this.#list?.moveCursor(key === 'j' ? 1 : -1));
    else if (plain && (key === 'n' || key === 'p') && state.openClip)
      act(() => store.step(key === 'n' ? 1 : -1));
    else if (key === 'Escape' && state.view === 'library') act(() => this.#list?.focusList());
    // Enter with nothing focused (after j/k, before focus has landed) opens the list's cursor.
    else if (key === 'Enter' && event.target === document.body && state.view === 'library')
      act(() => this.#list?.openCursor());
  };
}

customElements.define('presscut-app', PresscutApp);

declare global {
  interface HTMLElementTagNameMap {
    'presscut-app': PresscutApp;
  }
}
