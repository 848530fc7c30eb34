import { css } from 'lit';

export const readerToolbarStyles = css`
  :host {
    display: block;
    font-size: 13px;
  }
  [role='toolbar'] {
    display: flex;
    align-items: center;
    gap: 2px;
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
  [role='menu'] button {
    text-align: left;
  }
  popover-panel[role='dialog'] {
    width: 17rem;
    padding: 12px;
  }
`;
