import { css, html, type PropertyValues } from 'lit';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import type { PresscutEvent } from './events.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * A failure no dialog or field was there to show (a paste with nothing in
 * it, a call to main that failed), at the top of the window. It floats above
 * everything; ✕, Esc or a click anywhere else dismisses it.
 *
 * @event alert-dismiss - the message was dismissed.
 */
export class WindowAlert extends PresscutElement {
  static override properties = {
    message: {},
  };

  /** What went wrong and what to do; nothing is shown without it. */
  declare message: string | null;

  static override styles = [
    controlStyles,
    css`
      popover-panel {
        top: 56px;
        left: 50%;
        transform: translateX(-50%);
        max-width: min(40rem, calc(100vw - 32px));
        padding: 10px 10px 10px 16px;
        border-color: var(--pc-danger);
        font-size: 14px;
      }
      popover-panel:popover-open {
        display: flex;
        align-items: center;
        gap: 12px;
      }
    `,
  ];

  constructor() {
    super();
    this.message = null;
  }

  override render() {
    return html`<popover-panel
      role="alert"
      @panel-toggle=${(e: PresscutEvent<'panel-toggle'>) =>
        !e.detail.open && this.message && this.emit('alert-dismiss', null)}
    >
      <span>${this.message ?? ''}</span>
      <button aria-label="Close message" @click=${() => this.#panel?.hide()}>✕</button>
    </popover-panel>`;
  }

  get #panel(): PopoverPanel | null {
    return this.renderRoot.querySelector('popover-panel');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('message')) return;
    if (this.message) this.#panel?.show();
    else this.#panel?.hide();
  }
}

customElements.define('window-alert', WindowAlert);

declare global {
  interface HTMLElementTagNameMap {
    'window-alert': WindowAlert;
  }
}
