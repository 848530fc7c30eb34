import { css, html, nothing, type PropertyValues } from 'lit';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const SHOWN_FOR_MS = 8000;

/**
 * A short message at the bottom of the window, with Undo when the action can be undone.
 *
 * @event toast-undo - Undo was chosen.
 * @event toast-dismiss - the message was closed, or its time ran out.
 */
export class UndoToast extends PresscutElement {
  static override properties = {
    message: {},
    canUndo: { type: Boolean },
  };

  /** The message; nothing is shown without one. */
  declare message: string | null;
  /** Whether to offer Undo. */
  declare canUndo: boolean;
  #timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    controlStyles,
    css`
      :host {
        position: fixed;
        left: 50%;
        bottom: 24px;
        transform: translateX(-50%);
        z-index: 10;
      }
      .toast {
        display: flex;
        align-items: center;
        gap: 12px;
        background: var(--pc-text);
        color: var(--pc-bg);
        padding: 8px 8px 8px 16px;
        border-radius: var(--pc-radius);
        box-shadow: var(--pc-shadow);
        max-width: 36rem;
      }
      button {
        background: transparent;
        color: inherit;
        border-color: color-mix(in srgb, var(--pc-bg) 40%, transparent);
      }
    `,
  ];

  constructor() {
    super();
    this.message = null;
    this.canUndo = false;
  }

  override render() {
    return html`<div role="status" aria-live="polite">
      ${
        this.message
          ? html`<div class="toast">
              <span>${this.message}</span>
              ${this.canUndo ? html`<button @click=${() => this.emit('toast-undo', null)}>Undo</button>` : nothing}
              <button aria-label="Close message" @click=${() => this.emit('toast-dismiss', null)}>
                ✕
              </button>
            </div>`
          : nothing
      }
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('message')) return;
    clearTimeout(this.#timer);
    if (this.message)
      this.#timer = setTimeout(() => this.emit('toast-dismiss', null), SHOWN_FOR_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }
}

customElements.define('undo-toast', UndoToast);

declare global {
  interface HTMLElementTagNameMap {
    'undo-toast': UndoToast;
  }
}
