import { css } from 'lit';

/** The highlight colours, light and dark: one class per colour name of the model. */
export const highlightStyles = css`
  .hl {
    color: inherit;
    border-radius: 2px;
    cursor: pointer;
  }
  .hl-yellow {
    background: var(--pc-hl-yellow);
  }
  .hl-green {
    background: var(--pc-hl-green);
  }
  .hl-blue {
    background: var(--pc-hl-blue);
  }
  .hl-pink {
    background: var(--pc-hl-pink);
  }
  .hl-purple {
    background: var(--pc-hl-purple);
  }
  /* A colour to choose, as a round button. */
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
  mark.match {
    color: inherit;
    background: transparent;
    box-shadow: inset 0 -0.45em 0 var(--pc-match);
  }
`;
