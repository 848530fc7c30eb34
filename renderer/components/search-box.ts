import { css, html, nothing, type PropertyValues } from 'lit';
import type { IndexingProgress } from '../../electron/api/contract.ts';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const TYPING_PAUSE_MS = 120;
/** Room the words typed keep at least; a narrower field shows its count to screen readers only. */
const MIN_TEXT_PX = 112;
/** Room for ✕ at the field's end, and the margin either side of the count. */
const CLEAR_PX = 34;
const EDGE_PX = 10;

/**
 * The library's search field. Words, "quoted phrases", -exclusions and filters
 * such as tag:, source:, is:unread, has:annotation, before:/after:. How many
 * clips a query found shows in the field; why a query cannot run shows right
 * under it.
 *
 * @event search-change - the query changed (after a pause in typing, or at once on Enter, Esc and ✕).
 */
export class SearchBox extends PresscutElement {
  static override properties = {
    query: {},
    error: {},
    total: { attribute: false },
    indexing: { attribute: false },
    typed: { state: true },
  };

  /** What the box holds. */
  declare query: string;
  /** Why the query could not be run, and how to write it. */
  declare error: string | null;
  /** How many clips the query found; null when there is no query. */
  declare total: number | null;
  /** How far the search index has got while it is being built: the count is then of the clips indexed so far. */
  declare indexing: IndexingProgress | null;
  /** Whether the field holds anything (it offers ✕ then). */
  declare typed: boolean;
  #typing: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      .field {
        position: relative;
        display: flex;
        align-items: center;
      }
      input {
        flex: 1;
        min-width: 0;
        box-sizing: border-box;
        padding: 6px 10px;
        border-radius: 999px;
      }
      input::-webkit-search-cancel-button {
        appearance: none;
      }
      input[aria-invalid='true'] {
        border-color: var(--pc-danger);
      }
      .status {
        position: absolute;
        right: 34px;
        font-size: 12px;
        color: var(--pc-muted);
        white-space: nowrap;
        pointer-events: none;
      }
      .status.unseen {
        clip-path: inset(50%);
        width: 1px;
        overflow: hidden;
      }
      .clear {
        position: absolute;
        right: 4px;
        width: 26px;
        height: 26px;
        padding: 0;
        border: none;
        border-radius: 50%;
        background: transparent;
        color: var(--pc-muted);
      }
      .clear:hover {
        background: var(--pc-selected);
      }
      popover-panel {
        max-width: 28rem;
        padding: 6px 10px;
        color: var(--pc-danger);
        border-color: var(--pc-danger);
        line-height: 1.4;
      }
    `,
  ];

  constructor() {
    super();
    this.query = '';
    this.error = null;
    this.total = null;
    this.indexing = null;
    this.typed = false;
  }

  /** Puts the cursor in the box, its text selected. */
  focusBox(): void {
    const input = this.#input;
    input?.focus();
    input?.select();
  }

  get #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.typed = this.query !== '';
  }

  protected override firstUpdated(): void {
    const field = this.renderRoot.querySelector<HTMLElement>('.field');
    if (field) new ResizeObserver(() => this.#fitEnd()).observe(field);
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#fitEnd();
    if (!changed.has('error')) return;
    const panel = this.renderRoot.querySelector<PopoverPanel>('popover-panel');
    if (this.error) panel?.show();
    else panel?.hide();
  }

  override render() {
    return html`<div class="field">
        <input
          id="box"
          type="search"
          aria-label="Search clips"
          aria-describedby=${this.error ? 'search-error' : 'search-status'}
          aria-invalid=${this.error ? 'true' : 'false'}
          placeholder="Search   (/)"
          .value=${this.query}
          @input=${this.#onInput}
          @keydown=${this.#onKeyDown}
        />
        ${
          this.total !== null && !this.error
            ? html`<span id="search-status" class="status" role="status"
                >${this.#status(this.total)}</span
              >`
            : nothing
        }
        ${
          this.typed
            ? html`<button class="clear" aria-label="Clear the search" @click=${this.#clear}>
                ✕
              </button>`
            : nothing
        }
      </div>
      <popover-panel manual id="search-error" anchor="box" placement="bottom-start" role="alert"
        >${this.error ?? ''}</popover-panel
      >`;
  }

  #status(total: number): string {
    const found = total === 1 ? '1 clip found' : `${total.toLocaleString()} clips found`;
    if (!this.indexing) return found;
    const { done, total: all } = this.indexing;
    const share = all > 0 ? Math.floor((100 * done) / all) : 0;
    return `${found} so far · indexing, ${share}%`;
  }

  /**
   * Keeps the field's end clear for what sits there (✕, and the count when
   * there is room for it beside the words typed), and no more: a fixed
   * reserve left a narrow window's field a few letters wide.
   */
  #fitEnd(): void {
    const input = this.#input;
    if (!input) return;
    const status = this.renderRoot.querySelector<HTMLElement>('.status');
    let end = this.typed ? CLEAR_PX : EDGE_PX;
    if (status) {
      status.classList.remove('unseen');
      const withCount = end + status.offsetWidth + EDGE_PX;
      if (input.offsetWidth - withCount - EDGE_PX >= MIN_TEXT_PX) end = withCount;
      else status.classList.add('unseen');
    }
    input.style.paddingRight = `${end}px`;
  }

  #onInput(event: Event): void {
    const query = (event.target as HTMLInputElement).value;
    this.typed = query !== '';
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.emit('search-change', { query }), TYPING_PAUSE_MS);
  }

  #clear(): void {
    clearTimeout(this.#typing);
    const input = this.#input;
    if (input) input.value = '';
    this.typed = false;
    this.emit('search-change', { query: '' });
    input?.focus();
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
      this.typed = false;
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
