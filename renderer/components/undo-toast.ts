import { css, html, type PropertyValues } from 'lit';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const SHOWN_FOR_MS = 8000;

/**
 * A short message at the bottom of the window, with Undo when the action can
 * be undone. It floats above everything (a manual popover), so nothing covers
 * it, and goes by itself after a while.
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
      popover-panel {
        left: 50%;
        bottom: 24px;
        transform: translateX(-50%);
        max-width: min(36rem, calc(100vw - 32px));
        padding: 8px 8px 8px 16px;
        background: var(--pc-text);
        color: var(--pc-bg);
        border-color: var(--pc-text);
        font-size: 14px;
      }
      popover-panel:popover-open {
        display: flex;
        align-items: center;
        gap: 12px;
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
    return html`<popover-panel manual role="status" aria-live="polite">
      <span>${this.message ?? ''}</span>
      ${this.canUndo ? html`<button @click=${() => this.emit('toast-undo', null)}>Undo</button>` : ''}
      <button aria-label="Close message" @click=${() => this.emit('toast-dismiss', null)}>✕</button>
    </popover-panel>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('message')) return;
    const panel = this.renderRoot.querySelector<PopoverPanel>('popover-panel');
    clearTimeout(this.#timer);
    if (this.message) {
      // Shown again, it comes to the top: above a dialog opened since.
      panel?.hide();
      panel?.show();
      this.#timer = setTimeout(() => this.emit('toast-dismiss', null), SHOWN_FOR_MS);
    } else panel?.hide();
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
