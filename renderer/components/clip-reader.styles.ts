import { css } from 'lit';

export const clipReaderStyles = css`
  :host {
    display: block;
    overflow-y: auto;
    background: var(--pc-surface);
  }
  .layout {
    display: grid;
    grid-template-columns: 1fr;
  }
  .layout.with-panel {
    grid-template-columns: 1fr 18rem;
  }
  article {
    max-width: var(--pc-reading-width, 42rem);
    width: 100%;
    box-sizing: border-box;
    margin: 0 auto;
    padding: 32px 32px 80px;
  }
  aside {
    border-left: 1px solid var(--pc-border);
    background: var(--pc-bg);
  }
  annotation-panel {
    position: sticky;
    top: 0;
    max-height: 100vh;
    overflow-y: auto;
    box-sizing: border-box;
  }
  reader-toolbar {
    margin-bottom: 16px;
  }
  .kicker {
    color: var(--pc-accent);
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.06em;
    font-size: 12px;
    margin: 0 0 8px;
  }
  h1 {
    font-family: var(--pc-font-reading);
    font-size: 34px;
    line-height: 1.2;
    margin: 0 0 12px;
  }
  .meta {
    color: var(--pc-muted);
    font-size: 13px;
    margin: 0 0 12px;
  }
  .meta span + span::before {
    content: ' · ';
  }
  tag-editor {
    margin-bottom: 24px;
    padding-bottom: 20px;
    border-bottom: 1px solid var(--pc-border);
  }
`;
