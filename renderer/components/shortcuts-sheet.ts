import { css, html } from 'lit';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Every keyboard shortcut, grouped the way a person looks for them. */
const SHORTCUTS: [string, [string, string][]][] = [
  [
    'Library',
    [
      ['j / ↓', 'Next clip in the list'],
      ['k / ↑', 'Previous clip in the list'],
      ['Enter', 'Open the clip'],
      ['Shift+↓ / Shift+↑', 'Select several clips'],
      ['Delete', 'Delete the clip'],
      [`${mod}Z`, 'Undo'],
    ],
  ],
  [
    'Reading',
    [
      ['n / p', 'Next / previous clip'],
      ['h', 'Highlight the selected text'],
      ['Esc', 'Back to the list'],
    ],
  ],
  [
    'Anywhere',
    [
      [`${mod}V`, 'Clip what you copied'],
      [`${mod}N`, 'New clip'],
      [`/ or ${mod}F`, 'Search'],
      ['?', 'This sheet'],
    ],
  ],
];

/**
 * The sheet of every keyboard shortcut.
 *
 * @event popup-close - the sheet was closed.
 */
export class ShortcutsSheet extends PresscutElement {
  static override styles = [
    controlStyles,
    sheetStyles,
    css`
      h3 {
        font-size: 11px;
        text-transform: uppercase;
        letter-spacing: 0.06em;
        color: var(--pc-faint);
        margin: 16px 0 6px;
      }
      dl {
        display: grid;
        grid-template-columns: 10rem 1fr;
        gap: 6px 12px;
        margin: 0;
      }
      dt {
        font-family: var(--pc-font-mono);
        font-size: 12px;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  constructor() {
    super();
    new ModalDialog(this, () => this.emit('popup-close', null));
  }

  override render() {
    return html`<dialog aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      ${SHORTCUTS.map(
        ([group, keys]) =>
          html`<h3>${group}</h3>
            <dl>
              ${keys.map(
                ([key, what]) =>
                  html`<dt>${key}</dt>
                    <dd>${what}</dd>`,
              )}
            </dl>`,
      )}
      <div class="actions">
        <button class="primary" autofocus @click=${() => this.emit('popup-close', null)}>
          Close
        </button>
      </div>
    </dialog>`;
  }
}

customElements.define('shortcuts-sheet', ShortcutsSheet);

declare global {
  interface HTMLElementTagNameMap {
    'shortcuts-sheet': ShortcutsSheet;
  }
}
