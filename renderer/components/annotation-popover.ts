import { css, html, nothing, type PropertyValues } from 'lit';
import type { Annotation } from '../../electron/api/contract.ts';
import { HIGHLIGHT_COLOR_NAMES } from '../format/colors.ts';
import '../overlays/popover-panel.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import type { Anchor, PresscutEvent } from './events.ts';
import { highlightStyles } from './highlight-styles.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Edits one highlight: its colour, its note, or deletes it. Opens beside the
 * highlight and follows it as the text reflows; Done, Esc or a click outside
 * keeps the note and closes it.
 *
 * @event annotation-update - the colour or the note changed.
 * @event annotation-delete - Delete was chosen.
 * @event popup-close - the popover closed.
 */
export class AnnotationPopover extends PresscutElement {
  static override properties = {
    annotation: { attribute: false },
    anchor: { attribute: false },
  };

  /** The highlight being edited; nothing is shown without one. */
  declare annotation: Annotation | null;
  /** The highlight's mark in the text. */
  declare anchor: Anchor | null;

  static override styles = [
    controlStyles,
    highlightStyles,
    css`
      popover-panel {
        width: 18rem;
        padding: 10px;
      }
      popover-panel:popover-open {
        display: grid;
        gap: 8px;
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
    this.anchor = null;
  }

  get #panel(): PopoverPanel | null {
    return this.renderRoot.querySelector('popover-panel');
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('anchor') && !changed.has('annotation')) return;
    if (!this.annotation || !this.anchor) {
      this.#panel?.hide();
      return;
    }
    // Another highlight, or another place, opens it there; the same highlight saved (its note, say)
    // leaves it as the person left it: a save that lands after Done must not open it again.
    const before = changed.get('annotation') as Annotation | null | undefined;
    if (changed.has('anchor') || before?.id !== this.annotation.id) this.#panel?.show(this.anchor);
  }

  override render() {
    const a = this.annotation;
    return html`<popover-panel
      placement="top"
      role="dialog"
      aria-label="Edit highlight"
      @panel-toggle=${(e: PresscutEvent<'panel-toggle'>) => !e.detail.open && this.#closed()}
    >
      ${
        a
          ? html`<div class="swatches" role="group" aria-label="Colour">
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
                autofocus
                .value=${a.note}
                @change=${this.#saveNote}
              ></textarea>
              <div class="actions">
                <button @click=${() => this.emit('annotation-delete', { id: a.id })}>Delete</button>
                <button class="primary" @click=${() => this.#panel?.hide()}>Done</button>
              </div>`
          : nothing
      }
    </popover-panel>`;
  }

  #saveNote(): void {
    const a = this.annotation;
    const note = this.renderRoot.querySelector('textarea')?.value ?? '';
    if (a && note !== a.note) this.emit('annotation-update', { id: a.id, note });
  }

  #closed(): void {
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
