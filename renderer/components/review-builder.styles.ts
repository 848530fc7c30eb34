import { css } from 'lit';

export const reviewBuilderStyles = css`
  dialog {
    width: min(78rem, 96vw);
    height: min(56rem, 94vh);
    padding: 0;
    overflow: hidden;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(20rem, 27rem) 1fr;
    grid-template-rows: auto 1fr auto;
    height: 100%;
  }
  .head {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 12px;
    padding: 14px 20px;
    border-bottom: 1px solid var(--pc-border);
  }
  .head h2 {
    margin: 0;
    flex: 1;
  }
  form {
    overflow: auto;
    padding: 12px 20px 20px;
    border-right: 1px solid var(--pc-border);
  }
  fieldset {
    border: none;
    padding: 0;
    margin: 0 0 16px;
    display: grid;
    gap: 8px;
  }
  legend {
    font-weight: 650;
    margin-bottom: 6px;
  }
  label {
    display: grid;
    gap: 3px;
    font-size: 13px;
    color: var(--pc-muted);
  }
  label.inline {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--pc-text);
  }
  .row {
    display: flex;
    gap: 8px;
    align-items: end;
    flex-wrap: wrap;
  }
  .row > label {
    flex: 1;
    min-width: 8rem;
  }
  textarea {
    resize: vertical;
  }
  ol.stories {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 6px;
  }
  ol.stories li {
    border: 1px solid var(--pc-border);
    border-radius: 8px;
    padding: 6px 8px;
    display: grid;
    gap: 4px;
    background: var(--pc-surface);
  }
  ol.stories li:focus-visible {
    outline: 2px solid var(--pc-focus);
  }
  ol.stories li.dragging {
    opacity: 0.5;
  }
  .story-head {
    display: flex;
    gap: 6px;
    align-items: start;
  }
  .grip {
    cursor: grab;
    color: var(--pc-faint);
    user-select: none;
    padding-top: 2px;
  }
  .story-title {
    flex: 1;
    font-weight: 600;
    font-size: 13px;
  }
  .outlets {
    font-size: 12px;
    color: var(--pc-muted);
  }
  label.story-body {
    font-size: 12px;
    color: var(--pc-muted);
  }
  label.story-body select {
    flex: 1;
    min-width: 0;
  }
  .story-head button {
    padding: 0 6px;
  }
  .preview {
    overflow: auto;
    background: #e9e8e4;
    padding: 20px;
  }
  .preview review-document {
    max-width: 52rem;
    margin: 0 auto;
    padding: 1.5rem 2.5rem 3rem;
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.18);
  }
  footer {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: 8px;
    padding: 12px 20px;
    border-top: 1px solid var(--pc-border);
  }
  footer .message {
    flex: 1;
    font-size: 13px;
  }
  .error {
    color: var(--pc-danger, #b3261e);
  }
  .hint {
    font-size: 12px;
    color: var(--pc-muted);
    margin: 0;
  }
`;
