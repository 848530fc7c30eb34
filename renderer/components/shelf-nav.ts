import { css, html } from 'lit';
import type { Shelf } from '../state/state.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const SHELVES: [Shelf, string][] = [
  ['clips', 'Clips'],
  ['unread', 'Unread'],
  ['favorites', 'Favourites'],
  ['archive', 'Archive'],
];

/**
 * The parts of the library: clips not archived, the unread ones, favourites, the archive.
 *
 * @event shelf-change - a shelf was chosen.
 */
export class ShelfNav extends PresscutElement {
  static override properties = {
    shelf: {},
    counts: { attribute: false },
  };

  /** The shelf the list shows; none while a search does. */
  declare shelf: Shelf | null;
  /** How many clips each shelf holds. */
  declare counts: Record<Shelf, number>;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
        padding: 10px 6px 0;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      button {
        display: flex;
        width: 100%;
        justify-content: space-between;
        border: none;
        background: transparent;
        padding: 5px 8px;
        text-align: left;
      }
      button[aria-current='true'] {
        background: var(--pc-selected);
        font-weight: 600;
      }
      .count {
        color: var(--pc-muted);
        font-size: 12px;
      }
    `,
  ];

  constructor() {
    super();
    this.shelf = 'clips';
    this.counts = { clips: 0, unread: 0, favorites: 0, archive: 0 };
  }

  override render() {
    return html`<ul aria-label="Shelves">
      ${SHELVES.map(
        ([shelf, label]) =>
          html`<li>
            <button
              aria-current=${shelf === this.shelf ? 'true' : 'false'}
              @click=${() => this.emit('shelf-change', { shelf })}
            >
              <span>${label}</span><span class="count">${this.counts[shelf].toLocaleString()}</span>
            </button>
          </li>`,
      )}
    </ul>`;
  }
}

customElements.define('shelf-nav', ShelfNav);

declare global {
  interface HTMLElementTagNameMap {
    'shelf-nav': ShelfNav;
  }
}
