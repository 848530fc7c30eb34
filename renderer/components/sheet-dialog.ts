import { css } from 'lit';

/** A sheet over the window (a paste, settings, an import…): a modal dialog with a title and its buttons at the bottom right. */
export const sheetStyles = css`
  dialog {
    width: min(34rem, 90vw);
    border: 1px solid var(--pc-border);
    border-radius: 12px;
    background: var(--pc-surface);
    color: var(--pc-text);
    box-shadow: var(--pc-shadow);
    padding: 20px 24px;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    margin: 0 0 8px;
    font-size: 18px;
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 8px;
    margin-top: 16px;
  }
`;
