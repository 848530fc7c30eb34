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
 * light; and the list is given only the clips of the windows main sent
 * (`clips` has null for each of the others): a row main has not sent yet
 * is drawn as the outline of one, until it comes.
 *
 * A listbox with a cursor: focus stays on the list itself and the cursor's
 * row is its active descendant (a row the virtualizer recycles never takes
 * focus with it). ↓/↑ or j/k, Home/End and PageUp/PageDown move the cursor;
 * Enter opens its clip; Space adds it to the selection or takes it out;
 * Shift with a move selects the run from where it started, Ctrl moves
 * without selecting, Ctrl+A selects every clip; Delete deletes the cursor's
 * clip and the cursor stays at its place, on the next one.
 *
 * @event clip-select - a clip was chosen: opened (click, Enter) or toggled (ctrl/cmd-click, Space).
 * @event clip-range - a run of the list was chosen (shift-click, Shift with a move).
 * @event selection-all - Ctrl+A.
 * @event clip-delete - the person asked to delete a clip (the Delete key).
 * @event rows-shown - the rows on screen changed: the windows they need should come.
 */
export class ClipList extends PresscutElement {
  static override properties = {
    clips: { attribute: false },
    listId: { attribute: false },
    selectedId: { attribute: false },
    selection: { attribute: false },
    terms: { attribute: false },
    cursor: { state: true },
  };

  /** The list, in order, as long as it is: null for each clip main has not sent (never a hole: the virtualizer scrolls only to a place that holds something). */
  declare clips: readonly (ClipSummary | null)[];
  /** Which list this is: another one starts at its top. */
  declare listId: number;
  /** The clip open in the reader. */
  declare selectedId: string | null;
  /** The clips chosen for a bulk action. */
  declare selection: string[];
  /** Words a search found, per clip, to mark in its title and opening. */
  declare terms: ReadonlyMap<string, string[]>;
  /** The place in the list the keyboard cursor is on; -1 without one. */
  declare cursor: number;
  /** The clip the cursor was on, to follow it when the rows around it change. */
  #cursorId: string | null = null;
  /** Where a run selected with Shift started. */
  #anchor: number | null = null;
  #chosen = new Set<string>();
  /** The rows the virtualizer has drawn, as it last said; null before its first layout. */
  #drawn: { first: number; last: number } | null = null;
  /** A row to be brought into view as soon as it is drawn. */
  #revealIndex: number | null = null;
  /** A row Enter was pressed on before its clip came: it opens when it does. */
  #openWhenCome: number | null = null;
  /** Another list came: it is shown from its top. */
  #toTop = false;

  static override styles = [highlightStyles, clipListStyles];

  constructor() {
    super();
    this.clips = [];
    this.listId = 0;
    this.selectedId = null;
    this.selection = [];
    this.terms = new Map();
    this.cursor = -1;
  }

  /** The clip the cursor is on, once main sent it. */
  get cursorId(): string | null {
    return this.clips[this.cursor]?.id ?? null;
  }

  /** Moves the cursor up or down the list and puts focus on the list (j/k from anywhere). */
  moveCursor(delta: number): void {
    if (this.clips.length === 0) return;
    // Without a cursor yet, it stands on the first row.
    this.#setCursor(Math.max(0, this.cursor) + delta);
    this.focusList();
  }

  /** Opens the clip the cursor is on, as soon as main sent it. */
  openCursor(): void {
    const id = this.cursorId;
    this.#openWhenCome = id || this.cursor < 0 ? null : this.cursor;
    if (id) this.emit('clip-select', { id, mode: 'single' });
  }

  /** Puts keyboard focus on the list, its cursor in view (on the open clip, or the first, when it had none). */
  focusList(): void {
    if (this.cursor < 0 && this.clips.length) this.#setCursor(0);
    this.#virtualizer?.focus({ preventScroll: true });
    this.#reveal(this.cursor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selection')) this.#chosen = new Set(this.selection);
    if (changed.has('listId') && changed.get('listId') !== undefined) {
      // Another list: it starts at its top, and a run chosen in the last one means nothing here.
      this.cursor = -1;
      this.#cursorId = null;
      this.#anchor = null;
      this.#drawn = null;
      this.#toTop = true;
    }
    // Opening a clip brings the cursor to it; a clip whose place moved (a refresh) keeps it; a clip
    // gone from the list (deleted) leaves the cursor at its place, on the one after it.
    const follow = changed.has('selectedId') && this.selectedId ? this.selectedId : this.#cursorId;
    if ((changed.has('selectedId') || changed.has('clips')) && follow) {
      const at = this.clips[this.cursor]?.id === follow ? this.cursor : this.#indexOf(follow);
      if (at >= 0) this.cursor = at;
    }
    this.cursor = Math.min(this.cursor, this.clips.length - 1);
    this.#cursorId = this.cursorId;
    const waited = this.#openWhenCome;
    if (waited !== null && (waited !== this.cursor || changed.has('listId')))
      this.#openWhenCome = null;
    else if (waited !== null && this.cursorId) this.openCursor();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#toTop) {
      // Pinned there, not scrolled: the virtualizer keeps a row it was told to show (End's, say) in
      // view through a change of its items, until the person scrolls.
      this.#toTop = false;
      this.#virtualizer?.element(0)?.scrollIntoView({ block: 'start' });
    }
    if (changed.has('selectedId') && this.selectedId && changed.get('selectedId') !== undefined)
      this.#reveal(this.cursor);
  }

  override render() {
    const id = this.cursorId;
    return html`<lit-virtualizer
      scroller
      role="listbox"
      tabindex="0"
      aria-label="Clips"
      aria-multiselectable="true"
      aria-activedescendant=${id ? `clip-${id}` : this.cursor >= 0 ? `row-${this.cursor}` : nothing}
      .items=${this.clips}
      .keyFunction=${(clip: ClipSummary | null, index: number) => clip?.id ?? index}
      .renderItem=${(clip: ClipSummary | null, index: number) =>
        clip ? this.#renderItem(clip, index) : this.#renderWaiting(index)}
      @keydown=${this.#onKeyDown}
      @focus=${() => this.cursor < 0 && this.clips.length && this.#setCursor(0)}
      @rangeChanged=${this.#onRangeChanged}
    ></lit-virtualizer>`;
  }

  get #virtualizer(): LitVirtualizer | null {
    return this.renderRoot.querySelector('lit-virtualizer');
  }

  /** Where a clip is among the rows the list holds; -1 when it holds none. */
  #indexOf(id: string): number {
    return this.clips.findIndex((c) => c?.id === id);
  }

  #setCursor(index: number): void {
    if (this.clips.length === 0) return;
    this.cursor = Math.min(this.clips.length - 1, Math.max(0, index));
    this.#cursorId = this.cursorId;
    this.#reveal(this.cursor);
  }

  /**
   * Scrolls a row into view. A drawn row scrolls itself; one far away has the
   * virtualizer scroll to where it will be; one about to be drawn does it
   * when it is. Nothing waits on a layout that may never come.
   */
  #reveal(index: number): void {
    if (index < 0 || index >= this.clips.length) return;
    this.#revealIndex = index;
    if (this.#scrollToDrawn()) return;
    const drawn = this.#drawn;
    if (drawn && (index < drawn.first || index > drawn.last))
      this.#virtualizer?.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /** Brings the row waiting to be revealed into view, if it is drawn; says whether it was. */
  #scrollToDrawn(): boolean {
    const index = this.#revealIndex;
    const row =
      index !== null && this.renderRoot.querySelector<HTMLElement>(`[data-index="${index}"]`);
    if (!row) return false;
    this.#revealIndex = null;
    row.scrollIntoView({ block: 'nearest' });
    return true;
  }

  #onRangeChanged = (event: Event): void => {
    const { first, last } = event as Event & { first: number; last: number };
    this.#drawn = { first, last };
    this.emit('rows-shown', { first, last });
    const index = this.#revealIndex;
    if (index !== null && !this.#scrollToDrawn() && (index < first || index > last))
      this.#reveal(index);
  };

  /** Rows a page holds, from the list's height and a row's. */
  get #pageRows(): number {
    const list = this.#virtualizer;
    const row = list?.querySelector<HTMLElement>('[role="option"]');
    return list && row ? Math.max(1, Math.floor(list.clientHeight / row.offsetHeight) - 1) : 10;
  }

  /** A row whose clip main has not sent yet: its outline, for the moment it takes to come. */
  #renderWaiting(index: number) {
    if (index === this.#revealIndex) queueMicrotask(() => this.#scrollToDrawn());
    return html`<div
      role="option"
      id=${`row-${index}`}
      class=${index === this.cursor ? 'row waiting cursor' : 'row waiting'}
      data-index=${index}
      aria-selected="false"
      aria-busy="true"
      aria-label="Loading…"
      aria-posinset=${index + 1}
      aria-setsize=${this.clips.length}
    >
      <div class="bar title-bar"></div>
      <div class="bar meta-bar"></div>
      <div class="bar"></div>
      <div class="bar short"></div>
    </div>`;
  }

  #renderItem(clip: ClipSummary, index: number) {
    const open = clip.id === this.selectedId;
    const selected = open || this.#chosen.has(clip.id);
    const cursor = index === this.cursor;
    // A wire story found with no outlet of its own is known by its agency.
    const meta = [clip.source ?? clip.credit, timeAgo(clip.createdAt)].filter(Boolean).join(' · ');
    const classes = ['row', open && 'open', cursor && 'cursor', !clip.reading.read && 'unread'];
    // The row to reveal is being drawn: bring it into view once it is on the page.
    if (index === this.#revealIndex) queueMicrotask(() => this.#scrollToDrawn());
    return html`<div
      role="option"
      id=${`clip-${clip.id}`}
      class=${classes.filter(Boolean).join(' ')}
      data-index=${index}
      data-id=${clip.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${index + 1}
      aria-setsize=${this.clips.length}
      @click=${(e: MouseEvent) => this.#onClick(e, index, clip.id)}
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

  #onClick(event: MouseEvent, index: number, id: string): void {
    if (event.shiftKey) {
      this.emit('clip-range', { from: this.#anchorIndex(index), to: index });
    } else {
      this.#anchor = index;
      this.emit('clip-select', { id, mode: event.ctrlKey || event.metaKey ? 'toggle' : 'single' });
    }
    this.#setCursor(index);
  }

  /** Where a run chosen now starts: where the last one did, else at the open clip, else at the first one chosen. */
  #anchorIndex(fallback: number): number {
    if (this.#anchor !== null) return this.#anchor;
    for (const id of [this.selectedId, this.selection[0]]) {
      const at = id ? this.#indexOf(id) : -1;
      if (at >= 0) return at;
    }
    return fallback;
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
    } else if (event.key === 'Enter' && this.cursor >= 0) {
      handled();
      this.#anchor = this.cursor;
      this.openCursor();
    } else if (event.key === ' ' && id) {
      handled();
      this.#anchor = this.cursor;
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
    if (!extend && !cursorOnly) this.#anchor = null;
    const from = this.cursor;
    this.#setCursor(target);
    if (extend && this.cursor >= 0) {
      this.#anchor ??= from >= 0 ? from : this.cursor;
      this.emit('clip-range', { from: this.#anchor, to: this.cursor });
    }
  }
}

customElements.define('clip-list', ClipList);

declare global {
  interface HTMLElementTagNameMap {
    'clip-list': ClipList;
  }
}
