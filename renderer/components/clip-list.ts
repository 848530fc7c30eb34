import { css, html } from 'lit';
import type { ClipSummary } from '../../electron/model/clip.ts';
import { timeAgo } from '../format/time.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * The library: every clip, newest first, with its title, outlet, when it was clipped and its first line.
 *
 * @event clip-select - a clip was chosen (click, Enter, or arrow keys).
 * @event clip-delete - the person asked to delete a clip (its button, or the Delete key).
 */
export class ClipList extends PresscutElement {
  static override properties = {
    clips: { attribute: false },
    selectedId: { attribute: false },
    selection: { attribute: false },
  };

  /** The clips to show, in order. */
  declare clips: ClipSummary[];
  /** The clip open in the reader. */
  declare selectedId: string | null;
  /** The clips chosen for a bulk action. */
  declare selection: string[];

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        overflow-y: auto;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 4px 8px 16px;
      }
      li {
        position: relative;
        padding: 10px 36px 10px 12px;
        border-radius: var(--pc-radius);
        cursor: pointer;
        outline: none;
      }
      li:hover {
        background: color-mix(in srgb, var(--pc-selected) 60%, transparent);
      }
      li[aria-selected='true'] {
        background: color-mix(in srgb, var(--pc-selected) 70%, transparent);
      }
      li.open {
        background: var(--pc-selected);
        box-shadow: inset 3px 0 0 var(--pc-accent);
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
      li:focus-visible {
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
      .delete {
        position: absolute;
        top: 6px;
        right: 4px;
        padding: 2px 6px;
        opacity: 0;
        color: var(--pc-muted);
      }
      li:hover .delete,
      li:focus-within .delete,
      li[aria-selected='true'] .delete {
        opacity: 1;
      }
    `,
  ];

  constructor() {
    super();
    this.clips = [];
    this.selectedId = null;
    this.selection = [];
  }

  override render() {
    return html`<ul role="listbox" aria-label="Clips" aria-multiselectable="true" @keydown=${this.#onKeyDown}>
      ${this.clips.map((clip) => this.#renderItem(clip))}
    </ul>`;
  }

  #renderItem(clip: ClipSummary) {
    const open = clip.id === this.selectedId;
    const selected = open || this.selection.includes(clip.id);
    const meta = [clip.source, timeAgo(clip.createdAt)].filter(Boolean).join(' · ');
    return html`<li
      role="option"
      data-id=${clip.id}
      class=${open ? 'open' : ''}
      aria-selected=${selected ? 'true' : 'false'}
      tabindex=${open || (!this.selectedId && clip === this.clips[0]) ? 0 : -1}
      @click=${(e: MouseEvent) => this.emit('clip-select', { id: clip.id, mode: e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'single' })}
    >
      <div class="title">${clip.title || 'Untitled'}</div>
      <div class="meta">${meta}</div>
      <div class="excerpt">${clip.excerpt}</div>
      ${clip.tags.length || clip.annotationCount
        ? html`<div class="badges">
            ${clip.tags.map((t) => html`<span class="tag">${t}</span>`)}
            ${clip.annotationCount ? html`<span class="count" title="Highlights">✎ ${clip.annotationCount}</span>` : ''}
          </div>`
        : ''}
      <button
        class="quiet delete"
        title="Delete clip"
        aria-label=${`Delete “${clip.title}”`}
        @click=${(e: Event) => {
          e.stopPropagation();
          this.emit('clip-delete', { id: clip.id });
        }}
      >
        ✕
      </button>
    </li>`;
  }

  #onKeyDown(event: KeyboardEvent): void {
    const item = (event.target as HTMLElement).closest('li');
    const id = item?.dataset.id;
    if (!item || !id) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.emit('clip-select', { id, mode: 'single' });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.emit('clip-delete', { id });
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (event.key === 'ArrowDown' ? item.nextElementSibling : item.previousElementSibling) as HTMLElement | null;
      if (next?.dataset.id) {
        next.focus();
        this.emit('clip-select', { id: next.dataset.id, mode: event.shiftKey ? 'range' : 'single' });
      }
    }
  }
}

customElements.define('clip-list', ClipList);

declare global {
  interface HTMLElementTagNameMap {
    'clip-list': ClipList;
  }
}
