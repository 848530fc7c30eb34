import { css, html, nothing, type PropertyValues } from 'lit';
import type { HighlightColor } from '../../electron/api/contract.ts';
import { HIGHLIGHT_COLOR_NAMES } from '../format/colors.ts';
import type { ScreenRect } from './events.ts';
import { highlightStyles } from './highlight-styles.ts';
import { placePopup, popupStyles } from './popup-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * The toolbar that floats over selected text: one click highlights it in a
 * colour, or highlights it and opens its note.
 *
 * @event highlight-choose - a colour (and whether to write a note) was chosen.
 */
export class HighlightToolbar extends PresscutElement {
  static override properties = {
    rect: { attribute: false },
    color: {},
  };

  /** Where the selection is on screen; the toolbar hides without one. */
  declare rect: ScreenRect | null;
  /** The colour `h` and the first button use: the last one chosen. */
  declare color: HighlightColor;

  static override styles = [
    controlStyles,
    highlightStyles,
    popupStyles,
    css`
      .popup {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .note {
        padding: 3px 10px;
      }
    `,
  ];

  constructor() {
    super();
    this.rect = null;
    this.color = 'yellow';
  }

  /** Under the selection when there is no room above it. */
  get #below(): boolean {
    return !!this.rect && this.rect.top < 80;
  }

  protected override updated(_changed: PropertyValues<this>): void {
    if (this.rect) placePopup(this.renderRoot.querySelector('.popup'), this.rect, this.#below);
  }

  override render() {
    if (!this.rect) return nothing;
    return html`<div
      class=${this.#below ? 'popup below' : 'popup'}
      role="toolbar"
      aria-label="Highlight"
      @mousedown=${(e: Event) => e.preventDefault()}
    >
      ${HIGHLIGHT_COLOR_NAMES.map(
        (color) =>
          html`<button
            class=${`swatch hl-${color}`}
            aria-label=${`Highlight ${color}`}
            aria-pressed=${color === this.color ? 'true' : 'false'}
            title=${color === this.color ? `Highlight ${color} (h)` : `Highlight ${color}`}
            @click=${() => this.emit('highlight-choose', { color, withNote: false })}
          ></button>`,
      )}
      <button
        class="note"
        @click=${() => this.emit('highlight-choose', { color: this.color, withNote: true })}
      >
        Note
      </button>
    </div>`;
  }
}

customElements.define('highlight-toolbar', HighlightToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'highlight-toolbar': HighlightToolbar;
  }
}
