import { css, html, nothing } from 'lit';
import { tagKey, tidyTag } from '../../common/tag-names.ts';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
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
    suggesting: { type: Boolean },
    label: {},
    draft: { state: true },
    active: { state: true },
    listOpen: { state: true },
  };

  /** The tags the clip (or selection) carries. */
  declare tags: string[];
  /** Every tag in the library, to complete from. */
  declare known: string[];
  /** Tags to offer with one click; never applied without one. */
  declare suggestions: string[];
  /** Whether the row of suggestions is shown (its room kept even while they are on their way). */
  declare suggesting: boolean;
  /** What the input is for, for assistive technology. */
  declare label: string;
  declare draft: string;
  declare active: number;
  /** The completions show while the person types in the field. */
  declare listOpen: boolean;
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
        min-width: 12rem;
        padding: 4px;
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
        height: 24px;
        overflow: hidden;
        position: relative;
      }
      .suggested .off {
        visibility: hidden;
      }
      .suggested .taken {
        border-style: solid;
        opacity: 0.7;
      }
      /* "+" and "✓" take the same room, so a chip taken keeps its width and the next stays put. */
      .suggested .mark {
        display: inline-block;
        width: 1.1em;
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
    this.suggesting = false;
    this.label = 'Add a tag';
    this.draft = '';
    this.active = 0;
    this.listOpen = false;
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

  protected override updated(): void {
    // The completions float under the field while there are any; typing never leaves the field.
    const list = this.renderRoot.querySelector<PopoverPanel>('popover-panel');
    if (this.listOpen && this.#options.length) list?.show();
    else list?.hide();
    this.#fitSuggestions();
  }

  override render() {
    const options = this.#options;
    const expanded = this.listOpen && options.length > 0;
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
            id=${`${this.#listId}-input`}
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
              this.listOpen = true;
            }}
            @blur=${() => (this.listOpen = false)}
            @keydown=${(e: KeyboardEvent) => this.#onKeyDown(e, expanded ? options : [])}
          />
          <popover-panel
            manual
            id=${this.#listId}
            anchor=${`${this.#listId}-input`}
            placement="bottom-start"
            role="listbox"
            aria-label="Matching tags"
          >
            ${options.map(
              (option, i) =>
                html`<div
                  role="option"
                  id=${`${this.#listId}-${i}`}
                  aria-selected=${i === this.active ? 'true' : 'false'}
                  @mousedown=${(e: Event) => {
                    e.preventDefault();
                    this.#add(option);
                  }}
                >
                  ${option}
                </div>`,
            )}
          </popover-panel>
        </span>
      </div>
      ${this.suggesting ? this.#renderSuggestions() : nothing}`;
  }

  /**
   * The suggested tags, on one line whose room is kept before they arrive, so
   * the text below never moves. A suggestion taken stays where it was, ticked,
   * so the next click lands where the person aimed; those that do not fit
   * the line are left out rather than wrap.
   */
  #renderSuggestions() {
    const taken = new Set(this.tags.map(tagKey));
    return html`<div class="row suggested" aria-label="Suggested tags" role="group">
      ${
        this.suggestions.length
          ? html`<span>Suggested:</span> ${this.suggestions.map((s) =>
                taken.has(tagKey(s))
                  ? html`<button class="taken" disabled aria-label=${`Suggested tag ${s}, added`}>
                      <span class="mark">✓</span>${s}
                    </button>`
                  : html`<button
                      aria-label=${`Add suggested tag ${s}`}
                      @click=${() => this.emit('tags-change', { add: [s] })}
                    >
                      <span class="mark">+</span>${s}
                    </button>`,
              )}`
          : nothing
      }
    </div>`;
  }

  protected override firstUpdated(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.suggested');
    if (row) new ResizeObserver(() => this.#fitSuggestions()).observe(row);
  }

  /** Hides the suggestions that wrapped past the row's one line (and keeps them out of Tab's way). */
  #fitSuggestions(): void {
    const row = this.renderRoot.querySelector<HTMLElement>('.suggested');
    if (!row) return;
    // The row is positioned, so a chip's offsetTop is measured from the row's own top.
    for (const chip of row.querySelectorAll<HTMLElement>('button')) {
      const off = chip.offsetTop > 4;
      chip.classList.toggle('off', off);
      chip.inert = off;
    }
  }

  /** Keys in the field: `options` are the completions shown, none while the list is closed. */
  #onKeyDown(event: KeyboardEvent, options: string[]): void {
    if (event.key === 'ArrowDown' && !this.listOpen && this.#options.length) {
      event.preventDefault();
      this.listOpen = true;
    } else if (event.key === 'ArrowDown' && options.length) {
      event.preventDefault();
      this.active = (this.active + 1) % options.length;
    } else if (event.key === 'ArrowUp' && options.length) {
      event.preventDefault();
      this.active = (this.active - 1 + options.length) % options.length;
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[this.active] ?? this.draft.trim();
      if (chosen) this.#add(chosen);
    } else if (event.key === 'Escape' && (this.draft || this.listOpen)) {
      event.stopPropagation();
      if (this.listOpen) this.listOpen = false;
      else this.draft = '';
    }
  }

  #add(tag: string): void {
    this.emit('tags-change', { add: [tag] });
    this.draft = '';
    this.active = 0;
    this.listOpen = false;
  }
}

customElements.define('tag-editor', TagEditor);

declare global {
  interface HTMLElementTagNameMap {
    'tag-editor': TagEditor;
  }
}
