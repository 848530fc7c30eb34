import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { html, nothing, type PropertyValues } from 'lit';
import type { ClipSummary } from '../../electron/api/contract.ts';
import { findTerms } from '../format/find-terms.ts';
import { timeAgo } from '../format/time.ts';
import { clipListStyles } from './clip-list.styles.ts';
import { highlightStyles } from './highlight-styles.ts';
import { renderInline } from './inline-text.ts';
import { PresscutElement } from './presscut-element.ts';

/** The list's keys that move its cursor, and by how much (a page is worked out from the list's height). */
const MOVES: Record<string, number | 'page-up' | 'page-down' | 'first' | 'last'> = {
  ArrowDown: 1,
  j: 1,
  ArrowUp: -1,
  k: -1,
  PageDown: 'page-down',
  PageUp: 'page-up',
  Home: 'first',
  End: 'last',
};

/**
 * The library: clips newest first (or a search's hits), with their title,
 * outlet, when they were clipped and their first line. Only the rows on
 * screen exist in the page, so a library of tens of thousands of clips stays
 * light.
 *
 * A listbox with a cursor: focus stays on the list itself and the cursor's
 * row is its active descendant (a row the virtualizer recycles never takes
 * focus with it). ↓/↑ or j/k, Home/End and PageUp/PageDown move the cursor;
 * Enter opens its clip; Space adds it to the selection or takes it out;
 * Shift with a move selects the run from where it started, Ctrl moves
 * without selecting, Ctrl+A selects every clip; Delete deletes the cursor's
 * clip and the cursor stays at its place, on the next one.
 *
 * @event clip-select - a clip was chosen: opened (click, Enter), toggled (ctrl/cmd-click, Space), or a run (shift).
 * @event selection-all - Ctrl+A.
 * @event clip-delete - the person asked to delete a clip (the Delete key).
 */
export class ClipList extends PresscutElement {
  static override properties = {
    clips: { attribute: false },
    selectedId: { attribute: false },
    selection: { attribute: false },
    terms: { attribute: false },
    cursorId: { state: true },
  };

  /** The clips to show, in order. */
  declare clips: ClipSummary[];
  /** The clip open in the reader. */
  declare selectedId: string | null;
  /** The clips chosen for a bulk action. */
  declare selection: string[];
  /** Words a search found, per clip, to mark in its title and opening. */
  declare terms: ReadonlyMap<string, string[]>;
  /** The clip the keyboard cursor is on. */
  declare cursorId: string | null;
  /** Where a run selected with Shift started. */
  #anchorId: string | null = null;
  /** The rows the virtualizer has drawn, as it last said; null before its first layout. */
  #drawn: { first: number; last: number } | null = null;
  /** A clip whose row is to be brought into view as soon as it is drawn. */
  #revealId: string | null = null;

  static override styles = [highlightStyles, clipListStyles];

  constructor() {
    super();
    this.clips = [];
    this.selectedId = null;
    this.selection = [];
    this.terms = new Map();
    this.cursorId = null;
  }

  /** Where the cursor is in the list; -1 without one. */
  get cursor(): number {
    return this.cursorId === null ? -1 : this.clips.findIndex((c) => c.id === this.cursorId);
  }

  /** Moves the cursor up or down the list and puts focus on the list (j/k from anywhere). */
  moveCursor(delta: number): void {
    if (this.clips.length === 0) return;
    // Without a cursor yet, it stands on the first row.
    this.#setCursor(Math.max(0, this.cursor) + delta);
    this.focusList();
  }

  /** Opens the clip the cursor is on. */
  openCursor(): void {
    if (this.cursorId) this.emit('clip-select', { id: this.cursorId, mode: 'single' });
  }

  /** Puts keyboard focus on the list, its cursor in view (on the open clip, or the first, when it had none). */
  focusList(): void {
    if (this.cursor < 0 && this.clips.length) this.#setCursor(0);
    this.#virtualizer?.focus({ preventScroll: true });
    this.#reveal(this.cursor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Opening a clip brings the cursor to it; a clip gone from the list (deleted) leaves the cursor on the one after it.
    if (changed.has('selectedId') && this.selectedId) this.cursorId = this.selectedId;
    else if (changed.has('clips') && this.cursorId && this.cursor < 0) {
      const before = changed.get('clips') ?? [];
      const was = before.findIndex((c) => c.id === this.cursorId);
      const next = Math.min(Math.max(was, 0), this.clips.length - 1);
      this.cursorId = this.clips[next]?.id ?? null;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId && changed.get('selectedId') !== undefined)
      this.#reveal(this.cursor);
  }

  override render() {
    const cursor = this.cursorId;
    return html`<lit-virtualizer
      scroller
      role="listbox"
      tabindex="0"
      aria-label="Clips"
      aria-multiselectable="true"
      aria-activedescendant=${cursor && this.cursor >= 0 ? `clip-${cursor}` : nothing}
      .items=${this.clips}
      .keyFunction=${(clip: ClipSummary) => clip.id}
      .renderItem=${(clip: ClipSummary, index: number) => this.#renderItem(clip, index)}
      @keydown=${this.#onKeyDown}
      @focus=${() => this.cursor < 0 && this.clips.length && this.#setCursor(0)}
      @rangeChanged=${this.#onRangeChanged}
    ></lit-virtualizer>`;
  }

  get #virtualizer(): LitVirtualizer | null {
    return this.renderRoot.querySelector('lit-virtualizer');
  }

  #setCursor(index: number): void {
    const clip = this.clips[Math.min(this.clips.length - 1, Math.max(0, index))];
    if (!clip) return;
    this.cursorId = clip.id;
    this.#reveal(this.clips.indexOf(clip));
  }

  /**
   * Scrolls a row into view. A drawn row scrolls itself; one far away has the
   * virtualizer scroll to where it will be; one about to be drawn does it
   * when it is. Nothing waits on a layout that may never come.
   */
  #reveal(index: number): void {
    const clip = this.clips[index];
    if (!clip) return;
    this.#revealId = clip.id;
    if (this.#scrollToDrawn()) return;
    const drawn = this.#drawn;
    if (drawn && (index < drawn.first || index > drawn.last))
      this.#virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Brings the row waiting to be revealed into view, if it is drawn; says whether it was. */
  #scrollToDrawn(): boolean {
    const id = this.#revealId;
    const row = id && this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
    if (!row) return false;
    this.#revealId = null;
    row.scrollIntoView({ block: 'nearest' });
    return true;
  }

  #onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.#drawn = { first, last };
    if (this.#revealId) {
      const index = this.clips.findIndex((c) => c.id === this.#revealId);
      if (!this.#scrollToDrawn() && (index < first || index > last)) this.#reveal(index);
    }
  };

  /** Rows a page holds, from the list's height and a row's. */
  get #pageRows(): number {
    const list = this.#virtualizer;
    const row = list?.querySelector<HTMLElement>('[role="option"]');
    return list && row ? Math.max(1, Math.floor(list.clientHeight / row.offsetHeight) - 1) : 10;
  }

  #renderItem(clip: ClipSummary, index: number) {
    const open = clip.id === this.selectedId;
    const selected = open || this.selection.includes(clip.id);
    const cursor = clip.id === this.cursorId;
    // A wire story found with no outlet of its own is known by its agency.
    const meta = [clip.source ?? clip.credit, timeAgo(clip.createdAt)].filter(Boolean).join(' · ');
    const classes = ['row', open && 'open', cursor && 'cursor', !clip.reading.read && 'unread'];
    // The row to reveal is being drawn: bring it into view once it is on the page.
    if (clip.id === this.#revealId) queueMicrotask(() => this.#scrollToDrawn());
    return html`<div
      role="option"
      id=${`clip-${clip.id}`}
      class=${classes.filter(Boolean).join(' ')}
      data-index=${index}
      data-id=${clip.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${index + 1}
      aria-setsize=${this.clips.length}
      @click=${(e: MouseEvent) => {
        const mode = e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'single';
        if (mode !== 'range') this.#anchorId = clip.id;
        this.cursorId = clip.id;
        this.emit('clip-select', { id: clip.id, mode, anchor: this.#anchorId ?? undefined });
      }}
    >
      <div class="title">
        ${this.#marked(clip.title || 'Untitled', clip.id)}${clip.reading.favorite ? html` <span aria-label="favourite">★</span>` : nothing}
      </div>
      <div class="meta">${meta}</div>
      <div class="excerpt">${this.#marked(clip.excerpt, clip.id)}</div>
      ${
        clip.tags.length || clip.annotationCount || clip.linkOnly
          ? html`<div class="badges">
              ${clip.linkOnly ? html`<span class="tag link-only" data-tooltip="Imported without its text">Link only</span>` : nothing}
              ${clip.tags.map((t) => html`<span class="tag">${t}</span>`)}
              ${clip.annotationCount ? html`<span class="count" data-tooltip="Highlights">✎ ${clip.annotationCount}</span>` : nothing}
            </div>`
          : nothing
      }
    </div>`;
  }

  #marked(text: string, id: string) {
    const terms = this.terms.get(id);
    return terms
      ? renderInline(
          text,
          undefined,
          findTerms(text, terms).map((m) => ({ ...m, color: 'match' })),
        )
      : text;
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.target !== event.currentTarget || event.altKey) return;
    const mod = event.ctrlKey || event.metaKey;
    const id = this.cursorId;
    const handled = () => event.preventDefault();
    if (mod && event.key.toLowerCase() === 'a') {
      handled();
      this.emit('selection-all', null);
    } else if (event.key === 'Enter' && id) {
      handled();
      this.#anchorId = id;
      this.emit('clip-select', { id, mode: 'single' });
    } else if (event.key === ' ' && id) {
      handled();
      this.#anchorId = id;
      this.emit('clip-select', { id, mode: 'toggle' });
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && id && !mod) {
      handled();
      this.emit('clip-delete', { id });
    } else if (event.key in MOVES && !(mod && (event.key === 'j' || event.key === 'k'))) {
      handled();
      this.#move(MOVES[event.key], event.shiftKey, mod);
    }
  }

  /** Moves the cursor; with Shift the run from where it started is selected, with Ctrl only the cursor moves. */
  #move(by: (typeof MOVES)[string], extend: boolean, cursorOnly: boolean): void {
    const at = Math.max(0, this.cursor);
    const last = this.clips.length - 1;
    const target =
      by === 'first'
        ? 0
        : by === 'last'
          ? last
          : by === 'page-down'
            ? at + this.#pageRows
            : by === 'page-up'
              ? at - this.#pageRows
              : at + by;
    if (!extend && !cursorOnly) this.#anchorId = null;
    const from = this.cursorId;
    this.#setCursor(target);
    if (extend && this.cursorId) {
      this.#anchorId ??= from ?? this.cursorId;
      this.emit('clip-select', { id: this.cursorId, mode: 'range', anchor: this.#anchorId });
    }
  }
}

customElements.define('clip-list', ClipList);

declare global {
  interface HTMLElementTagNameMap {
    'clip-list': ClipList;
  }
}
