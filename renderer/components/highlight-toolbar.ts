import { css, html, type PropertyValues } from 'lit';
import type { HighlightColor } from '../../electron/api/contract.ts';
import { HIGHLIGHT_COLOR_NAMES } from '../format/colors.ts';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import type { Anchor } from './events.ts';
import { highlightStyles } from './highlight-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * The toolbar that floats over selected text: one click highlights it in a
 * colour, or highlights it and opens its note. It never takes focus (the
 * selection would go) and stays while the text is selected.
 *
 * @event highlight-choose - a colour (and whether to write a note) was chosen.
 */
export class HighlightToolbar extends PresscutElement {
  static override properties = {
    anchor: { attribute: false },
    color: {},
  };

  /** The selected text; the toolbar hides without one. */
  declare anchor: Anchor | null;
  /** The colour `h` and the first button use: the last one chosen. */
  declare color: HighlightColor;

  static override styles = [
    controlStyles,
    highlightStyles,
    css`
      popover-panel {
        display: none;
        gap: 6px;
        align-items: center;
      }
      popover-panel:popover-open {
        display: flex;
      }
      .note {
        padding: 3px 10px;
      }
    `,
  ];

  constructor() {
    super();
    this.anchor = null;
    this.color = 'yellow';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('anchor')) return;
    const panel = this.renderRoot.querySelector<PopoverPanel>('popover-panel');
    if (this.anchor) panel?.show(this.anchor);
    else panel?.hide();
  }

  override render() {
    return html`<popover-panel
      manual
      placement="top"
      role="toolbar"
      aria-label="Highlight"
      @mousedown=${(e: Event) => e.preventDefault()}
    >
      ${(this.anchor ? HIGHLIGHT_COLOR_NAMES : []).map(
        (color) =>
          html`<button
            class=${`swatch hl-${color}`}
            aria-label=${`Highlight ${color}`}
            aria-pressed=${color === this.color ? 'true' : 'false'}
            data-tooltip=${color === this.color ? `Highlight ${color} (h)` : `Highlight ${color}`}
            @click=${() => this.emit('highlight-choose', { color, withNote: false })}
          ></button>`,
      )}
      <button
        class="note"
        @click=${() => this.emit('highlight-choose', { color: this.color, withNote: true })}
      >
        Note
      </button>
    </popover-panel>`;
  }
}

customElements.define('highlight-toolbar', HighlightToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'highlight-toolbar': HighlightToolbar;
  }
}
