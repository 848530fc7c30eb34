import { css, html, nothing } from 'lit';
import { tagKey, tidyTag } from '../../common/tag-names.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

let nextId = 0;
const MAX_OPTIONS = 8;

/**
 * A clip's tags as chips, an input that completes from the library's tags
 * (Enter makes a new one), and one-click suggested tags.
 *
 * @event tags-change - a tag was added or removed.
 */
export class TagEditor extends PresscutElement {
  static override properties = {
    tags: { attribute: false },
    known: { attribute: false },
    suggestions: { attribute: false },
    label: {},
    draft: { state: true },
    active: { state: true },
  };

  /** The tags the clip (or selection) carries. */
  declare tags: string[];
  /** Every tag in the library, to complete from. */
  declare known: string[];
  /** Tags to offer with one click; never applied without one. */
  declare suggestions: string[];
  /** What the input is for, for assistive technology. */
  declare label: string;
  declare draft: string;
  declare active: number;
  #listId = `tag-options-${nextId++}`;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-family: var(--pc-font-ui);
        font-size: 13px;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 6px;
      }
      .chip {
        display: inline-flex;
        align-items: center;
        gap: 2px;
        border: 1px solid var(--pc-border);
        background: var(--pc-surface);
        border-radius: 999px;
        padding: 1px 2px 1px 10px;
      }
      .chip button {
        border: none;
        background: transparent;
        padding: 0 6px;
        color: var(--pc-muted);
      }
      .combo {
        position: relative;
      }
      input {
        width: 9rem;
        padding: 3px 8px;
        border-radius: 999px;
      }
      [role='listbox'] {
        position: absolute;
        top: calc(100% + 4px);
        left: 0;
        z-index: 5;
        min-width: 12rem;
        margin: 0;
        padding: 4px;
        list-style: none;
        background: var(--pc-surface);
        border: 1px solid var(--pc-border);
        border-radius: var(--pc-radius);
        box-shadow: var(--pc-shadow);
      }
      [role='option'] {
        padding: 4px 8px;
        border-radius: 4px;
        cursor: pointer;
      }
      [role='option'][aria-selected='true'] {
        background: var(--pc-selected);
      }
      .suggested {
        margin-top: 8px;
        color: var(--pc-muted);
      }
      .suggested button {
        border-style: dashed;
        border-radius: 999px;
        padding: 1px 10px;
        font-size: 12px;
      }
    `,
  ];

  constructor() {
    super();
    this.tags = [];
    this.known = [];
    this.suggestions = [];
    this.label = 'Add a tag';
    this.draft = '';
    this.active = 0;
  }

  get #options(): string[] {
    const typed = tagKey(tidyTag(this.draft));
    if (!typed) return [];
    const taken = new Set(this.tags.map(tagKey));
    const matches = this.known.filter((t) => !taken.has(tagKey(t)) && tagKey(t).includes(typed));
    matches.sort(
      (a, b) => Number(!tagKey(a).startsWith(typed)) - Number(!tagKey(b).startsWith(typed)),
    );
    return matches.slice(0, MAX_OPTIONS);
  }

  override render() {
    const options = this.#options;
    const expanded = options.length > 0;
    return html`<div class="row">
        ${this.tags.map(
          (tag) =>
            html`<span class="chip"
              >${tag}<button
                aria-label=${`Remove tag ${tag}`}
                @click=${() => this.emit('tags-change', { remove: [tag] })}
              >
                ✕
              </button></span
            >`,
        )}
        <span class="combo">
          <input
            role="combobox"
            aria-label=${this.label}
            aria-autocomplete="list"
            aria-expanded=${expanded ? 'true' : 'false'}
            aria-controls=${this.#listId}
            aria-activedescendant=${expanded ? `${this.#listId}-${this.active}` : nothing}
            placeholder="Add tag…"
            .value=${this.draft}
            @input=${(e: Event) => {
              this.draft = (e.target as HTMLInputElement).value;
              this.active = 0;
            }}
            @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, options)}
          />
          ${
            expanded
              ? html`<ul role="listbox" id=${this.#listId} aria-label="Matching tags">
                  ${options.map(
                    (option, i) =>
                      html`<li
                        role="option"
                        id=${`${this.#listId}-${i}`}
                        aria-selected=${i === this.active ? 'true' : 'false'}
                        @mousedown=${(e: Event) => {
                          e.preventDefault();
                          this.#add(option);
                        }}
                      >
                        ${option}
                      </li>`,
                  )}
                </ul>`
              : nothing
          }
        </span>
      </div>
      ${
        this.suggestions.length
          ? html`<div class="row suggested">
              <span>Suggested:</span>
              ${this.suggestions.map(
                (s) =>
                  html`<button
                    aria-label=${`Add suggested tag ${s}`}
                    @click=${() => this.emit('tags-change', { add: [s] })}
                  >
                    + ${s}
                  </button>`,
              )}
            </div>`
          : nothing
      }`;
  }

  #onKeyDown(event: KeyboardEvent, options: string[]): void {
    if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      this.active = (this.active + 1) % options.length;
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      this.active = (this.active - 1 + options.length) % options.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[this.active] ?? this.draft.trim();
      if (chosen) this.#add(chosen);
    } else if (event.key === 'Escape' && this.draft) {
      event.stopPropagation();
      this.draft = '';
    }
  }

  #add(tag: string): void {
    this.emit('tags-change', { add: [tag] });
    this.draft = '';
    this.active = 0;
  }
}

customElements.define('tag-editor', TagEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tag-editor': TagEditor;
  }
}
