import { css, html, nothing } from 'lit';
import type { Annotation } from '../../electron/api/contract.ts';
import { highlightStyles } from './highlight-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * A clip's page note and its highlights in reading order; highlights whose
 * passage is gone from the text are listed apart, kept.
 *
 * @event annotation-reveal - a highlight was chosen: scroll to it.
 * @event annotation-delete - an orphaned highlight was deleted.
 * @event page-note-change - the page note was edited.
 */
export class AnnotationPanel extends PresscutElement {
  static override properties = {
    annotations: { attribute: false },
    note: {},
  };

  declare annotations: Annotation[];
  /** The clip's page-level note. */
  declare note: string;

  static override styles = [
    controlStyles,
    highlightStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
        padding: 16px;
      }
      h2 {
        font-size: 11px;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--pc-faint);
        margin: 18px 0 8px;
      }
      h2:first-child {
        margin-top: 0;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 5rem;
        resize: vertical;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 8px;
      }
      .item {
        display: block;
        width: 100%;
        text-align: left;
        padding: 8px 10px;
        border-left-width: 4px;
      }
      .quote {
        font-family: var(--pc-font-reading);
        display: -webkit-box;
        -webkit-line-clamp: 3;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .note {
        color: var(--pc-muted);
        margin-top: 4px;
        white-space: pre-wrap;
      }
      .orphan {
        border: 1px dashed var(--pc-border);
        border-radius: 6px;
        padding: 8px 10px;
      }
      .empty,
      .explain {
        color: var(--pc-faint);
      }
      .b-yellow {
        border-left-color: var(--pc-hl-yellow);
      }
      .b-green {
        border-left-color: var(--pc-hl-green);
      }
      .b-blue {
        border-left-color: var(--pc-hl-blue);
      }
      .b-pink {
        border-left-color: var(--pc-hl-pink);
      }
      .b-purple {
        border-left-color: var(--pc-hl-purple);
      }
    `,
  ];

  constructor() {
    super();
    this.annotations = [];
    this.note = '';
  }

  override render() {
    const placed = this.annotations
      .filter((a) => !a.orphaned)
      .sort((a, b) => a.position.start - b.position.start);
    const orphans = this.annotations.filter((a) => a.orphaned);
    return html`<h2 id="note-heading">Note</h2>
      <textarea
        aria-labelledby="note-heading"
        placeholder="A note on the whole article…"
        .value=${this.note}
        @change=${(e: Event) => this.emit('page-note-change', { note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      <h2 id="highlights-heading">Highlights (${placed.length})</h2>
      ${
        placed.length
          ? html`<ol aria-labelledby="highlights-heading">
              ${placed.map(
                (a) =>
                  html`<li>
                    <button
                      class=${`item b-${a.color}`}
                      @click=${() => this.emit('annotation-reveal', { id: a.id })}
                    >
                      <div class="quote">${a.quote.exact}</div>
                      ${a.note ? html`<div class="note">${a.note}</div>` : nothing}
                    </button>
                  </li>`,
              )}
            </ol>`
          : html`<p class="empty">
              Select text in the article and choose a colour, or press <kbd>h</kbd>.
            </p>`
      }
      ${
        orphans.length
          ? html`<h2 id="orphans-heading">Lost their passage (${orphans.length})</h2>
              <p class="explain">The text these were made on has changed; they are kept here.</p>
              <ol aria-labelledby="orphans-heading">
                ${orphans.map(
                  (a) =>
                    html`<li class="orphan">
                      <div class="quote">${a.quote.exact}</div>
                      ${a.note ? html`<div class="note">${a.note}</div>` : nothing}
                      <button @click=${() => this.emit('annotation-delete', { id: a.id })}>
                        Delete
                      </button>
                    </li>`,
                )}
              </ol>`
          : nothing
      }`;
  }
}

customElements.define('annotation-panel', AnnotationPanel);

declare global {
  interface HTMLElementTagNameMap {
    'annotation-panel': AnnotationPanel;
  }
}
