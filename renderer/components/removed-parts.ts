import { css, html, nothing } from 'lit';
import type { ExtractedArticle } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * What the cleaner removed from a paste, each part with why, folded away
 * under a summary; each part can be put back into the text.
 *
 * @event removed-restore - a part is to be put back.
 */
export class RemovedParts extends PresscutElement {
  static override properties = {
    parts: { attribute: false },
  };

  /** The removed parts, in the order of the paste. */
  declare parts: ExtractedArticle['removed'];

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      details {
        margin-top: 40px;
        color: var(--pc-muted);
        border-top: 1px solid var(--pc-border);
        padding-top: 16px;
      }
      summary {
        cursor: pointer;
      }
      ul {
        list-style: none;
        padding: 0;
      }
      li {
        margin: 12px 0;
        font-size: 13px;
      }
      .reason {
        display: inline-block;
        font-size: 11px;
        text-transform: uppercase;
        letter-spacing: 0.04em;
        color: var(--pc-faint);
        margin-right: 6px;
      }
      .text {
        white-space: pre-wrap;
      }
      button {
        margin-top: 4px;
        font-size: 12px;
        padding: 2px 8px;
      }
    `,
  ];

  constructor() {
    super();
    this.parts = [];
  }

  override render() {
    if (!this.parts.length) return nothing;
    return html`<details>
      <summary>Removed from the paste (${this.parts.length})</summary>
      <ul>
        ${this.parts.map(
          (part, index) =>
            html`<li>
              <span class="reason">${part.reason}</span><span class="text">${part.text}</span>
              <div>
                <button @click=${() => this.emit('removed-restore', { index })}>Put back</button>
              </div>
            </li>`,
        )}
      </ul>
    </details>`;
  }
}

customElements.define('removed-parts', RemovedParts);

declare global {
  interface HTMLElementTagNameMap {
    'removed-parts': RemovedParts;
  }
}
