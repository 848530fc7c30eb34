import { css } from 'lit';

export const presscutAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto 1fr;
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
    grid-template-columns: 190px minmax(240px, 320px) 1fr;
    min-height: 0;
  }
  .panes.annotations {
    grid-template-columns: 190px 1fr;
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
  .error {
    position: fixed;
    top: 56px;
    left: 50%;
    transform: translateX(-50%);
    display: flex;
    gap: 12px;
    align-items: center;
    max-width: 40rem;
    padding: 10px 10px 10px 16px;
    border-radius: var(--pc-radius);
    background: var(--pc-surface);
    border: 1px solid var(--pc-danger);
    color: var(--pc-text);
    box-shadow: var(--pc-shadow);
    z-index: 20;
  }
`;
