import { css, html, type PropertyValues } from 'lit';
import { PresscutElement } from '../components/presscut-element.ts';
import { deepActiveElement, focusablesIn } from './focus.ts';
import { followReference, type Placement, type ReferenceElement } from './place.ts';

/** Panels open now that Esc closes, so the window's own Esc stands aside while one is there. */
const openPanels = new Set<PopoverPanel>();
/** Panels that only inform (a tooltip, a toast): Esc is not theirs first. */
const INFORMING = new Set(['tooltip', 'status']);

/** Whether a panel Esc would close is open (Esc is then its to handle). */
export function anyPanelOpen(): boolean {
  return openPanels.size > 0;
}

/** Whether an event happened inside an open panel (a key pressed in a menu is the menu's). */
export function inOpenPanel(event: Event): boolean {
  return event.composedPath().some((el) => el instanceof PopoverPanel && el.open);
}

/**
 * A panel that floats beside what opened it, above everything else (the
 * platform's top layer, so no ancestor's overflow clips it): a menu, a
 * popover, a floating toolbar. Placed by Floating UI inside the window
 * (flipped and shifted at the edges) and following its anchor as the page
 * scrolls and reflows. Unless `manual`, Esc or a click outside closes it
 * (the Popover API's light dismiss), and focus goes back where it was.
 *
 * Open it from a button with `popovertarget` (the platform then toggles it
 * and tells assistive technology it is expanded), or with `show()`. Without
 * an anchor it stays where its owner's styles put it (a toast, an alert).
 * With `role="menu"`, the arrow keys, Home and End move between its
 * `menuitem`s and Tab closes it.
 *
 * @slot - the panel's content.
 * @event panel-toggle - the panel opened or closed; `detail.open` says which.
 */
export class PopoverPanel extends PresscutElement {
  static override properties = {
    placement: {},
    anchorId: { attribute: 'anchor' },
    manual: { type: Boolean },
  };

  /** Where the panel goes, relative to its anchor. */
  declare placement: Placement;
  /** The id of the element (in the same shadow root) the panel opens beside. */
  declare anchorId: string;
  /** Closes only when told to (no light dismiss, no Esc): a toolbar that follows a selection. */
  declare manual: boolean;
  /** What the panel opens beside, when it is not `anchorId`'s element: a row, a highlight, a range. */
  anchor: ReferenceElement | null = null;
  /** What had focus when the panel opened. */
  #returnTo: HTMLElement | null = null;
  #stopFollowing: (() => void) | null = null;

  static override styles = css`
    :host {
      position: fixed;
      inset: auto;
      margin: 0;
      box-sizing: border-box;
      max-width: calc(100vw - 16px);
      overflow: auto;
      padding: 6px;
      color: var(--pc-text);
      background: var(--pc-surface);
      border: 1px solid var(--pc-border);
      border-radius: var(--pc-radius);
      box-shadow: var(--pc-shadow);
      font-family: var(--pc-font-ui);
      font-size: 13px;
    }
    :host([role='menu']) {
      min-width: 12rem;
      padding: 4px;
    }
    :host([role='menu']:popover-open) {
      display: grid;
    }
  `;

  constructor() {
    super();
    this.placement = 'bottom-start';
    this.anchorId = '';
    this.manual = false;
  }

  get open(): boolean {
    return this.matches(':popover-open');
  }

  /** Opens the panel beside an anchor (the last one, or `anchorId`'s, without one). */
  show(anchor?: ReferenceElement): void {
    if (anchor) this.setAnchor(anchor);
    if (!this.open) this.showPopover();
  }

  hide(): void {
    if (this.open) this.hidePopover();
  }

  /** Sets what the panel opens beside; an open panel moves there. */
  setAnchor(anchor: ReferenceElement): void {
    this.anchor = anchor;
    if (this.open) this.#follow();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.popover = this.manual ? 'manual' : 'auto';
    this.addEventListener('beforetoggle', this.#onBeforeToggle);
    this.addEventListener('toggle', this.#onToggle);
    this.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('beforetoggle', this.#onBeforeToggle);
    this.removeEventListener('toggle', this.#onToggle);
    this.removeEventListener('keydown', this.#onKeyDown);
    this.#stopFollowing?.();
    openPanels.delete(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manual')) this.popover = this.manual ? 'manual' : 'auto';
  }

  override render() {
    return html`<slot @slotchange=${this.#onSlotChange}></slot>`;
  }

  /** Focus goes to the first menu item, or the control marked `autofocus`. */
  #focusFirst(): void {
    const first =
      this.getAttribute('role') === 'menu'
        ? this.#items[0]
        : (this.querySelector<HTMLElement>('[autofocus]') ?? null);
    first?.focus();
  }

  /** Content drawn only once the panel opened (to keep a page light) gets focus when it arrives. */
  #onSlotChange = (): void => {
    if (this.open && !this.matches(':focus-within')) this.#focusFirst();
  };

  #follow(): void {
    this.#stopFollowing?.();
    const anchor =
      this.anchor ?? (this.getRootNode() as ShadowRoot | Document).getElementById(this.anchorId);
    this.#stopFollowing = anchor ? followReference(this, anchor, this.placement) : null;
  }

  get #items(): HTMLElement[] {
    return focusablesIn(this).filter((el) => el.getAttribute('role')?.startsWith('menuitem'));
  }

  /** Told at once (`toggle` comes a task later), so a key pressed meanwhile sees the panel as it is. */
  #onBeforeToggle = (event: Event): void => {
    const open = (event as ToggleEvent).newState === 'open';
    if (open && !INFORMING.has(this.getAttribute('role') ?? '')) openPanels.add(this);
    else openPanels.delete(this);
    if (open) this.#returnTo = deepActiveElement();
    else this.#giveFocusBack();
  };

  /**
   * Closing with focus inside, focus goes back to what had it before (the
   * button that opened it): the platform does not when the panel's owner
   * takes the content away as it closes, and focus would fall to the page.
   */
  #giveFocusBack(): void {
    const to = this.#returnTo;
    this.#returnTo = null;
    if (to?.isConnected && !this.contains(to) && this.matches(':focus-within'))
      to.focus({ preventScroll: true });
  }

  #onToggle = (event: Event): void => {
    const open = (event as ToggleEvent).newState === 'open';
    if (open) {
      this.#follow();
      this.#focusFirst();
    } else {
      this.#stopFollowing?.();
      this.#stopFollowing = null;
    }
    this.emit('panel-toggle', { open });
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.manual) {
      event.stopPropagation();
      this.hide();
      return;
    }
    if (this.getAttribute('role') !== 'menu') return;
    if (event.key === 'Tab') {
      this.hide();
      return;
    }
    const items = this.#items;
    const at = items.indexOf(event.target as HTMLElement);
    const next = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    }[event.key];
    if (next === undefined || items.length === 0) return;
    event.preventDefault();
    items[next].focus();
  };
}

customElements.define('popover-panel', PopoverPanel);

declare global {
  interface HTMLElementTagNameMap {
    'popover-panel': PopoverPanel;
  }
}
