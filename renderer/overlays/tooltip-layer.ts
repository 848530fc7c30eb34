import { css, html } from 'lit';
import { PresscutElement } from '../components/presscut-element.ts';
import './popover-panel.ts';
import type { PopoverPanel } from './popover-panel.ts';

/** A pointer resting this long on a control shows its tooltip; keyboard focus shows it at once. */
const HOVER_DELAY_MS = 600;

/** The control an event concerns that has a tooltip (`data-tooltip`), looking into shadow roots. */
function tipped(event: Event): HTMLElement | null {
  for (const node of event.composedPath())
    if (node instanceof HTMLElement && node.dataset.tooltip) return node;
  return null;
}

/**
 * The window's one tooltip: any control with a `data-tooltip` attribute, in
 * any component, shows it on hover (after a pause) or keyboard focus, beside
 * the control and inside the window; Esc, a click, scrolling or leaving the
 * control hides it. It replaces `title`, which shows neither on focus nor
 * in the app's colours, and never closes on Esc.
 */
export class TooltipLayer extends PresscutElement {
  #target: HTMLElement | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    popover-panel {
      padding: 4px 8px;
      font-size: 12px;
      pointer-events: none;
      background: var(--pc-text);
      color: var(--pc-bg);
      border-color: var(--pc-text);
    }
  `;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('pointerover', this.#onPointerOver);
    window.addEventListener('pointerout', this.#onLeave);
    window.addEventListener('focusin', this.#onFocusIn);
    window.addEventListener('focusout', this.#onLeave);
    window.addEventListener('pointerdown', this.#hide, true);
    window.addEventListener('scroll', this.#hide, true);
    window.addEventListener('keydown', this.#onKeyDown, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('pointerover', this.#onPointerOver);
    window.removeEventListener('pointerout', this.#onLeave);
    window.removeEventListener('focusin', this.#onFocusIn);
    window.removeEventListener('focusout', this.#onLeave);
    window.removeEventListener('pointerdown', this.#hide, true);
    window.removeEventListener('scroll', this.#hide, true);
    window.removeEventListener('keydown', this.#onKeyDown, true);
    clearTimeout(this.#timer);
  }

  override render() {
    return html`<popover-panel manual placement="bottom" role="tooltip"></popover-panel>`;
  }

  get #panel(): PopoverPanel | null {
    return this.renderRoot.querySelector('popover-panel');
  }

  #show(target: HTMLElement, delay: number): void {
    clearTimeout(this.#timer);
    this.#target = target;
    this.#timer = setTimeout(() => {
      const panel = this.#panel;
      if (!panel || this.#target !== target || !target.isConnected) return;
      panel.textContent = target.dataset.tooltip ?? '';
      panel.show(target);
    }, delay);
  }

  #hide = (): void => {
    clearTimeout(this.#timer);
    this.#target = null;
    this.#panel?.hide();
  };

  #onPointerOver = (event: PointerEvent): void => {
    const target = tipped(event);
    if (target && target !== this.#target) this.#show(target, HOVER_DELAY_MS);
  };

  #onFocusIn = (event: FocusEvent): void => {
    const target = tipped(event);
    if (target?.matches(':focus-visible')) this.#show(target, 0);
  };

  #onLeave = (event: Event): void => {
    if (this.#target && tipped(event) === this.#target) this.#hide();
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.#panel?.open) this.#hide();
  };
}

customElements.define('tooltip-layer', TooltipLayer);

declare global {
  interface HTMLElementTagNameMap {
    'tooltip-layer': TooltipLayer;
  }
}
