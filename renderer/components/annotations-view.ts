import { css, html, nothing } from 'lit';
import type { AnnotationEntry, TagSummary } from '../../electron/api/contract.ts';
import { timeAgo } from '../format/time.ts';
import { highlightStyles } from './highlight-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

const TYPING_PAUSE_MS = 200;

/**
 * Every annotation in the library, newest first, searchable and filtered by
 * tag; choosing one opens its clip at that spot.
 *
 * @event annotation-filter - the words or the tags of the filter changed.
 * @event annotation-open - an annotation was chosen.
 */
export class AnnotationsView extends PresscutElement {
  static override properties = {
    entries: { attribute: false },
    filter: { attribute: false },
    tags: { attribute: false },
  };

  declare entries: AnnotationEntry[];
  declare filter: { text: string; tags: string[] };
  /** The library's tags, to filter by. */
  declare tags: TagSummary[];
  #typing: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    controlStyles,
    highlightStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
        background: var(--pc-surface);
      }
      .page {
        max-width: 48rem;
        margin: 0 auto;
        padding: 32px;
      }
      h2 {
        font-family: var(--pc-font-reading);
        font-size: 28px;
        margin: 0 0 16px;
      }
      input[type='search'] {
        width: 100%;
        box-sizing: border-box;
        font-size: 15px;
        padding: 8px 12px;
      }
      .tags {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin: 12px 0 20px;
      }
      .tags button {
        border-radius: 999px;
        padding: 2px 10px;
        font-size: 12px;
      }
      .tags button[aria-pressed='true'] {
        background: var(--pc-selected);
        border-color: var(--pc-faint);
        font-weight: 600;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 12px;
      }
      .entry {
        display: block;
        width: 100%;
        text-align: left;
        padding: 12px 14px;
      }
      .quote {
        font-family: var(--pc-font-reading);
        font-size: 16px;
        line-height: 1.5;
      }
      .quote mark {
        padding: 0 2px;
      }
      .note {
        margin-top: 6px;
        white-space: pre-wrap;
      }
      .from {
        margin-top: 8px;
        font-size: 12px;
        color: var(--pc-muted);
      }
      .empty {
        color: var(--pc-faint);
      }
    `,
  ];

  constructor() {
    super();
    this.entries = [];
    this.filter = { text: '', tags: [] };
    this.tags = [];
  }

  override render() {
    return html`<div class="page">
      <h2>Annotations</h2>
      <input
        type="search"
        aria-label="Search annotations"
        placeholder="Search highlights, notes and titles…"
        .value=${this.filter.text}
        @input=${this.#onType}
      />
      ${
        this.tags.length
          ? html`<div class="tags" role="group" aria-label="Filter by tag">
              ${this.tags.map(
                (t) =>
                  html`<button
                    aria-pressed=${this.filter.tags.includes(t.name) ? 'true' : 'false'}
                    @click=${() => this.#toggleTag(t.name)}
                  >
                    ${t.name}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${
        this.entries.length
          ? html`<ol aria-label="Annotations, newest first">
              ${this.entries.map((e) => this.#renderEntry(e))}
            </ol>`
          : html`<p class="empty">
              ${this.filter.text || this.filter.tags.length ? 'No annotation matches.' : 'No annotations yet: select text in an article to highlight it.'}
            </p>`
      }
    </div>`;
  }

  #renderEntry({ clipId, clipTitle, source, annotation }: AnnotationEntry) {
    return html`<li>
      <button
        class="entry"
        @click=${() => this.emit('annotation-open', { clipId, annotationId: annotation.id })}
      >
        <div class="quote">
          <mark class=${`hl hl-${annotation.color}`}>${annotation.quote.exact}</mark>
        </div>
        ${annotation.note ? html`<div class="note">${annotation.note}</div>` : nothing}
        <div class="from">
          ${clipTitle}${source ? ` · ${source}` : ''} ·
          ${timeAgo(annotation.createdAt)}${annotation.orphaned ? ' · passage changed' : ''}
        </div>
      </button>
    </li>`;
  }

  #onType(event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    clearTimeout(this.#typing);
    this.#typing = setTimeout(() => this.emit('annotation-filter', { text }), TYPING_PAUSE_MS);
  }

  #toggleTag(name: string): void {
    const tags = this.filter.tags.includes(name)
      ? this.filter.tags.filter((t) => t !== name)
      : [...this.filter.tags, name];
    this.emit('annotation-filter', { tags });
  }
}

customElements.define('annotations-view', AnnotationsView);

declare global {
  interface HTMLElementTagNameMap {
    'annotations-view': AnnotationsView;
  }
}
