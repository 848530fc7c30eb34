import { css, html, nothing, type PropertyValues } from 'lit';
import type { ClipDetail, HighlightColor, Settings } from '../../electron/api/contract.ts';
import { formatPublished, timeAgo } from '../format/time.ts';
import './annotation-panel.ts';
import './annotation-popover.ts';
import './article-body.ts';
import './link-only-notice.ts';
import type { ArticleBody } from './article-body.ts';
import './clip-editor.ts';
import type { PresscutEvent, ScreenRect } from './events.ts';
import './highlight-toolbar.ts';
import './reader-settings.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import './tag-editor.ts';

/** Words a minute of an unhurried reader of news. */
const READING_SPEED = 230;
/** Progress is saved once scrolling has paused this long. */
const PROGRESS_PAUSE_MS = 400;
/** A clip short enough to fit the window counts as read once it has been open this long. */
const SHORT_READ_MS = 1500;

/** Whether a key press was meant for a text field rather than for the reader. */
function typingIn(event: Event): boolean {
  return event
    .composedPath()
    .some(
      (n) =>
        n instanceof HTMLInputElement ||
        n instanceof HTMLTextAreaElement ||
        (n instanceof HTMLElement && n.isContentEditable),
    );
}

/**
 * A clip, for reading: its outlet, title, byline, dates and tags, its text
 * with highlights, its annotations beside it, and what the cleaner removed
 * from the paste. Selecting text offers to highlight it (or press `h`).
 *
 * @event clip-delete - the person asked to delete the clip.
 * @event link-open - a link in the text was clicked.
 * @event tags-change - a tag was added to or removed from the clip.
 * @event highlight-create - the selected text is to be highlighted.
 * @event annotation-update - a highlight's colour or note changed.
 * @event annotation-delete - a highlight was deleted.
 * @event page-note-change - the page note was edited.
 * @event edit-start - Edit was chosen.
 * @event removed-restore - a removed part is to be put back.
 * @event clip-reclean - the original paste is to be cleaned again.
 * @event original-show - the original paste is to be shown.
 * @event reading-progress - the reader scrolled: how far, and whether the end was reached.
 * @event reading-toggle - read, archived or favourite was switched.
 */
export class ClipReader extends PresscutElement {
  static override properties = {
    clip: { attribute: false },
    knownTags: { attribute: false },
    suggestions: { attribute: false },
    highlightColor: {},
    settings: { attribute: false },
    editing: { type: Boolean },
    reveal: { attribute: false },
    noteFor: { attribute: false },
    terms: { attribute: false },
    selection: { state: true },
    openHighlight: { state: true },
    panelOpen: { state: true },
    appearanceOpen: { state: true },
    moreOpen: { state: true },
  };

  /** The clip to show. */
  declare clip: ClipDetail | null;
  /** Every tag of the library, to complete from. */
  declare knownTags: string[];
  /** Tags offered for this clip. */
  declare suggestions: string[];
  /** The colour a new highlight gets. */
  declare highlightColor: HighlightColor;
  /** The settings the appearance menu shows and changes. */
  declare settings: Settings | null;
  /** Shows the editor instead of the text. */
  declare editing: boolean;
  /** An annotation to scroll to once it is drawn. */
  declare reveal: string | null;
  /** A highlight whose note should open for writing. */
  declare noteFor: string | null;
  /** Words the search found in this clip, to mark. */
  declare terms: string[];
  declare selection: { start: number; end: number; rect: ScreenRect } | null;
  declare openHighlight: { id: string; rect: ScreenRect } | null;
  declare panelOpen: boolean;
  declare appearanceOpen: boolean;
  declare moreOpen: boolean;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
        background: var(--pc-surface);
      }
      .layout {
        display: grid;
        grid-template-columns: 1fr;
      }
      .layout.with-panel {
        grid-template-columns: 1fr 18rem;
      }
      article {
        max-width: var(--pc-reading-width, 42rem);
        width: 100%;
        box-sizing: border-box;
        margin: 0 auto;
        padding: 32px 32px 80px;
      }
      aside {
        border-left: 1px solid var(--pc-border);
        background: var(--pc-bg);
      }
      annotation-panel {
        position: sticky;
        top: 0;
        max-height: 100vh;
        overflow-y: auto;
        box-sizing: border-box;
      }
      .toolbar {
        display: flex;
        justify-content: flex-end;
        flex-wrap: wrap;
        gap: 2px;
        margin-bottom: 16px;
        font-size: 13px;
      }
      .toolbar button {
        padding: 4px 10px;
      }
      .spacer {
        flex: 1;
      }
      .appearance,
      .more {
        position: relative;
      }
      .menu.actions {
        width: 14rem;
        padding: 4px;
        display: grid;
      }
      .menu.actions button {
        text-align: left;
      }
      .menu {
        position: absolute;
        right: 0;
        top: calc(100% + 4px);
        z-index: 10;
        width: 17rem;
        padding: 12px;
        background: var(--pc-surface);
        border: 1px solid var(--pc-border);
        border-radius: var(--pc-radius);
        box-shadow: var(--pc-shadow);
      }
      .toolbar button[aria-pressed='true'] {
        background: var(--pc-selected);
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
        margin: 0 0 12px;
      }
      .meta span + span::before {
        content: ' · ';
      }
      tag-editor {
        margin-bottom: 24px;
        padding-bottom: 20px;
        border-bottom: 1px solid var(--pc-border);
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
      .removed-text {
        white-space: pre-wrap;
      }
      .removed button {
        margin-top: 4px;
        font-size: 12px;
        padding: 2px 8px;
      }
    `,
  ];

  constructor() {
    super();
    this.clip = null;
    this.knownTags = [];
    this.suggestions = [];
    this.highlightColor = 'yellow';
    this.editing = false;
    this.reveal = null;
    this.noteFor = null;
    this.terms = [];
    this.selection = null;
    this.openHighlight = null;
    this.panelOpen = false;
    this.appearanceOpen = false;
    this.moreOpen = false;
    this.settings = null;
  }

  #progressTimer: ReturnType<typeof setTimeout> | undefined;
  #sentProgress = -1;
  /** Scrolling done by the reader itself (restoring a position) is not the person reading. */
  #restoring = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onKeyDown);
    this.removeEventListener('scroll', this.#onScroll);
    clearTimeout(this.#progressTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clip') && changed.get('clip')?.record.id !== this.clip?.record.id) {
      this.selection = null;
      this.openHighlight = null;
    }
    if (changed.has('reveal') && this.reveal) this.panelOpen = true;
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    const body = this.renderRoot.querySelector<ArticleBody>('article-body');
    if (!body) return;
    if (
      changed.has('clip') &&
      changed.get('clip')?.record.id !== this.clip?.record.id &&
      !this.reveal
    ) {
      await body.updateComplete;
      this.#restoreProgress();
    }
    if ((changed.has('reveal') || changed.has('clip')) && this.reveal) {
      await body.updateComplete;
      if (body.reveal(this.reveal)) this.emit('annotation-reveal', { id: this.reveal });
    }
    if (changed.has('noteFor') && this.noteFor) {
      await body.updateComplete;
      const rect = body.rectOf(this.noteFor);
      if (rect) this.openHighlight = { id: this.noteFor, rect };
    }
  }

  override render() {
    if (!this.clip) return nothing;
    const { record } = this.clip;
    const annotated = record.annotations.length;
    return html`<div class=${this.panelOpen ? 'layout with-panel' : 'layout'}>
        <article lang=${record.language ?? nothing} aria-label=${record.title}>
          <div class="toolbar" role="toolbar" aria-label="Clip">
            <button
              class="quiet"
              aria-label="Previous clip"
              title="Previous clip (p)"
              @click=${() => this.emit('clip-step', { delta: -1 })}
            >
              ←
            </button>
            <button
              class="quiet"
              aria-label="Next clip"
              title="Next clip (n)"
              @click=${() => this.emit('clip-step', { delta: 1 })}
            >
              →
            </button>
            <span class="spacer"></span>
            <span class="appearance">
              <button
                class="quiet"
                aria-label="Appearance"
                title="Appearance"
                aria-expanded=${this.appearanceOpen ? 'true' : 'false'}
                @click=${() => (this.appearanceOpen = !this.appearanceOpen)}
              >
                Aa
              </button>
              ${
                this.appearanceOpen
                  ? html`<div
                      class="menu"
                      role="dialog"
                      aria-label="Appearance"
                      @keydown=${(e: KeyboardEvent) => e.key === 'Escape' && (this.appearanceOpen = false)}
                    >
                      <reader-settings .settings=${this.settings}></reader-settings>
                    </div>`
                  : nothing
              }
            </span>
            <button
              class="quiet"
              aria-pressed=${this.panelOpen ? 'true' : 'false'}
              @click=${() => (this.panelOpen = !this.panelOpen)}
            >
              Notes${annotated ? ` (${annotated})` : ''}
            </button>
            <button
              class="quiet"
              aria-pressed=${record.reading.favorite ? 'true' : 'false'}
              aria-label="Favourite"
              title="Favourite"
              @click=${() => this.emit('reading-toggle', { key: 'favorite' })}
            >
              ${record.reading.favorite ? '★' : '☆'}
            </button>
            <button class="quiet" @click=${() => this.emit('reading-toggle', { key: 'read' })}>
              ${record.reading.read ? 'Mark unread' : 'Mark read'}
            </button>
            <button class="quiet" @click=${() => this.emit('reading-toggle', { key: 'archived' })}>
              ${record.reading.archived ? 'Unarchive' : 'Archive'}
            </button>
            <span class="more">
              <button
                class="quiet"
                aria-label="More actions"
                aria-haspopup="menu"
                aria-expanded=${this.moreOpen ? 'true' : 'false'}
                @click=${() => (this.moreOpen = !this.moreOpen)}
              >
                ⋯
              </button>
              ${
                this.moreOpen
                  ? html`<div
                      class="menu actions"
                      role="menu"
                      aria-label="More actions"
                      @click=${() => (this.moreOpen = false)}
                    >
                      <button
                        role="menuitem"
                        class="quiet"
                        ?disabled=${this.editing}
                        @click=${() => this.emit('edit-start', null)}
                      >
                        Edit the clip
                      </button>
                      <button
                        role="menuitem"
                        class="quiet"
                        @click=${() => this.emit('original-show', null)}
                      >
                        Show the original paste
                      </button>
                      <button
                        role="menuitem"
                        class="quiet"
                        @click=${() => this.emit('clip-reclean', null)}
                      >
                        Clean the paste again
                      </button>
                      <button
                        role="menuitem"
                        class="quiet"
                        @click=${() => this.emit('clip-delete', { id: record.id })}
                      >
                        Delete
                      </button>
                    </div>`
                  : nothing
              }
            </span>
          </div>
          ${this.editing ? html`<clip-editor .clip=${this.clip}></clip-editor>` : this.#renderArticle()}
        </article>
        ${
          this.panelOpen
            ? html`<aside aria-label="Notes and highlights">
                <annotation-panel
                  .annotations=${record.annotations}
                  .note=${record.note}
                  @annotation-reveal=${(e: PresscutEvent<'annotation-reveal'>) => {
                    e.stopPropagation();
                    this.renderRoot.querySelector<ArticleBody>('article-body')?.reveal(e.detail.id);
                  }}
                ></annotation-panel>
              </aside>`
            : nothing
        }
      </div>
      <highlight-toolbar
        .rect=${this.editing ? null : (this.selection?.rect ?? null)}
        .color=${this.highlightColor}
        @highlight-choose=${(e: PresscutEvent<'highlight-choose'>) => this.#highlight(e.detail.color, e.detail.withNote)}
      ></highlight-toolbar>
      <annotation-popover
        .annotation=${record.annotations.find((a) => a.id === this.openHighlight?.id) ?? null}
        .rect=${this.openHighlight?.rect ?? null}
        @popup-close=${() => (this.openHighlight = null)}
        @annotation-delete=${() => (this.openHighlight = null)}
      ></annotation-popover>`;
  }

  #renderArticle() {
    const { record, body } = this.clip!;
    const meta = [
      record.byline,
      record.published ? formatPublished(record.published) : null,
      record.dateline,
      record.credit,
    ].filter((x): x is string => !!x);
    return html`${record.source ? html`<p class="kicker">${record.source}</p>` : nothing}
      <h1>${record.title || 'Untitled'}</h1>
      <p class="meta">
        ${meta.map((m) => html`<span>${m}</span>`)}
        <span>Clipped ${timeAgo(record.createdAt)}</span>
        ${
          record.linkOnly
            ? nothing
            : html`<span title=${`${record.wordCount.toLocaleString()} words`}
                >${Math.max(1, Math.round(record.wordCount / READING_SPEED))} min read</span
              >`
        }
      </p>
      <tag-editor
        .tags=${record.tags}
        .known=${this.knownTags}
        .suggestions=${this.suggestions}
        label="Add a tag to this clip"
      ></tag-editor>
      ${record.linkOnly ? html`<link-only-notice .url=${record.url} .waiting=${record.annotations.filter((a) => a.orphaned).length}></link-only-notice>` : nothing}
      <article-body
        .blocks=${body.blocks}
        .highlights=${record.annotations.filter((a) => !a.orphaned).map((a) => ({ id: a.id, color: a.color, ...a.position }))}
        .terms=${this.terms}
        @text-select=${(e: PresscutEvent<'text-select'>) => (this.selection = e.detail)}
        @highlight-click=${(e: PresscutEvent<'highlight-click'>) => (this.openHighlight = e.detail)}
      ></article-body>
      ${
        body.removed.length
          ? html`<details>
              <summary>Removed from the paste (${body.removed.length})</summary>
              <ul class="removed">
                ${body.removed.map(
                  (part, index) =>
                    html`<li>
                      <span class="reason">${part.reason}</span
                      ><span class="removed-text">${part.text}</span>
                      <div>
                        <button @click=${() => this.emit('removed-restore', { index })}>
                          Put back
                        </button>
                      </div>
                    </li>`,
                )}
              </ul>
            </details>`
          : nothing
      }`;
  }

  /** Scrolls to where the person stopped reading this clip last time. */
  #restoreProgress(): void {
    const clip = this.clip;
    if (!clip) return;
    clearTimeout(this.#progressTimer);
    this.#sentProgress = clip.record.reading.progress;
    const room = this.scrollHeight - this.clientHeight;
    this.#restoring = true;
    this.scrollTop = room > 0 ? clip.record.reading.progress * room : 0;
    requestAnimationFrame(() => (this.#restoring = false));
    if (room <= 0 && !clip.record.reading.read) {
      const id = clip.record.id;
      this.#progressTimer = setTimeout(
        () =>
          this.clip?.record.id === id &&
          this.emit('reading-progress', { progress: 1, atEnd: true }),
        SHORT_READ_MS,
      );
    }
  }

  #onScroll = (): void => {
    if (this.#restoring || !this.clip || this.editing) return;
    clearTimeout(this.#progressTimer);
    this.#progressTimer = setTimeout(() => {
      const room = this.scrollHeight - this.clientHeight;
      if (room <= 0) return;
      const progress = Math.min(1, this.scrollTop / room);
      const atEnd = progress > 0.98;
      if (Math.abs(progress - this.#sentProgress) < 0.01 && !atEnd) return;
      this.#sentProgress = progress;
      this.emit('reading-progress', { progress, atEnd });
    }, PROGRESS_PAUSE_MS);
  };

  #highlight(color: HighlightColor, withNote: boolean): void {
    const range = this.selection;
    if (!range) return;
    this.selection = null;
    document.getSelection()?.removeAllRanges();
    this.emit('highlight-create', { start: range.start, end: range.end, color, withNote });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (
      event.key !== 'h' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      typingIn(event) ||
      !this.selection
    )
      return;
    event.preventDefault();
    this.#highlight(this.highlightColor, false);
  };
}

customElements.define('clip-reader', ClipReader);

declare global {
  interface HTMLElementTagNameMap {
    'clip-reader': ClipReader;
  }
}
