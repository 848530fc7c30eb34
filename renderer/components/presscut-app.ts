import { css, html, nothing } from 'lit';
import { createApiClient } from '../api/client.ts';
import { AppStore } from '../state/app-store.ts';
import { StoreController } from '../state/store-controller.ts';
import './clip-list.ts';
import './clip-reader.ts';
import './empty-library.ts';
import type { PresscutEvent } from './events.ts';
import './paste-box.ts';
import './paste-preview.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import './undo-toast.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** Whether an event happened in a place where typing and pasting mean editing text. */
function inEditableField(event: Event): boolean {
  return event
    .composedPath()
    .some((n) => n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement || (n instanceof HTMLElement && n.isContentEditable));
}

/**
 * The Presscut window: the library list beside the reader. It owns the app's
 * store, hands its state down to the components and turns their events into actions.
 */
export class PresscutApp extends PresscutElement {
  #store = new StoreController(this, new AppStore(createApiClient(window.presscut)));

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
      .count {
        color: var(--pc-muted);
        font-size: 12px;
      }
      .spacer {
        flex: 1;
      }
      .panes {
        display: grid;
        grid-template-columns: minmax(260px, 340px) 1fr;
        min-height: 0;
      }
      nav {
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
      clip-reader {
        min-height: 0;
      }
      .placeholder {
        display: grid;
        place-items: center;
        color: var(--pc-faint);
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

  #stopListening: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#stopListening = this.#store.store.listen(window.presscutEvents);
    window.addEventListener('paste', this.#onPaste);
    window.addEventListener('keydown', this.#onKeyDown);
    void this.#store.store.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopListening?.();
    window.removeEventListener('paste', this.#onPaste);
    window.removeEventListener('keydown', this.#onKeyDown);
  }

  override render() {
    const state = this.#store.state;
    const store = this.#store.store;
    const shortcut = isMac ? '⌘V' : 'Ctrl+V';
    const empty = state.loaded && state.clips.length === 0;
    return html`
      <header class="bar">
        <h1 class="brand">Presscut</h1>
        ${state.loaded ? html`<span class="count">${state.clips.length === 1 ? '1 clip' : `${state.clips.length} clips`}</span>` : nothing}
        <span class="spacer"></span>
        <button class="primary" @click=${() => store.openPasteBox()}>New clip</button>
      </header>
      ${empty
        ? html`<empty-library .shortcut=${shortcut} @paste-box-open=${() => store.openPasteBox()}></empty-library>`
        : html`<div class="panes">
            <nav aria-label="Library">
              <clip-list
                .clips=${state.clips}
                .selectedId=${state.selectedId}
                @clip-select=${(e: PresscutEvent<'clip-select'>) => store.open(e.detail.id)}
                @clip-delete=${(e: PresscutEvent<'clip-delete'>) => store.remove(e.detail.id)}
              ></clip-list>
            </nav>
            <main>
              ${state.openClip
                ? html`<clip-reader
                    .clip=${state.openClip}
                    @clip-delete=${(e: PresscutEvent<'clip-delete'>) => store.remove(e.detail.id)}
                    @link-open=${(e: PresscutEvent<'link-open'>) => store.openLink(e.detail.url)}
                  ></clip-reader>`
                : html`<div class="placeholder">${state.loaded ? 'Choose a clip to read it.' : ''}</div>`}
            </main>
          </div>`}
      <paste-box
        .open=${state.pasteBoxOpen}
        .shortcut=${shortcut}
        @paste-submit=${(e: PresscutEvent<'paste-submit'>) => store.previewPaste(e.detail)}
        @paste-box-close=${() => store.closePasteBox()}
      ></paste-box>
      <paste-preview
        .preview=${state.preview?.result ?? null}
        .busy=${state.busy}
        @preview-save=${(e: PresscutEvent<'preview-save'>) => store.savePreview(e.detail.articles)}
        @preview-cancel=${() => store.cancelPreview()}
        @link-open=${(e: PresscutEvent<'link-open'>) => store.openLink(e.detail.url)}
      ></paste-preview>
      <undo-toast
        .message=${state.toast?.message ?? null}
        .canUndo=${!!state.toast?.undo}
        @toast-undo=${() => store.undo()}
        @toast-dismiss=${() => store.dismissToast()}
      ></undo-toast>
      ${state.error
        ? html`<div class="error" role="alert">
            <span>${state.error}</span>
            <button aria-label="Close message" @click=${() => store.dismissError()}>✕</button>
          </div>`
        : nothing}
    `;
  }

  #onPaste = (event: ClipboardEvent): void => {
    const state = this.#store.state;
    if (inEditableField(event) || state.preview || state.pasteBoxOpen || !event.clipboardData) return;
    event.preventDefault();
    const text = event.clipboardData.getData('text/plain');
    const html = event.clipboardData.getData('text/html');
    void this.#store.store.previewPaste(html ? { text, html } : { text });
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (inEditableField(event)) return;
    const mod = isMac ? event.metaKey : event.ctrlKey;
    if (mod && event.key.toLowerCase() === 'z' && !event.shiftKey && this.#store.state.toast?.undo) {
      event.preventDefault();
      void this.#store.store.undo();
    } else if (mod && event.key.toLowerCase() === 'n') {
      event.preventDefault();
      this.#store.store.openPasteBox();
    }
  };
}

customElements.define('presscut-app', PresscutApp);

declare global {
  interface HTMLElementTagNameMap {
    'presscut-app': PresscutApp;
  }
}
