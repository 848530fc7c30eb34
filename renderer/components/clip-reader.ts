import { html, nothing, type PropertyValues } from 'lit';
import type { ClipDetail, HighlightColor, Settings } from '../../electron/api/contract.ts';
import { READING_SPEED, ReadingProgress } from '../controllers/reading-progress.ts';
import { formatPublished, timeAgo } from '../format/time.ts';
import { inEditableField } from '../input/editable-field.ts';
import { focusLost } from '../overlays/focus.ts';
import './annotation-panel.ts';
import './annotation-popover.ts';
import './article-body.ts';
import './link-only-notice.ts';
import type { ArticleBody } from './article-body.ts';
import './clip-editor.ts';
import { clipReaderStyles } from './clip-reader.styles.ts';
import type { Anchor, PresscutEvent } from './events.ts';
import './highlight-toolbar.ts';
import { PresscutElement } from './presscut-element.ts';
import './reader-toolbar.ts';
import type { ReaderToolbar } from './reader-toolbar.ts';
import './removed-parts.ts';
import { controlStyles } from './shared-styles.ts';
import './tag-editor.ts';

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
 * @event reading-time - the clip has been open, in front of the person, for about its reading time.
 * @event clip-step - previous or next clip (from the toolbar).
 * @event reading-toggle - read, archived or favourite was switched.
 * @event note-opened - the note of a new highlight was opened for writing, as `noteFor` asked.
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
    openedBy: {},
    selection: { state: true },
    openHighlight: { state: true },
    panelOpen: { state: true },
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
  /** Whether the person opened the clip, or the app did (after a save): reading time counts only for the first. */
  declare openedBy: 'person' | 'app';
  declare selection: { start: number; end: number; anchor: Anchor } | null;
  declare openHighlight: { id: string; anchor: Anchor } | null;
  declare panelOpen: boolean;
  #progress = new ReadingProgress(this, {
    progress: (progress, atEnd) => this.emit('reading-progress', { progress, atEnd }),
    readLongEnough: () => this.emit('reading-time', null),
  });

  static override styles = [controlStyles, clipReaderStyles];

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
    this.openedBy = 'person';
    this.selection = null;
    this.openHighlight = null;
    this.panelOpen = false;
    this.settings = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.#onKeyDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.#onKeyDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clip') && changed.get('clip')?.record.id !== this.clip?.record.id) {
      this.selection = null;
      this.openHighlight = null;
    }
    if (changed.has('reveal') && this.reveal) this.panelOpen = true;
    this.#progress.paused = this.editing;
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    // The editor had focus; gone (saved or cancelled), it hands focus back to ⋯, where it was opened.
    if (changed.get('editing') && !this.editing && focusLost())
      this.renderRoot.querySelector<ReaderToolbar>('reader-toolbar')?.focusMore();
    const body = this.renderRoot.querySelector<ArticleBody>('article-body');
    if (!body) return;
    if (changed.has('clip') && changed.get('clip')?.record.id !== this.clip?.record.id) {
      await body.updateComplete;
      const record = this.clip?.record;
      if (record)
        this.#progress.follow(
          { id: record.id, words: record.wordCount, reading: record.reading },
          { byPerson: this.openedBy === 'person', restore: !this.reveal },
        );
    }
    if ((changed.has('reveal') || changed.has('clip')) && this.reveal) {
      await body.updateComplete;
      if (body.reveal(this.reveal)) this.emit('annotation-reveal', { id: this.reveal });
    }
    if (changed.has('noteFor') && this.noteFor) {
      await body.updateComplete;
      const mark = body.markOf(this.noteFor);
      if (mark) this.openHighlight = { id: this.noteFor, anchor: mark };
      // Asked once: the note must not open again when the reader is drawn anew.
      this.emit('note-opened', { id: this.noteFor });
    }
    if (this.openHighlight) {
      // A highlight drawn anew (its colour changed, the text reflowed) is a new mark: follow it.
      await body.updateComplete;
      const mark = this.openHighlight && body.markOf(this.openHighlight.id);
      if (mark && mark !== this.openHighlight.anchor)
        this.openHighlight = { ...this.openHighlight, anchor: mark };
    }
  }

  override render() {
    if (!this.clip) return nothing;
    const { record } = this.clip;
    const annotated = record.annotations.length;
    // The editor needs the whole width; the notes come back when it closes.
    const notes = this.panelOpen && !this.editing;
    return html`<reader-toolbar
        .clipId=${record.id}
        .reading=${record.reading}
        .annotated=${annotated}
        .notesOpen=${this.panelOpen}
        .editing=${this.editing}
        .settings=${this.settings}
        @notes-toggle=${() => (this.panelOpen = !this.panelOpen)}
      ></reader-toolbar>
      <div class=${notes ? 'layout with-panel' : 'layout'}>
        <article lang=${record.language ?? nothing} aria-label=${record.title}>
          ${this.editing ? html`<clip-editor .clip=${this.clip}></clip-editor>` : this.#renderArticle()}
        </article>
        ${
          notes
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
        .anchor=${this.editing ? null : (this.selection?.anchor ?? null)}
        .color=${this.highlightColor}
        @highlight-choose=${(e: PresscutEvent<'highlight-choose'>) => this.#highlight(e.detail.color, e.detail.withNote)}
      ></highlight-toolbar>
      <annotation-popover
        .annotation=${record.annotations.find((a) => a.id === this.openHighlight?.id) ?? null}
        .anchor=${this.openHighlight?.anchor ?? null}
        @popup-close=${() => (this.openHighlight = null)}
        @annotation-delete=${() => (this.openHighlight = null)}
      ></annotation-popover>`;
  }

  #renderArticle() {
    const { record, body } = this.clip!;
    const meta = [
      record.byline,
      record.published ? formatPublished(record.published, record.publishedAgo) : null,
      record.dateline,
      record.credit,
    ].filter((x): x is string => !!x);
    return html`${record.source ? html`<p class="kicker">${record.source}</p>` : nothing}
      <h1>${record.title || 'Untitled'}</h1>
      <p class="meta">
        ${meta.map((m) => html`<span>${m}</span>`)}
        <span class="whole">Clipped ${timeAgo(record.createdAt)}</span>
        ${
          record.linkOnly
            ? nothing
            : html`<span class="whole" data-tooltip=${`${record.wordCount.toLocaleString()} words`}
                >${Math.max(1, Math.round(record.wordCount / READING_SPEED))} min read</span
              >`
        }
      </p>
      <tag-editor
        .tags=${record.tags}
        .known=${this.knownTags}
        .suggestions=${this.suggestions}
        suggesting
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
      <removed-parts .parts=${body.removed}></removed-parts>`;
  }

  #highlight(color: HighlightColor, withNote: boolean): void {
    const range = this.selection;
    if (!range) return;
    this.selection = null;
    document.getSelection()?.removeAllRanges();
    this.emit('highlight-create', { start: range.start, end: range.end, color, withNote });
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selection) {
      this.selection = null;
      document.getSelection()?.removeAllRanges();
      return;
    }
    if (
      event.key !== 'h' ||
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      inEditableField(event) ||
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
