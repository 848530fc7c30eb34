import { css, html, nothing, type PropertyValues } from 'lit';
import type { Annotation } from '../../electron/api/contract.ts';
import { HIGHLIGHT_COLOR_NAMES } from '../format/colors.ts';
import type { ScreenRect } from './events.ts';
import { highlightStyles } from './highlight-styles.ts';
import { placePopup, popupStyles } from './popup-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Edits one highlight: its colour, its note, or deletes it.
 *
 * @event annotation-update - the colour or the note changed.
 * @event annotation-delete - Delete was chosen.
 * @event popup-close - the popover is done.
 */
export class AnnotationPopover extends PresscutElement {
  static override properties = {
    annotation: { attribute: false },
    rect: { attribute: false },
  };

  /** The highlight being edited; nothing is shown without one. */
  declare annotation: Annotation | null;
  /** Where the highlight is on screen. */
  declare rect: ScreenRect | null;

  static override styles = [
    controlStyles,
    highlightStyles,
    popupStyles,
    css`
      .popup {
        width: 18rem;
        display: grid;
        gap: 8px;
        padding: 10px;
      }
      .swatches,
      .actions {
        display: flex;
        gap: 6px;
        align-items: center;
      }
      .actions {
        justify-content: space-between;
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        min-height: 5rem;
        resize: vertical;
      }
    `,
  ];

  constructor() {
    super();
    this.annotation = null;
    this.rect = null;
  }

  /** Under the highlight when there is no room above it. */
  get #below(): boolean {
    return !!this.rect && this.rect.top < 220;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.rect) placePopup(this.renderRoot.querySelector('.popup'), this.rect, this.#below);
    if (
      changed.has('annotation') &&
      this.annotation &&
      changed.get('annotation')?.id !== this.annotation.id
    ) {
      this.renderRoot.querySelector('textarea')?.focus();
    }
  }

  override render() {
    const a = this.annotation;
    if (!a || !this.rect) return nothing;
    return html`<div
      class=${this.#below ? 'popup below' : 'popup'}
      role="dialog"
      aria-label="Edit highlight"
      @keydown=${(e: KeyboardEvent) => {
        if (e.key === 'Escape') this.#close();
      }}
    >
      <div class="swatches" role="group" aria-label="Colour">
        ${HIGHLIGHT_COLOR_NAMES.map(
          (color) =>
            html`<button
              class=${`swatch hl-${color}`}
              aria-label=${`Colour ${color}`}
              aria-pressed=${color === a.color ? 'true' : 'false'}
              @click=${() => this.emit('annotation-update', { id: a.id, color })}
            ></button>`,
        )}
      </div>
      <textarea
        aria-label="Note"
        placeholder="Add a note…"
        .value=${a.note}
        @change=${this.#saveNote}
      ></textarea>
      <div class="actions">
        <button @click=${() => this.emit('annotation-delete', { id: a.id })}>Delete</button>
        <button class="primary" @click=${this.#close}>Done</button>
      </div>
    </div>`;
  }

  #saveNote(): void {
    const a = this.annotation;
    const note = this.renderRoot.querySelector('textarea')?.value ?? '';
    if (a && note !== a.note) this.emit('annotation-update', { id: a.id, note });
  }

  #close(): void {
    this.#saveNote();
    this.emit('popup-close', null);
  }
}

customElements.define('annotation-popover', AnnotationPopover);

declare global {
  interface HTMLElementTagNameMap {
    'annotation-popover': AnnotationPopover;
  }
}
