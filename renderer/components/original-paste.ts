import { css, html, nothing } from 'lit';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import type { Paste } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

/**
 * What the person pasted, exactly as it was kept: its text, and the size of
 * its HTML flavour (never drawn as HTML).
 *
 * @event popup-close - the dialog was closed.
 */
export class OriginalPaste extends PresscutElement {
  static override properties = {
    paste: { attribute: false },
  };

  /** The paste to show; the dialog is open while it is set. */
  declare paste: Paste | null;

  static override styles = [
    controlStyles,
    sheetStyles,
    css`
      dialog {
        width: min(56rem, 92vw);
        max-height: 86vh;
        padding: 20px;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
        gap: 12px;
      }
      p {
        margin: 0;
        color: var(--pc-muted);
      }
      pre {
        flex: 1;
        overflow: auto;
        margin: 0;
        padding: 12px;
        background: var(--pc-bg);
        border: 1px solid var(--pc-border);
        border-radius: 6px;
        font-family: var(--pc-font-mono);
        font-size: 12px;
        white-space: pre-wrap;
      }
    `,
  ];

  constructor() {
    super();
    this.paste = null;
    new ModalDialog(this, () => this.emit('popup-close', null));
  }

  override render() {
    const paste = this.paste;
    return html`<dialog aria-labelledby="original-title">
      <h2 id="original-title">Original paste</h2>
      <p>
        Exactly what was pasted, kept with the clip so it can be cleaned again.
        ${paste?.html ? `Its HTML flavour is kept too (${Math.ceil(new Blob([paste.html]).size / 1024).toLocaleString()} KB).` : nothing}
      </p>
      <pre tabindex="0" aria-label="Pasted text">
${paste?.text || '(The paste had no text flavour.)'}</pre>
      <div class="actions">
        <button class="primary" autofocus @click=${() => this.emit('popup-close', null)}>
          Close
        </button>
      </div>
    </dialog>`;
  }
}

customElements.define('original-paste', OriginalPaste);

declare global {
  interface HTMLElementTagNameMap {
    'original-paste': OriginalPaste;
  }
}
