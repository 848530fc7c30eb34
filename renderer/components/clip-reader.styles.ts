import { css } from 'lit';

export const clipReaderStyles = css`
  :host {
    display: block;
    overflow-y: auto;
    background: var(--pc-surface);
    container: reader / inline-size;
  }
  /* The toolbar spans the reader above the text and the notes, and stays in reach while reading. */
  reader-toolbar {
    position: sticky;
    top: 0;
    z-index: 1;
    padding: 8px 16px;
    background: var(--pc-surface);
  }
  .layout {
    position: relative;
    display: grid;
    grid-template-columns: 1fr;
  }
  .layout.with-panel {
    grid-template-columns: minmax(0, 1fr) 18rem;
  }
  article {
    max-width: var(--pc-reading-width, 42rem);
    width: 100%;
    box-sizing: border-box;
    margin: 0 auto;
    padding: 16px 32px 80px;
    container: article / inline-size;
  }
  aside {
    border-left: 1px solid var(--pc-border);
    background: var(--pc-bg);
  }
  annotation-panel {
    position: sticky;
    top: 48px;
    max-height: calc(100vh - 100px);
    overflow-y: auto;
    box-sizing: border-box;
  }
  /* A reader too narrow for the text and the notes side by side: the notes open over the text's edge. */
  @container reader (width < 46rem) {
    .layout.with-panel {
      grid-template-columns: 1fr;
    }
    .with-panel aside {
      position: absolute;
      top: 0;
      right: 0;
      bottom: 0;
      width: min(18rem, 85%);
      box-shadow: var(--pc-shadow);
    }
    article {
      padding: 16px 24px 80px;
    }
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
    /* Smaller in a narrow column, so a long headline keeps to a few lines. */
    font-size: clamp(24px, 6cqi, 34px);
    line-height: 1.2;
    margin: 0 0 12px;
    overflow-wrap: break-word;
  }
  .meta {
    color: var(--pc-muted);
    font-size: 13px;
    margin: 0 0 12px;
  }
  .meta span + span::before {
    content: ' · ';
  }
  /* Short facts wrap whole: "3 min" at a line's end and "read" alone on the next says nothing. */
  .meta .whole {
    white-space: nowrap;
  }
  tag-editor {
    margin-bottom: 24px;
    padding-bottom: 20px;
    border-bottom: 1px solid var(--pc-border);
  }
`;
