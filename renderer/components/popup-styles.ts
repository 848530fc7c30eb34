import { css } from 'lit';
import type { ScreenRect } from './events.ts';

/**
 * Places a popup centred over (or under) a rectangle of the screen. Set
 * through the CSSOM: the page's CSP refuses inline style attributes.
 */
export function placePopup(popup: HTMLElement | null, rect: ScreenRect, below: boolean): void {
  if (!popup) return;
  popup.style.left = `${rect.left + rect.width / 2}px`;
  popup.style.top = `${below ? rect.bottom : rect.top}px`;
}

/** A small panel floating above the text, placed by its host in viewport coordinates. */
export const popupStyles = css`
  .popup {
    position: fixed;
    z-index: 30;
    transform: translate(-50%, calc(-100% - 8px));
    background: var(--pc-surface);
    color: var(--pc-text);
    border: 1px solid var(--pc-border);
    border-radius: var(--pc-radius);
    box-shadow: var(--pc-shadow);
    padding: 6px;
    font-family: var(--pc-font-ui);
    font-size: 13px;
  }
  .popup.below {
    transform: translate(-50%, 8px);
  }
  .swatch {
    width: 22px;
    height: 22px;
    padding: 0;
    border-radius: 50%;
  }
  .swatch[aria-pressed='true'] {
    outline: 2px solid var(--pc-text);
    outline-offset: 1px;
  }
`;
