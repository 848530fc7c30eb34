import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { css, html, nothing, type PropertyValues } from 'lit';
import type { ClipSummary } from '../../electron/api/contract.ts';
import { findTerms } from '../format/find-terms.ts';
import { timeAgo } from '../format/time.ts';
import { highlightStyles } from './highlight-styles.ts';
import { renderInline } from './inline-text.ts';
import { PresscutElement } from './presscut-element.ts';

/**
 * The library: every clip, newest first, with its title, outlet, when it was
 * clipped and its first line. Only the rows on screen exist in the page, so a
 * library of tens of thousands of clips stays light.
 *
 * Arrow keys (and j/k, through `moveCursor`) move through the list; Enter opens.
 *
 * @event clip-select - a clip was chosen: alone (click, Enter), toggled (ctrl/cmd-click), or a run (shift).
 * @event clip-delete - the person asked to delete a clip (the Delete key).
 */
export class ClipList extends PresscutElement {
  static override properties = {
    clips: { attribute: false },
    selectedId: { attribute: false },
    selection: { attribute: false },
    terms: { attribute: false },
    cursor: { state: true },
  };

  /** The clips to show, in order. */
  declare clips: ClipSummary[];
  /** The clip open in the reader. */
  declare selectedId: string | null;
  /** The clips chosen for a bulk action. */
  declare selection: string[];
  /** Words a search found, per clip, to mark in its title and opening. */
  declare terms: ReadonlyMap<string, string[]>;
  /** The row keyboard focus is on. */
  declare cursor: number;
  /** Whether the virtualizer has laid the list out once: before that it cannot scroll to a clip. */
  #laidOut = false;

  static override styles = [
    highlightStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      lit-virtualizer {
        height: 100%;
        padding: 4px 8px 16px;
        box-sizing: border-box;
      }
      .row {
        position: relative;
        width: 100%;
        box-sizing: border-box;
        padding: 10px 12px;
        border-radius: var(--pc-radius);
        cursor: pointer;
        outline: none;
      }
      .row:hover {
        background: color-mix(in srgb, var(--pc-selected) 60%, transparent);
      }
      .row[aria-selected='true'] {
        background: color-mix(in srgb, var(--pc-selected) 70%, transparent);
      }
      .row.open {
        background: var(--pc-selected);
        box-shadow: inset 3px 0 0 var(--pc-accent);
      }
      .row:focus-visible {
        box-shadow: inset 0 0 0 2px var(--pc-focus);
      }
      .title {
        font-weight: 600;
        line-height: 1.3;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .unread .title::before {
        content: '';
        display: inline-block;
        width: 7px;
        height: 7px;
        border-radius: 50%;
        background: var(--pc-accent);
        margin: 0 6px 2px 0;
      }
      .meta {
        color: var(--pc-muted);
        font-size: 12px;
        margin: 3px 0;
      }
      .excerpt {
        color: var(--pc-muted);
        font-size: 13px;
        line-height: 1.4;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
        overflow: hidden;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        margin-top: 6px;
      }
      .tag,
      .count {
        font-size: 11px;
        color: var(--pc-muted);
        border: 1px solid var(--pc-border);
        border-radius: 999px;
        padding: 0 7px;
      }
      .tag.link-only {
        border-style: dashed;
      }
    `,
  ];

  constructor() {
    super();
    this.clips = [];
    this.selectedId = null;
    this.selection = [];
    this.terms = new Map();
    this.cursor = 0;
  }

  /** Moves keyboard focus up or down the list, scrolling as needed. */
  async moveCursor(delta: number): Promise<void> {
    if (this.clips.length === 0) return;
    this.cursor = Math.min(this.clips.length - 1, Math.max(0, this.cursor + delta));
    await this.#focusCursor();
  }

  /** Opens the clip the cursor is on. */
  openCursor(): void {
    const clip = this.clips[this.cursor];
    if (clip) this.emit('clip-select', { id: clip.id, mode: 'single' });
  }

  /** Puts keyboard focus on the list, at its cursor. */
  async focusList(): Promise<void> {
    await this.#focusCursor();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Opening a clip brings the cursor to it; a new list keeps the cursor on the clip it was on.
    const follow = changed.has('selectedId')
      ? this.selectedId
      : changed.has('clips')
        ? (changed.get('clips')?.[this.cursor]?.id ?? null)
        : undefined;
    if (follow === undefined) return;
    const at = this.clips.findIndex((c) => c.id === follow);
    this.cursor = at >= 0 ? at : Math.min(this.cursor, Math.max(0, this.clips.length - 1));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('selectedId') && this.selectedId && changed.get('selectedId') !== undefined) {
      const virtualizer = this.#virtualizer;
      const reveal = () => virtualizer?.element(this.cursor)?.scrollIntoView({ block: 'nearest' });
      // A list drawn a moment ago (clips dropped on an empty library) cannot scroll before its first layout.
      if (this.#laidOut) reveal();
      else void virtualizer?.layoutComplete?.then(reveal, () => undefined);
    }
  }

  override render() {
    return html`<lit-virtualizer
      scroller
      role="listbox"
      aria-label="Clips"
      aria-multiselectable="true"
      .items=${this.clips}
      .keyFunction=${(clip: ClipSummary) => clip.id}
      .renderItem=${(clip: ClipSummary, index: number) => this.#renderItem(clip, index)}
      @keydown=${this.#onKeyDown}
      @rangeChanged=${() => (this.#laidOut = true)}
    ></lit-virtualizer>`;
  }

  get #virtualizer(): LitVirtualizer | null {
    return this.renderRoot.querySelector('lit-virtualizer');
  }

  async #focusCursor(): Promise<void> {
    const virtualizer = this.#virtualizer;
    if (!virtualizer) return;
    virtualizer.element(this.cursor)?.scrollIntoView({ block: 'nearest' });
    await this.updateComplete;
    await virtualizer.layoutComplete;
    this.renderRoot
      .querySelector<HTMLElement>(`[data-index="${this.cursor}"]`)
      ?.focus({ preventScroll: true });
  }

  #renderItem(clip: ClipSummary, index: number) {
    const open = clip.id === this.selectedId;
    const selected = open || this.selection.includes(clip.id);
    // A wire story found with no outlet of its own is known by its agency.
    const meta = [clip.source ?? clip.credit, timeAgo(clip.createdAt)].filter(Boolean).join(' · ');
    return html`<div
      role="option"
      class=${`row${open ? ' open' : ''}${clip.reading.read ? '' : ' unread'}`}
      data-index=${index}
      data-id=${clip.id}
      aria-selected=${selected ? 'true' : 'false'}
      aria-posinset=${index + 1}
      aria-setsize=${this.clips.length}
      tabindex=${index === this.cursor ? 0 : -1}
      @click=${(e: MouseEvent) => {
        this.cursor = index;
        this.emit('clip-select', {
          id: clip.id,
          mode: e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'single',
        });
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
              ${clip.linkOnly ? html`<span class="tag link-only" title="Imported without its text">Link only</span>` : nothing}
              ${clip.tags.map((t) => html`<span class="tag">${t}</span>`)}
              ${clip.annotationCount ? html`<span class="count" title="Highlights">✎ ${clip.annotationCount}</span>` : nothing}
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
    // The cursor moves at once on a key press while focus follows a frame later: act on the cursor.
    const id = this.clips[this.cursor]?.id;
    if (!id || !(event.target as HTMLElement).closest('[role="option"]')) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.emit('clip-select', { id, mode: 'single' });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.emit('clip-delete', { id });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      void this.moveCursor(event.key === 'ArrowDown' ? 1 : -1).then(() => {
        if (event.shiftKey)
          this.emit('clip-select', { id: this.clips[this.cursor].id, mode: 'range' });
      });
    }
  }
}

customElements.define('clip-list', ClipList);

declare global {
  interface HTMLElementTagNameMap {
    'clip-list': ClipList;
  }
}
