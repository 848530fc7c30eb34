import { css, html, nothing } from 'lit';
import type { LibraryMatch } from '../../electron/api/contract.ts';
import { timeAgo } from '../format/time.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/** Pickups named at most: more would push the article out of the preview. */
const PICKUPS_SHOWN = 3;

const named = (match: LibraryMatch) =>
  html`“${match.title}”${match.source ? html` from ${match.source}` : nothing}`;

/**
 * What a previewed article has in the library already: the same article
 * clipped before (not saved again unless the person says so), or the same
 * story as other outlets ran it (saved; a press review lists them as one).
 *
 * @event library-match-open - the person asked to read the clip the library has.
 * @event library-match-keep - the person chose to save the article again, or to skip it.
 */
export class LibraryMatchNotice extends PresscutElement {
  static override properties = {
    found: { attribute: false },
    keep: { type: Boolean },
  };

  /** The library's clips this article repeats, the same article first. */
  declare found: LibraryMatch[];
  /** Whether the article is to be saved. */
  declare keep: boolean;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        grid-column: 2;
        margin-top: 4px;
        padding: 8px 12px;
        border-left: 3px solid var(--pc-accent);
        background: var(--pc-bg);
        border-radius: 0 var(--pc-radius) var(--pc-radius) 0;
        font-size: 13px;
        line-height: 1.45;
      }
      p {
        margin: 0;
      }
      ul {
        margin: 4px 0 0;
        padding-left: 18px;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 6px;
        margin-top: 6px;
      }
      .muted {
        color: var(--pc-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.found = [];
    this.keep = true;
  }

  override render() {
    const same = this.found.find((m) => m.kind === 'same-article');
    return same ? this.#renderSame(same) : this.#renderPickups();
  }

  #renderSame(same: LibraryMatch) {
    return html`<p>
        <strong>Already in your library</strong>, clipped ${timeAgo(same.clippedAt)}:
        ${named(same)}.
        <span class="muted"
          >${this.keep ? 'It will be saved again, as a new clip.' : 'It will not be saved again.'}</span
        >
      </p>
      <div class="actions">
        ${this.#openButton(same)}
        ${
          this.keep
            ? html`<button @click=${() => this.emit('library-match-keep', { keep: false })}>
                Skip
              </button>`
            : html`<button @click=${() => this.emit('library-match-keep', { keep: true })}>
                Save again
              </button>`
        }
      </div>`;
  }

  #renderPickups() {
    const shown = this.found.slice(0, PICKUPS_SHOWN);
    if (shown.length === 0) return nothing;
    if (shown.length === 1)
      return html`<p>
          <strong>The same story is in your library</strong>: ${named(shown[0])}, clipped
          ${timeAgo(shown[0].clippedAt)}.
        </p>
        <div class="actions">${this.#openButton(shown[0])}</div>`;
    return html`<p><strong>The same story is in your library</strong>, as other outlets ran it:</p>
      <ul>
        ${shown.map(
          (m) =>
            html`<li>
              ${named(m)}, clipped ${timeAgo(m.clippedAt)} ${this.#openButton(m, 'quiet')}
            </li>`,
        )}
      </ul>`;
  }

  #openButton(match: LibraryMatch, kind = '') {
    return html`<button
      class=${kind}
      aria-label=${`Open “${match.title}”`}
      @click=${() => this.emit('library-match-open', { clipId: match.clipId })}
    >
      Open
    </button>`;
  }
}

customElements.define('library-match-notice', LibraryMatchNotice);

declare global {
  interface HTMLElementTagNameMap {
    'library-match-notice': LibraryMatchNotice;
  }
}
