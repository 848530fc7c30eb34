import { css, html, LitElement } from 'lit';
import type { Settings, SettingsPatch } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

type Choice<K extends keyof Settings> = [Settings[K], string];

const THEMES: Choice<'theme'>[] = [
  ['system', 'System'],
  ['light', 'Light'],
  ['sepia', 'Sepia'],
  ['dark', 'Dark'],
];
const FONTS: Choice<'readerFont'>[] = [
  ['serif', 'Serif'],
  ['sans', 'Sans'],
];
const WIDTHS: Choice<'readerWidth'>[] = [
  ['narrow', 'Narrow'],
  ['medium', 'Medium'],
  ['wide', 'Wide'],
];
const SPACING: Choice<'readerLineHeight'>[] = [
  ['compact', 'Compact'],
  ['normal', 'Normal'],
  ['relaxed', 'Relaxed'],
];
const MIN_SIZE = 14;
const MAX_SIZE = 28;

/**
 * How the reader looks: theme, typeface, text size, line width and spacing.
 *
 * @event settings-change - a choice was made.
 */
export class ReaderSettings extends PresscutElement {
  static override properties = {
    settings: { attribute: false },
  };

  declare settings: Settings | null;

  // Focusing the element (as the appearance panel does when it opens) focuses its first choice.
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  static override styles = [
    controlStyles,
    css`
      :host {
        display: grid;
        gap: 10px;
        font-size: 13px;
      }
      fieldset {
        border: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 4px;
      }
      legend {
        font-size: 11px;
        text-transform: uppercase;
        letter-spacing: 0.05em;
        color: var(--pc-faint);
        margin-bottom: 4px;
      }
      .row {
        display: flex;
        gap: 4px;
        align-items: center;
      }
      .row button {
        flex: 1;
        padding: 4px 6px;
      }
      .row button[aria-pressed='true'] {
        background: var(--pc-selected);
        border-color: var(--pc-faint);
        font-weight: 600;
      }
      output {
        min-width: 3rem;
        text-align: center;
      }
    `,
  ];

  constructor() {
    super();
    this.settings = null;
  }

  override render() {
    const s = this.settings;
    if (!s) return html``;
    return html`${this.#choices('Theme', 'theme', THEMES, s.theme)}
      ${this.#choices('Typeface', 'readerFont', FONTS, s.readerFont)}
      <fieldset>
        <legend>Text size</legend>
        <div class="row">
          <button
            aria-label="Smaller text"
            ?disabled=${s.readerSize <= MIN_SIZE}
            @click=${() => this.#change({ readerSize: s.readerSize - 1 })}
          >
            A−
          </button>
          <output aria-live="polite">${s.readerSize}px</output>
          <button
            aria-label="Larger text"
            ?disabled=${s.readerSize >= MAX_SIZE}
            @click=${() => this.#change({ readerSize: s.readerSize + 1 })}
          >
            A+
          </button>
        </div>
      </fieldset>
      ${this.#choices('Line width', 'readerWidth', WIDTHS, s.readerWidth)}
      ${this.#choices('Line spacing', 'readerLineHeight', SPACING, s.readerLineHeight)}`;
  }

  #choices<K extends 'theme' | 'readerFont' | 'readerWidth' | 'readerLineHeight'>(
    legend: string,
    key: K,
    choices: Choice<K>[],
    current: Settings[K],
  ) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="row">
        ${choices.map(
          ([value, label]) =>
            html`<button
              aria-pressed=${value === current ? 'true' : 'false'}
              @click=${() => this.#change({ [key]: value } as SettingsPatch)}
            >
              ${label}
            </button>`,
        )}
      </div>
    </fieldset>`;
  }

  #change(patch: SettingsPatch): void {
    this.emit('settings-change', patch);
  }
}

customElements.define('reader-settings', ReaderSettings);

declare global {
  interface HTMLElementTagNameMap {
    'reader-settings': ReaderSettings;
  }
}
