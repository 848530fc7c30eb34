import { css } from 'lit';

export const presscutAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto minmax(0, 1fr);
    /* The window's width, never its content's: a bar or a reader wider than the window shrinks instead. */
    grid-template-columns: minmax(0, 1fr);
    height: 100vh;
  }
  .sidebar {
    border-right: 1px solid var(--pc-border);
    background: var(--pc-sidebar);
    overflow-y: auto;
    min-height: 0;
  }
  .panes {
    display: grid;
    /* The reader takes what is left, and never more: a wide toolbar or headline must not push the window wider. */
    grid-template-columns: 190px clamp(240px, 26vw, 320px) minmax(0, 1fr);
    min-height: 0;
  }
  .panes.annotations {
    grid-template-columns: 1fr;
  }
  .library {
    border-right: 1px solid var(--pc-border);
    background: var(--pc-sidebar);
    min-height: 0;
    display: flex;
    flex-direction: column;
  }
  clip-list {
    flex: 1;
    min-height: 0;
  }
  main {
    min-height: 0;
    display: grid;
  }
  clip-reader,
  annotations-view {
    min-height: 0;
  }
  .placeholder {
    display: grid;
    place-items: center;
    color: var(--pc-faint);
    padding: 24px;
    text-align: center;
  }
`;
