import { css, html, nothing } from 'lit';
import type { ClipDetail } from '../../electron/model/clip.ts';
import { formatPublished, timeAgo } from '../format/time.ts';
import './article-body.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * A clip, for reading: its outlet, title, byline and dates, its text, and what
 * the cleaner removed from the paste.
 *
 * @event clip-delete - the person asked to delete the clip.
 * @event link-open - a link in the text was clicked.
 */
export class ClipReader extends PresscutElement {
  static override properties = {
    clip: { attribute: false },
  };

  /** The clip to show. */
  declare clip: ClipDetail | null;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
        background: var(--pc-surface);
      }
      article {
        max-width: var(--pc-reading-width, 42rem);
        margin: 0 auto;
        padding: 40px 32px 80px;
      }
      .toolbar {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
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
        margin: 0 0 28px;
        padding-bottom: 20px;
        border-bottom: 1px solid var(--pc-border);
      }
      .meta span + span::before {
        content: ' · ';
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
      .removed {
        list-style: none;
        padding: 0;
      }
      .removed li {
        margin: 10px 0;
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
      .removed-text {
        white-space: pre-wrap;
      }
    `,
  ];

  constructor() {
    super();
    this.clip = null;
  }

  override render() {
    if (!this.clip) return nothing;
    const { record, body } = this.clip;
    const meta = [
      record.byline,
      record.published ? formatPublished(record.published) : null,
      record.dateline,
      record.credit,
    ].filter((x): x is string => !!x);
    return html`<article lang=${record.language ?? nothing} aria-label=${record.title}>
      <div class="toolbar">
        <button class="quiet" @click=${() => this.emit('clip-delete', { id: record.id })}>Delete</button>
      </div>
      ${record.source ? html`<p class="kicker">${record.source}</p>` : nothing}
      <h1>${record.title || 'Untitled'}</h1>
      <p class="meta">
        ${meta.map((m) => html`<span>${m}</span>`)}
        <span>Clipped ${timeAgo(record.createdAt)}</span>
        <span>${record.wordCount.toLocaleString()} words</span>
      </p>
      <article-body .blocks=${body.blocks}></article-body>
      ${body.removed.length
        ? html`<details>
            <summary>Removed from the paste (${body.removed.length})</summary>
            <ul class="removed">
              ${body.removed.map(
                (part) => html`<li><span class="reason">${part.reason}</span><span class="removed-text">${part.text}</span></li>`,
              )}
            </ul>
          </details>`
        : nothing}
    </article>`;
  }
}

customElements.define('clip-reader', ClipReader);

declare global {
  interface HTMLElementTagNameMap {
    'clip-reader': ClipReader;
  }
}
