import { css, html, nothing } from 'lit';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const TYPING_PAUSE_MS = 120;

/**
 * The library's search field. Words, "quoted phrases", -exclusions and filters
 * such as tag:, source:, is:unread, has:annotation, before:/after:.
 *
 * @event search-change - the query changed (after a pause in typing, or at once on Enter and Esc).
 */
export class SearchBox extends PresscutElement {
  static override properties = {
    query: {},
    error: {},
    total: { attribute: false },
  };

  /** What the box holds. */
  declare query: string;
  /** Why the query could not be run. */
  declare error: string | null;
  /** How many clips the query found; null when there is no query. */
  declare total: number | null;
  #typing: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      input {
        width: 100%;
        box-sizing: border-box;
        padding: 6px 10px;
        border-radius: 999px;
      }
      input {
        padding-right: 8.5rem;
      }
      .status {
        position: absolute;
        top: 50%;
        right: 32px;
        transform: translateY(-50%);
        font-size: 12px;
        color: var(--pc-muted);
        white-space: nowrap;
        pointer-events: none;
      }
      .status.error {
        top: calc(100% + 4px);
        right: auto;
        left: 0;
        transform: none;
        z-index: 5;
        pointer-events: auto;
        color: var(--pc-danger);
        background: var(--pc-surface);
        border: 1px solid var(--pc-danger);
        border-radius: 6px;
        padding: 4px 8px;
        white-space: normal;
        width: max(100%, 24rem);
      }
    `,
  ];

  constructor() {
    super();
    this.query = '';
    this.error = null;
    this.total = null;
  }

  /** Puts the cursor in the box, its text selected. */
  focusBox(): void {
    const input = this.renderRoot.querySelector('input');
    input?.focus();
    input?.select();
  }

  override render() {
    return html`<input
        type="search"
        aria-label="Search clips"
        aria-describedby="search-status"
        placeholder="Search   (/)"
        .value=${this.query}
        @input=${this.#onInput}
        @keydown=${this.#onKeyDown}
      />
      ${
        this.error
          ? html`<div id="search-status" class="status error" role="alert">${this.error}</div>`
          : this.total !== null
            ? html`<div id="search-status" class="status" role="status">
                ${this.total === 1 ? '1 clip found' : `${this.total.toLocaleString()} clips found`}
              </div>`
            : nothing
      }`;
  }

  #onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.emit('search-change', { query }), TYPING_PAUSE_MS);
  }

  #onKeyDown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key === 'Enter') {
      clearTimeout(this.#typing);
      this.emit('search-change', { query: input.value });
    } else if (event.key === 'Escape') {
      event.stopPropagation();
      clearTimeout(this.#typing);
      input.value = '';
      input.blur();
      this.emit('search-change', { query: '' });
    }
  }
}

customElements.define('search-box', SearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'search-box': SearchBox;
  }
}
