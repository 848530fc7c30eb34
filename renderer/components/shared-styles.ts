import { css } from 'lit';

/** Buttons and focus rings, the same in every component. */
export const controlStyles = css`
  button {
    font: inherit;
    color: inherit;
    border: 1px solid var(--pc-border);
    background: var(--pc-surface);
    border-radius: 6px;
    padding: 6px 12px;
    cursor: pointer;
  }
  button:hover {
    border-color: var(--pc-faint);
  }
  button.primary {
    background: var(--pc-accent);
    border-color: var(--pc-accent);
    color: var(--pc-accent-text);
    font-weight: 600;
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  button.quiet:hover {
    background: var(--pc-selected);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  :focus-visible {
    outline: 2px solid var(--pc-focus);
    outline-offset: 2px;
  }
  /* What a field holds is text to read, in the text's colour, even inside a label set in a quieter one. */
  input,
  textarea,
  select {
    font: inherit;
    color: var(--pc-text);
    background: var(--pc-surface);
    border: 1px solid var(--pc-border);
    border-radius: 6px;
    padding: 6px 8px;
  }
  select {
    padding: 5px 6px;
  }
`;
