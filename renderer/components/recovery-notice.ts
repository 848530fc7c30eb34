import { css, html, nothing } from 'lit';
import type { LibraryRecovery } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Tells the person, once, that the library was damaged and repaired at
 * opening (a backup put in place of the index, or the change log's good lines
 * kept): what happened, where the damaged file is kept, what may be missing.
 *
 * @event recovery-dismiss - the person has read it.
 */
export class RecoveryNotice extends PresscutElement {
  static override properties = {
    recovery: { attribute: false },
  };

  /** What was restored; nothing is shown without it. */
  declare recovery: LibraryRecovery | null;

  static override styles = [
    controlStyles,
    css`
      .notice {
        position: fixed;
        top: 56px;
        left: 50%;
        transform: translateX(-50%);
        width: min(44rem, 92vw);
        box-sizing: border-box;
        padding: 14px 16px;
        border-radius: var(--pc-radius);
        background: var(--pc-surface);
        border: 1px solid var(--pc-danger);
        box-shadow: var(--pc-shadow);
        z-index: 25;
      }
      h2 {
        margin: 0 0 6px;
        font-size: 16px;
      }
      p {
        margin: 0 0 10px;
        line-height: 1.45;
        overflow-wrap: anywhere;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
      }
    `,
  ];

  constructor() {
    super();
    this.recovery = null;
  }

  override render() {
    const r = this.recovery;
    if (!r) return nothing;
    return html`<section class="notice" role="alert" aria-labelledby="recovery-title">
      <h2 id="recovery-title">
        ${r.restoredFrom ? 'Your library was restored from a backup' : 'Your library was repaired'}
      </h2>
      <p>${r.message}</p>
      <div class="actions">
        <button class="primary" @click=${() => this.emit('recovery-dismiss', null)}>OK</button>
      </div>
    </section>`;
  }
}

customElements.define('recovery-notice', RecoveryNotice);

declare global {
  interface HTMLElementTagNameMap {
    'recovery-notice': RecoveryNotice;
  }
}
