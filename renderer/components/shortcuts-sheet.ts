import { css, html, nothing } from 'lit';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
const mod = isMac ? '⌘' : 'Ctrl+';

/** Keys that do one thing (any of them), or a pair that does two ("n / p": next / previous). */
interface Shortcut {
  keys: string[];
  what: string;
  pair?: true;
}

/** Every keyboard shortcut, grouped the way a person looks for them. */
const SHORTCUTS: [string, Shortcut[]][] = [
  [
    'Library',
    [
      { keys: ['j', '↓'], what: 'Next clip in the list' },
      { keys: ['k', '↑'], what: 'Previous clip in the list' },
      { keys: ['Home', 'End'], what: 'First / last clip', pair: true },
      { keys: ['PageUp', 'PageDown'], what: 'A screen up / down', pair: true },
      { keys: ['Enter'], what: 'Open the clip' },
      { keys: ['Space'], what: 'Add the clip to the selection, or take it out' },
      { keys: ['Shift+↓', 'Shift+↑'], what: 'Select several clips' },
      { keys: [`${mod}A`], what: 'Select every clip' },
      { keys: ['Delete'], what: 'Delete the clip' },
      { keys: [`${mod}Z`], what: 'Undo' },
    ],
  ],
  [
    'Reading',
    [
      { keys: ['n', 'p'], what: 'Next / previous clip', pair: true },
      { keys: ['h'], what: 'Highlight the selected text' },
      { keys: ['Esc'], what: 'Back to the list' },
    ],
  ],
  [
    'Anywhere',
    [
      { keys: [`${mod}V`], what: 'Clip what you copied' },
      { keys: [`${mod}N`], what: 'New clip' },
      { keys: ['/', `${mod}F`], what: 'Search' },
      { keys: ['Enter'], what: 'Save what a paste found' },
      { keys: ['Esc'], what: 'Close a dialog, menu or popover' },
      { keys: ['Alt+↑', 'Alt+↓'], what: 'Move a press review’s story up / down', pair: true },
      { keys: ['?'], what: 'This sheet' },
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
        grid-template-columns: 12rem 1fr;
        gap: 6px 12px;
        margin: 0;
      }
      dt {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px;
        color: var(--pc-muted);
        font-size: 12px;
      }
      /* Keycaps in the interface's type: arrows and ⌘ keep their size, which a monospace face shrinks. */
      kbd {
        font: inherit;
        font-size: 13px;
        color: var(--pc-text);
        background: var(--pc-surface);
        border: 1px solid var(--pc-border);
        border-bottom-width: 2px;
        border-radius: 4px;
        padding: 0 5px;
        min-width: 1em;
        text-align: center;
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
        ([group, shortcuts]) =>
          html`<h3>${group}</h3>
            <dl>
              ${shortcuts.map(
                ({ keys, what, pair }) =>
                  html`<dt>
                      ${keys.map(
                        (key, i) =>
                          html`${i ? html`<span>${pair ? '/' : 'or'}</span>` : nothing}<kbd
                              >${key}</kbd
                            >`,
                      )}
                    </dt>
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
