import { css, html, nothing } from 'lit';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { pasteOf } from '../input/clipboard.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

/**
 * The New clip box: a place to paste into (or type), for when a paste
 * shortcut is not at hand.
 *
 * @event paste-submit - something was pasted (text and its HTML flavour) or typed and submitted.
 * @event paste-box-close - the box was dismissed.
 */
export class PasteBox extends PresscutElement {
  static override properties = {
    shortcut: {},
    error: {},
  };

  /** The paste shortcut as this platform writes it. */
  declare shortcut: string;
  /** Why what was put in the box could not be clipped, and what to do. */
  declare error: string | null;

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
      .error {
        margin: 8px 0 0;
        color: var(--pc-danger);
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
    this.shortcut = 'Ctrl+V';
    this.error = null;
    new ModalDialog(this, () => this.emit('paste-box-close', null));
  }

  override render() {
    return html`<dialog aria-labelledby="paste-title">
      <h2 id="paste-title">New clip</h2>
      <p>Paste an article here (${this.shortcut}), or type some text and choose Clip.</p>
      <textarea aria-label="Article to clip" autofocus @paste=${this.#onPaste}></textarea>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      <div class="actions">
        <button @click=${() => this.emit('paste-box-close', null)}>Cancel</button>
        <button class="primary" @click=${this.#submitTyped}>Clip</button>
      </div>
    </dialog>`;
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
}

customElements.define('paste-box', PasteBox);

declare global {
  interface HTMLElementTagNameMap {
    'paste-box': PasteBox;
  }
}
