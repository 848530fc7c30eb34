import { css, html } from 'lit';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * What an empty library says: how to make the first clip.
 *
 * @event paste-box-open - the person asked for the New clip box.
 * @event transfer-open - the person asked to import a library.
 */
export class EmptyLibrary extends PresscutElement {
  static override properties = {
    shortcut: {},
  };

  /** The paste shortcut as this platform writes it. */
  declare shortcut: string;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: grid;
        place-items: center;
        text-align: center;
        padding: 32px;
      }
      h2 {
        font-family: var(--pc-font-reading);
        font-size: 28px;
        margin: 0 0 12px;
      }
      p {
        color: var(--pc-muted);
        max-width: 30rem;
        line-height: 1.5;
        margin: 0 auto 20px;
      }
      .import {
        margin-top: 28px;
        font-size: 14px;
      }
      kbd {
        font-family: var(--pc-font-mono);
        border: 1px solid var(--pc-border);
        border-bottom-width: 2px;
        border-radius: 4px;
        padding: 1px 6px;
        background: var(--pc-surface);
      }
    `,
  ];

  constructor() {
    super();
    this.shortcut = 'Ctrl+V';
  }

  override render() {
    return html`<div>
      <h2>Paste an article: <kbd>${this.shortcut}</kbd></h2>
      <p>
        Copy a news page in your browser — the whole page is fine, menus and all — and paste it
        here. Presscut keeps the article, drops the rest, and saves it in your library to read
        offline.
      </p>
      <button class="primary" @click=${() => this.emit('paste-box-open', null)}>New clip</button>
      <p class="import">
        Coming from Pocket, Instapaper, Omnivore or Wallabag?
        <button @click=${() => this.emit('transfer-open', { dialog: 'import' })}>
          Import your library…
        </button>
      </p>
    </div>`;
  }
}

customElements.define('empty-library', EmptyLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'empty-library': EmptyLibrary;
  }
}
