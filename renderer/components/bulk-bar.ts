import { css, html } from 'lit';
import './tag-editor.ts';
import { CITATION_STYLES } from '../format/citation-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Shown while several clips are selected: add a tag to all of them, or
 * remove one they carry.
 *
 * @event tags-change - a tag to add to or remove from every selected clip.
 * @event selection-clear - the selection was dropped.
 * @event citation-copy - the selected clips' references are to be copied in a style.
 */
export class BulkBar extends PresscutElement {
  static override properties = {
    count: { type: Number },
    tags: { attribute: false },
    known: { attribute: false },
  };

  /** How many clips are selected. */
  declare count: number;
  /** Tags any of the selected clips carries. */
  declare tags: string[];
  /** Every tag in the library, to complete from. */
  declare known: string[];

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        padding: 10px 12px;
        border-bottom: 1px solid var(--pc-border);
        background: var(--pc-surface);
      }
      .cite {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 2px;
        margin-top: 8px;
        font-size: 13px;
      }
      /* The label on a line of its own, the four styles together under it: a list pane never holds all five. */
      .cite > span {
        flex-basis: 100%;
        color: var(--pc-muted);
      }
      .cite button {
        padding: 3px 8px;
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        margin-bottom: 8px;
        font-weight: 600;
      }
    `,
  ];

  constructor() {
    super();
    this.count = 0;
    this.tags = [];
    this.known = [];
  }

  override render() {
    return html`<section aria-label="Selected clips">
      <div class="head">
        <span>${this.count.toLocaleString()} clips selected</span>
        <button class="quiet" @click=${() => this.emit('selection-clear', null)}>Clear</button>
      </div>
      <tag-editor
        .tags=${this.tags}
        .known=${this.known}
        label="Add a tag to the selected clips"
      ></tag-editor>
      <div class="cite" role="group" aria-label="Copy citations">
        <span>Copy citations:</span>
        ${CITATION_STYLES.map(
          ({ style, label }) =>
            html`<button
              class="quiet"
              aria-label=${`Copy citations (${label})`}
              @click=${() => this.emit('citation-copy', { ids: [], style })}
            >
              ${label}
            </button>`,
        )}
      </div>
    </section>`;
  }
}

customElements.define('bulk-bar', BulkBar);

declare global {
  interface HTMLElementTagNameMap {
    'bulk-bar': BulkBar;
  }
}
