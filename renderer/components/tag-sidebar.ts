import { css, html, nothing } from 'lit';
import type { TagSummary } from '../../electron/api/contract.ts';
import { TAG_COLOR_NAMES } from '../format/colors.ts';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import type { PresscutEvent } from './events.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Every tag with its count and colour. Choosing tags filters the library (a
 * clip must carry all of them); each tag can be renamed (onto another to
 * merge), coloured or deleted.
 *
 * @event tag-filter-toggle - a tag was added to or taken out of the filter.
 * @event tag-filter-clear - "All clips" was chosen.
 * @event tag-rename - a tag was renamed.
 * @event tag-color - a tag's colour was chosen.
 * @event tag-delete - a tag was deleted.
 */
export class TagSidebar extends PresscutElement {
  static override properties = {
    tags: { attribute: false },
    filter: { attribute: false },
    menuFor: { state: true },
    renaming: { state: true },
  };

  declare tags: TagSummary[];
  /** The tags the library is filtered by. */
  declare filter: string[];
  declare menuFor: string | null;
  declare renaming: string | null;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-size: 13px;
      }
      h2 {
        font-size: 11px;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--pc-faint);
        margin: 16px 12px 6px;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0 6px;
      }
      li {
        position: relative;
        display: flex;
        align-items: center;
      }
      .tag {
        flex: 1;
        display: flex;
        align-items: center;
        gap: 8px;
        text-align: left;
        border: none;
        background: transparent;
        padding: 5px 8px;
        min-width: 0;
      }
      .tag[aria-pressed='true'] {
        background: var(--pc-selected);
        font-weight: 600;
      }
      .name {
        flex: 1;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .count {
        color: var(--pc-faint);
        font-size: 12px;
      }
      .dot {
        width: 9px;
        height: 9px;
        border-radius: 50%;
        background: var(--dot, transparent);
        border: 1px solid var(--pc-faint);
        flex: none;
      }
      .more {
        border: none;
        background: transparent;
        padding: 2px 6px;
        color: var(--pc-muted);
      }
      /* Wide enough for every colour on one row. */
      popover-panel {
        width: 13.5rem;
        gap: 6px;
        padding: 8px;
      }
      [role='menuitem'] {
        text-align: left;
      }
      .swatches {
        display: flex;
        flex-wrap: wrap;
        justify-content: space-between;
        gap: 4px;
      }
      .swatch {
        width: 18px;
        height: 18px;
        padding: 0;
        border-radius: 50%;
        background: var(--dot);
      }
      .swatch[aria-checked='true'] {
        outline: 2px solid var(--pc-text);
        outline-offset: 1px;
      }
      input {
        width: 100%;
        box-sizing: border-box;
        padding: 3px 6px;
      }
      .empty {
        color: var(--pc-faint);
        padding: 4px 14px;
      }
      .c-gray {
        --dot: var(--pc-tag-gray);
      }
      .c-red {
        --dot: var(--pc-tag-red);
      }
      .c-orange {
        --dot: var(--pc-tag-orange);
      }
      .c-yellow {
        --dot: var(--pc-tag-yellow);
      }
      .c-green {
        --dot: var(--pc-tag-green);
      }
      .c-teal {
        --dot: var(--pc-tag-teal);
      }
      .c-blue {
        --dot: var(--pc-tag-blue);
      }
      .c-purple {
        --dot: var(--pc-tag-purple);
      }
      .c-pink {
        --dot: var(--pc-tag-pink);
      }
    `,
  ];

  constructor() {
    super();
    this.tags = [];
    this.filter = [];
    this.menuFor = null;
    this.renaming = null;
  }

  override render() {
    return html`<h2 id="tags-heading">Tags</h2>
      <ul aria-labelledby="tags-heading">
        <li>
          <button
            class="tag"
            aria-pressed=${this.filter.length === 0 ? 'true' : 'false'}
            @click=${() => this.emit('tag-filter-clear', null)}
          >
            <span class="name">All clips</span>
          </button>
        </li>
        ${this.tags.map((tag) => this.#renderTag(tag))}
      </ul>
      ${this.tags.length === 0 ? html`<p class="empty">No tags yet.</p>` : nothing}
      ${this.#renderMenu()}`;
  }

  #renderTag(tag: TagSummary) {
    const pressed = this.filter.includes(tag.name);
    if (this.renaming === tag.name) {
      return html`<li>
        <input
          aria-label=${`New name for the tag ${tag.name}`}
          .value=${tag.name}
          @keydown=${(e: KeyboardEvent) => this.#onRenameKey(e, tag.name)}
          @blur=${() => (this.renaming = null)}
        />
      </li>`;
    }
    return html`<li>
      <button
        aria-pressed=${pressed ? 'true' : 'false'}
        class=${tag.color ? `tag c-${tag.color}` : 'tag'}
        @click=${() => this.emit('tag-filter-toggle', { name: tag.name })}
      >
        <span class="dot"></span><span class="name">${tag.name}</span
        ><span class="count">${tag.count}</span>
      </button>
      <button
        class="more"
        aria-label=${`Actions for the tag ${tag.name}`}
        popovertarget="tag-menu"
        @click=${(e: MouseEvent) => this.#aimMenu(e, tag.name)}
      >
        ⋯
      </button>
    </li>`;
  }

  /**
   * One menu serves every tag: its ⋯ toggles it (the platform does); the ⋯ of
   * another tag while it is open moves it there instead of closing it.
   */
  #aimMenu(event: MouseEvent, name: string): void {
    const menu = this.#menu;
    const button = event.currentTarget as HTMLElement;
    if (!menu) return;
    if (menu.open && this.menuFor !== name) event.preventDefault();
    this.menuFor = name;
    menu.setAnchor(button);
  }

  get #menu(): PopoverPanel | null {
    return this.renderRoot.querySelector('#tag-menu');
  }

  #renderMenu() {
    const tag = this.tags.find((t) => t.name === this.menuFor);
    const act = (action: () => void) => () => {
      this.#menu?.hide();
      action();
    };
    return html`<popover-panel
      id="tag-menu"
      placement="right-start"
      role="menu"
      aria-label=${tag ? `Tag ${tag.name}` : 'Tag'}
      @panel-toggle=${(e: PresscutEvent<'panel-toggle'>) => !e.detail.open && (this.menuFor = null)}
    >
      ${
        tag
          ? html`<button
                role="menuitem"
                @click=${act(async () => {
                  this.renaming = tag.name;
                  await this.updateComplete;
                  this.renderRoot.querySelector('input')?.select();
                })}
              >
                Rename…
              </button>
              <div class="swatches" role="group" aria-label="Colour">
                ${TAG_COLOR_NAMES.map(
                  (color) =>
                    html`<button
                      role="menuitemradio"
                      class=${`swatch c-${color}`}
                      aria-label=${`Colour ${color}`}
                      aria-checked=${tag.color === color ? 'true' : 'false'}
                      @click=${act(() =>
                        this.emit('tag-color', {
                          name: tag.name,
                          color: tag.color === color ? null : color,
                        }),
                      )}
                    ></button>`,
                )}
              </div>
              <button
                role="menuitem"
                @click=${act(() => this.emit('tag-delete', { name: tag.name }))}
              >
                Delete tag
              </button>`
          : nothing
      }
    </popover-panel>`;
  }

  #onRenameKey(event: KeyboardEvent, from: string): void {
    if (event.key === 'Escape') {
      this.renaming = null;
    } else if (event.key === 'Enter') {
      const to = (event.target as HTMLInputElement).value.trim();
      this.renaming = null;
      if (to && to !== from) this.emit('tag-rename', { from, to });
    }
  }
}

customElements.define('tag-sidebar', TagSidebar);

declare global {
  interface HTMLElementTagNameMap {
    'tag-sidebar': TagSidebar;
  }
}
