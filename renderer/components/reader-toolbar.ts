import { CITATION_STYLES } from '../format/citation-styles.ts';
import { html, nothing } from 'lit';
import type { ReadingState, Settings } from '../../electron/api/contract.ts';
import '../overlays/popover-panel.ts';
import type { PresscutEvent } from './events.ts';
import type { PopoverPanel } from '../overlays/popover-panel.ts';
import { PresscutElement } from './presscut-element.ts';
import './reader-settings.ts';
import { readerToolbarStyles } from './reader-toolbar.styles.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * The reader's toolbar: previous and next clip, the appearance menu, the notes
 * panel, favourite, read, archive, and a menu of the clip's other actions.
 *
 * @event clip-step - previous or next clip.
 * @event notes-toggle - the notes panel is to open or close.
 * @event reading-toggle - read, archived or favourite was switched.
 * @event edit-start - Edit was chosen.
 * @event original-show - the original paste is to be shown.
 * @event clip-reclean - the original paste is to be cleaned again.
 * @event citation-copy - the clip's reference is to be copied in a style.
 * @event clip-delete - the clip is to be deleted.
 */
export class ReaderToolbar extends PresscutElement {
  static override properties = {
    clipId: {},
    reading: { attribute: false },
    annotated: { type: Number },
    notesOpen: { type: Boolean },
    editing: { type: Boolean },
    settings: { attribute: false },
    appearanceOpen: { state: true },
    moreOpen: { state: true },
  };

  /** The clip the actions apply to. */
  declare clipId: string;
  /** The clip's reading state: what the favourite, read and archive buttons say. */
  declare reading: ReadingState | null;
  /** How many annotations the clip has, shown on the Notes button. */
  declare annotated: number;
  /** Whether the notes panel is open. */
  declare notesOpen: boolean;
  /** Whether the clip is being edited (Edit is then unavailable). */
  declare editing: boolean;
  /** The settings the appearance menu shows and changes. */
  declare settings: Settings | null;
  /** The appearance choices are drawn only while their panel is open: they weigh on a large list's page. */
  declare appearanceOpen: boolean;
  /** The same for the menu of other actions. */
  declare moreOpen: boolean;

  static override styles = [controlStyles, readerToolbarStyles];

  constructor() {
    super();
    this.clipId = '';
    this.reading = null;
    this.annotated = 0;
    this.notesOpen = false;
    this.editing = false;
    this.settings = null;
    this.appearanceOpen = false;
    this.moreOpen = false;
  }

  override render() {
    const reading = this.reading;
    return html`<div role="toolbar" aria-label="Clip">
      <button
        class="quiet"
        aria-label="Previous clip"
        data-tooltip="Previous clip (p)"
        @click=${() => this.emit('clip-step', { delta: -1 })}
      >
        ←
      </button>
      <button
        class="quiet"
        aria-label="Next clip"
        data-tooltip="Next clip (n)"
        @click=${() => this.emit('clip-step', { delta: 1 })}
      >
        →
      </button>
      <span class="spacer"></span>
      <button
        id="appearance-button"
        class="quiet"
        aria-label="Appearance"
        data-tooltip="Appearance: theme, typeface, size"
        popovertarget="appearance"
      >
        Aa
      </button>
      <popover-panel
        id="appearance"
        anchor="appearance-button"
        placement="bottom-end"
        role="dialog"
        aria-label="Appearance"
        @panel-toggle=${(e: PresscutEvent<'panel-toggle'>) => (this.appearanceOpen = e.detail.open)}
      >
        ${
          this.appearanceOpen
            ? html`<reader-settings autofocus .settings=${this.settings}></reader-settings>`
            : nothing
        }
      </popover-panel>
      <button
        class="quiet"
        aria-pressed=${this.notesOpen ? 'true' : 'false'}
        @click=${() => this.emit('notes-toggle', null)}
      >
        Notes${this.annotated ? ` (${this.annotated})` : ''}
      </button>
      <button
        class="quiet"
        aria-pressed=${reading?.favorite ? 'true' : 'false'}
        aria-label="Favourite"
        data-tooltip="Favourite"
        @click=${() => this.emit('reading-toggle', { key: 'favorite' })}
      >
        ${reading?.favorite ? '★' : '☆'}
      </button>
      <button class="quiet" @click=${() => this.emit('reading-toggle', { key: 'read' })}>
        ${reading?.read ? 'Mark unread' : 'Mark read'}
      </button>
      <button class="quiet" @click=${() => this.emit('reading-toggle', { key: 'archived' })}>
        ${reading?.archived ? 'Unarchive' : 'Archive'}
      </button>
      <button
        id="more-button"
        class="quiet"
        aria-label="More actions"
        aria-haspopup="menu"
        popovertarget="more"
      >
        ⋯
      </button>
      ${this.#renderMore()}
    </div>`;
  }

  #renderMore() {
    // A menu item's event goes out first, then the menu closes and focus goes back to ⋯.
    return html`<popover-panel
      id="more"
      anchor="more-button"
      placement="bottom-end"
      role="menu"
      aria-label="More actions"
      @panel-toggle=${(e: PresscutEvent<'panel-toggle'>) => (this.moreOpen = e.detail.open)}
      @click=${(e: Event) =>
        (e.target as Element).closest('[role="menuitem"]') && this.#more?.hide()}
    >
      ${this.moreOpen ? this.#renderMoreItems() : nothing}
    </popover-panel>`;
  }

  #renderMoreItems() {
    return html`<button
        role="menuitem"
        class="quiet"
        ?disabled=${this.editing}
        @click=${() => this.emit('edit-start', null)}
      >
        Edit the clip
      </button>
      <button role="menuitem" class="quiet" @click=${() => this.emit('original-show', null)}>
        Show the original paste
      </button>
      <button role="menuitem" class="quiet" @click=${() => this.emit('clip-reclean', null)}>
        Clean the paste again
      </button>
      ${CITATION_STYLES.map(
        ({ style, label }) =>
          html`<button
            role="menuitem"
            class="quiet"
            @click=${() => this.emit('citation-copy', { ids: [this.clipId], style })}
          >
            Copy citation (${label})
          </button>`,
      )}
      <button
        role="menuitem"
        class="quiet"
        @click=${() => this.emit('clip-delete', { id: this.clipId })}
      >
        Delete
      </button>`;
  }

  /** Gives focus to ⋯: where a person goes back to from what one of its items opened. */
  focusMore(): void {
    this.renderRoot.querySelector<HTMLElement>('#more-button')?.focus();
  }

  get #more(): PopoverPanel | null {
    return this.renderRoot.querySelector('#more');
  }
}

customElements.define('reader-toolbar', ReaderToolbar);

declare global {
  interface HTMLElementTagNameMap {
    'reader-toolbar': ReaderToolbar;
  }
}
