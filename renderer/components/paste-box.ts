import { css, html, type PropertyValues } from 'lit';
import { pasteOf } from '../input/clipboard.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles, showSheet } from './sheet-dialog.ts';

/**
 * The New clip box: a place to paste into (or type), for when a paste
 * shortcut is not at hand.
 *
 * @event paste-submit - something was pasted (text and its HTML flavour) or typed and submitted.
 * @event paste-box-close - the box was dismissed.
 */
export class PasteBox extends PresscutElement {
  static override properties = {
    open: { type: Boolean },
    shortcut: {},
  };

  /** Whether the box is shown (as a modal dialog). */
  declare open: boolean;
  /** The paste shortcut as this platform writes it. */
  declare shortcut: string;

  static override styles = [
    controlStyles,
    sheetStyles,
    css`
      dialog {
        width: min(40rem, 90vw);
        padding: 20px;
      }
      p {
        margin: 0 0 12px;
        color: var(--pc-muted);
      }
      textarea {
        box-sizing: border-box;
        width: 100%;
        height: 14rem;
        resize: vertical;
      }
    `,
  ];

  constructor() {
    super();
    this.open = false;
    this.shortcut = 'Ctrl+V';
  }

  override render() {
    return html`<dialog aria-labelledby="paste-title" @cancel=${this.#onCancel}>
      <h2 id="paste-title">New clip</h2>
      <p>Paste an article here (${this.shortcut}), or type some text and choose Clip.</p>
      <textarea aria-label="Article to clip" @paste=${this.#onPaste}></textarea>
      <div class="actions">
        <button @click=${() => this.emit('paste-box-close', null)}>Cancel</button>
        <button class="primary" @click=${this.#submitTyped}>Clip</button>
      </div>
    </dialog>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    const dialog = this.renderRoot.querySelector('dialog');
    const textarea = this.renderRoot.querySelector('textarea');
    if (!dialog || !textarea) return;
    if (this.open && !dialog.open) textarea.value = '';
    showSheet(dialog, this.open);
    if (this.open) textarea.focus();
  }

  #onPaste(event: ClipboardEvent): void {
    const data = event.clipboardData;
    if (!data) return;
    event.preventDefault();
    this.emit('paste-submit', pasteOf(data));
  }

  #submitTyped(): void {
    const text = this.renderRoot.querySelector('textarea')?.value ?? '';
    this.emit('paste-submit', { text });
  }

  #onCancel(event: Event): void {
    event.preventDefault();
    this.emit('paste-box-close', null);
  }
}

customElements.define('paste-box', PasteBox);

declare global {
  interface HTMLElementTagNameMap {
    'paste-box': PasteBox;
  }
}
