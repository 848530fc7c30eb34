import { css } from 'lit';

export const clipListStyles = css`
  :host {
    display: block;
    position: relative;
  }
  lit-virtualizer {
    height: 100%;
    box-sizing: border-box;
    padding-bottom: 16px;
    outline: none;
  }
  /*
   * The gap around a row is its margin, not the list's padding: the
   * virtualizer places rows itself once it has laid them out, ignoring its
   * own padding, and the list would shift after the first click.
   */
  .row {
    width: calc(100% - 16px);
    margin: 4px 8px;
    box-sizing: border-box;
    padding: 10px 12px;
    border-radius: var(--pc-radius);
    cursor: pointer;
    /* A row is chosen, not its text: Shift-click picks a run of clips, not the words between two clicks. */
    user-select: none;
  }
  .row:hover {
    background: color-mix(in srgb, var(--pc-selected) 60%, transparent);
  }
  .row[aria-selected='true'] {
    background: color-mix(in srgb, var(--pc-selected) 70%, transparent);
  }
  .row.open {
    background: var(--pc-selected);
    box-shadow: inset 3px 0 0 var(--pc-accent);
  }
  /* The cursor shows while the list has keyboard focus. */
  lit-virtualizer:focus-visible .row.cursor {
    box-shadow: inset 0 0 0 2px var(--pc-focus);
  }
  lit-virtualizer:focus-visible .row.cursor.open {
    box-shadow:
      inset 3px 0 0 var(--pc-accent),
      inset 0 0 0 2px var(--pc-focus);
  }
  .title {
    font-weight: 600;
    line-height: 1.3;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .unread .title::before {
    content: '';
    display: inline-block;
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: var(--pc-accent);
    margin: 0 6px 2px 0;
  }
  .meta {
    color: var(--pc-muted);
    font-size: 12px;
    margin: 3px 0;
  }
  .excerpt {
    color: var(--pc-muted);
    font-size: 13px;
    line-height: 1.4;
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    margin-top: 6px;
  }
  .tag,
  .count {
    font-size: 11px;
    color: var(--pc-muted);
    border: 1px solid var(--pc-border);
    border-radius: 999px;
    padding: 0 7px;
  }
  .tag.link-only {
    border-style: dashed;
  }
  /*
   * A row whose clip is on its way: the outline of one, its lines where the
   * title, outlet and opening will be, at a row's usual height so nothing
   * jumps when it comes. It fades in after a moment: a window that comes at
   * once is never seen as outlines.
   */
  .row.waiting {
    cursor: default;
    animation: waiting-in 0.4s 0.15s both;
  }
  .bar {
    height: 9px;
    margin: 7px 0;
    border-radius: 4px;
    background: color-mix(in srgb, var(--pc-muted) 16%, transparent);
  }
  .bar.title-bar {
    height: 12px;
    width: 70%;
    margin-top: 3px;
    background: color-mix(in srgb, var(--pc-muted) 26%, transparent);
  }
  .bar.meta-bar {
    width: 35%;
  }
  .bar.short {
    width: 55%;
  }
  @keyframes waiting-in {
    from {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .row.waiting {
      animation: none;
    }
  }
`;
