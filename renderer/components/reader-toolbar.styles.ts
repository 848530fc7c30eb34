import { css } from 'lit';

export const readerToolbarStyles = css`
  :host {
    display: flex;
    justify-content: flex-end;
    flex-wrap: wrap;
    gap: 2px;
    font-size: 13px;
  }
  button {
    padding: 4px 10px;
  }
  button[aria-pressed='true'] {
    background: var(--pc-selected);
  }
  .spacer {
    flex: 1;
  }
  .appearance,
  .more {
    position: relative;
  }
  .menu {
    position: absolute;
    right: 0;
    top: calc(100% + 4px);
    z-index: 10;
    width: 17rem;
    padding: 12px;
    background: var(--pc-surface);
    border: 1px solid var(--pc-border);
    border-radius: var(--pc-radius);
    box-shadow: var(--pc-shadow);
  }
  .menu.actions {
    width: 14rem;
    padding: 4px;
    display: grid;
  }
  .menu.actions button {
    text-align: left;
  }
`;
