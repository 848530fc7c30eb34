import { css, html, nothing } from 'lit';
import type { IndexingProgress } from '../../electron/api/contract.ts';
import type { View } from '../state/state.ts';
import { PresscutElement } from './presscut-element.ts';
import './search-box.ts';
import type { SearchBox } from './search-box.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * The window's top bar: the views, the library's search box (the
 * Annotations view has its own), and the library's commands.
 *
 * @event view-change - Library or Annotations was chosen.
 * @event search-change - the query changed (from the search box).
 * @event transfer-open - Import… or Export… was chosen.
 * @event review-open - Press review… was chosen.
 * @event settings-open - Settings was chosen.
 * @event paste-box-open - New clip was chosen.
 */
export class AppBar extends PresscutElement {
  static override properties = {
    view: {},
    query: {},
    searchError: { attribute: false },
    total: { attribute: false },
    indexing: { attribute: false },
  };

  /** The view shown. */
  declare view: View;
  /** What the search box holds. */
  declare query: string;
  /** Why the query could not be run. */
  declare searchError: string | null;
  /** How many clips the query found; null without a query. */
  declare total: number | null;
  /** How far the search index has got while it is being built; null once it holds every clip. */
  declare indexing: IndexingProgress | null;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 8px 16px;
        border-bottom: 1px solid var(--pc-border);
        background: var(--pc-sidebar);
      }
      h1 {
        font-family: var(--pc-font-reading);
        font-weight: 700;
        font-size: 18px;
        margin: 0;
      }
      nav {
        display: flex;
        gap: 2px;
        margin-left: 12px;
      }
      nav button[aria-current='page'] {
        background: var(--pc-selected);
        font-weight: 600;
      }
      search-box {
        flex: 0 1 28rem;
        min-width: 12rem;
        margin-left: 8px;
      }
      button {
        white-space: nowrap;
      }
      .spacer {
        flex: 1;
      }
    `,
  ];

  constructor() {
    super();
    this.view = 'library';
    this.query = '';
    this.searchError = null;
    this.total = null;
    this.indexing = null;
  }

  /** The search box, for the keys that focus it. */
  get searchBox(): SearchBox | null {
    return this.renderRoot.querySelector('search-box');
  }

  override render() {
    return html`<h1>Presscut</h1>
      <nav aria-label="Views">
        ${this.#viewButton('library', 'Library')} ${this.#viewButton('annotations', 'Annotations')}
      </nav>
      ${
        this.view === 'library'
          ? html`<search-box
              .query=${this.query}
              .error=${this.searchError}
              .total=${this.total}
              .indexing=${this.indexing}
            ></search-box>`
          : nothing
      }
      <span class="spacer"></span>
      <button class="quiet" @click=${() => this.emit('transfer-open', { dialog: 'import' })}>
        Import…
      </button>
      <button class="quiet" @click=${() => this.emit('transfer-open', { dialog: 'export' })}>
        Export…
      </button>
      <button class="quiet" @click=${() => this.emit('review-open', null)}>Press review…</button>
      <button class="quiet" @click=${() => this.emit('settings-open', null)}>Settings</button>
      <button class="primary" @click=${() => this.emit('paste-box-open', null)}>New clip</button>`;
  }

  #viewButton(view: View, label: string) {
    return html`<button
      class="quiet"
      aria-current=${this.view === view ? 'page' : 'false'}
      @click=${() => this.emit('view-change', { view })}
    >
      ${label}
    </button>`;
  }
}

customElements.define('app-bar', AppBar);

declare global {
  interface HTMLElementTagNameMap {
    'app-bar': AppBar;
  }
}
