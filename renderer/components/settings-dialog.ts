import { css, html, nothing } from 'lit';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import type { Settings, ShortcutStatus } from '../../electron/api/contract.ts';
import { acceleratorOf, describeAccelerator } from '../format/accelerator.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
/** When a clip counts as read, as the person chooses it. */
const MARK_READ: [Settings['markRead'], string][] = [
  ['time', 'When I reach its end, or have had it open about as long as it takes to read'],
  ['end', 'Only when I reach its end'],
  ['manual', 'Only when I choose Mark read'],
];
const MODIFIER_KEYS = new Set(['Control', 'Shift', 'Alt', 'Meta', 'AltGraph', 'OS']);

/**
 * The app's settings: the global shortcut that clips the clipboard from any
 * app. The person presses the keys they want; main says whether it can have them.
 *
 * @event shortcut-change - the person pressed a new shortcut, or turned it off ('').
 * @event settings-change - when clips count as read was changed.
 * @event popup-close - the dialog was closed.
 */
export class SettingsDialog extends PresscutElement {
  static override properties = {
    settings: { attribute: false },
    status: { attribute: false },
    error: { attribute: false },
    recording: { state: true },
  };

  /** The person's settings. */
  declare settings: Settings | null;
  /** What main says of the shortcut; null until it answered. */
  declare status: ShortcutStatus | null;
  /** Why main refused the last shortcut asked for. */
  declare error: string | null;
  declare recording: boolean;

  static override styles = [
    controlStyles,
    sheetStyles,
    css`
      h3 {
        margin: 0 0 4px;
        font-size: 14px;
      }
      p {
        margin: 4px 0;
        color: var(--pc-muted);
      }
      .row {
        display: flex;
        align-items: center;
        gap: 8px;
        margin: 10px 0;
      }
      kbd {
        font-family: var(--pc-font-mono);
        font-size: 13px;
        padding: 4px 8px;
        border: 1px solid var(--pc-border);
        border-radius: 6px;
        min-width: 8rem;
      }
      .error {
        color: var(--pc-danger);
      }
      fieldset {
        border: none;
        margin: 16px 0 0;
        padding: 0;
        display: grid;
        gap: 6px;
      }
      legend {
        font-weight: 600;
        font-size: 14px;
        margin-bottom: 4px;
      }
      label {
        display: flex;
        gap: 8px;
        align-items: baseline;
      }
    `,
  ];

  constructor() {
    super();
    new ModalDialog(this, () => {
      if (this.recording) this.recording = false;
      else this.emit('popup-close', null);
    });
    this.settings = null;
    this.status = null;
    this.error = null;
    this.recording = false;
  }

  override render() {
    const accelerator = this.status?.accelerator ?? '';
    return html`<dialog aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <section aria-labelledby="shortcut-title">
        <h3 id="shortcut-title">Clip from any app</h3>
        <p>
          Copy an article in your browser and press this shortcut: Presscut clips it without leaving
          the browser.
        </p>
        <div class="row">
          <kbd aria-label="Clipboard shortcut"
            >${accelerator ? describeAccelerator(accelerator, isMac) : 'Off'}</kbd
          >
          <button
            aria-pressed=${this.recording ? 'true' : 'false'}
            @click=${() => (this.recording = !this.recording)}
            @keydown=${this.#onKeyDown}
          >
            ${this.recording ? 'Press the new shortcut…' : 'Change shortcut'}
          </button>
          <button
            ?disabled=${!accelerator}
            @click=${() => this.emit('shortcut-change', { accelerator: '' })}
          >
            Turn off
          </button>
        </div>
        ${this.recording ? html`<p>Press the keys together, such as ${describeAccelerator('CommandOrControl+Shift+V', isMac)}; Esc cancels.</p>` : nothing}
        <p role="status">${this.status?.message ?? ''}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
      </section>
      ${this.#renderReading()}
      <div class="actions">
        <button class="primary" @click=${() => this.emit('popup-close', null)}>Close</button>
      </div>
    </dialog>`;
  }

  #renderReading() {
    const rule = this.settings?.markRead ?? 'time';
    return html`<fieldset>
      <legend>Mark a clip read</legend>
      ${MARK_READ.map(
        ([value, label]) =>
          html`<label
            ><input
              type="radio"
              name="mark-read"
              .checked=${rule === value}
              @change=${() => this.emit('settings-change', { markRead: value })}
            />
            ${label}</label
          >`,
      )}
    </fieldset>`;
  }

  #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.recording || MODIFIER_KEYS.has(event.key)) return;
    const plain = !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey;
    // Tab still moves on and Esc cancels; every other key is the shortcut being recorded.
    if (plain && event.key === 'Tab') return;
    event.preventDefault();
    event.stopPropagation();
    if (plain && event.key === 'Escape') {
      this.recording = false;
      return;
    }
    const accelerator = acceleratorOf(event, isMac);
    if (!accelerator) return;
    this.recording = false;
    this.emit('shortcut-change', { accelerator });
  };
}

customElements.define('settings-dialog', SettingsDialog);

declare global {
  interface HTMLElementTagNameMap {
    'settings-dialog': SettingsDialog;
  }
}
