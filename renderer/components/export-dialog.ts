import { css, html, nothing } from 'lit';
import type {
  ExportedFile,
  ExportFormat,
  ExportSelection,
  PresscutEvents,
  TagSummary,
} from '../../electron/api/contract.ts';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { FileOffer } from '../controllers/file-offer.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';
import { failureView, progressView, transferStyles } from './transfer-styles.ts';

type Scope = 'all' | 'unread' | 'tag' | 'query' | 'selected';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  {
    value: 'markdown',
    label: 'Markdown',
    hint: 'one file per clip, with front matter, for an Obsidian or Logseq folder (as a ZIP)',
  },
  {
    value: 'annotations',
    label: 'Annotations (Markdown)',
    hint: 'highlights and notes only, clip by clip, in one file',
  },
  {
    value: 'html',
    label: 'Web page',
    hint: 'one readable page, highlights shown, that opens in any browser',
  },
  {
    value: 'epub',
    label: 'EPUB book',
    hint: 'for an e-reader, one chapter per clip, with a table of contents',
  },
  { value: 'json', label: 'JSON', hint: 'everything, lossless: Presscut can import it again' },
  {
    value: 'backup',
    label: 'Backup',
    hint: 'the whole library as zipped JSON, to keep somewhere safe',
  },
  {
    value: 'ris',
    label: 'References (RIS)',
    hint: 'title, outlet, authors, date and link of each clip, for Zotero, EndNote or Mendeley',
  },
  { value: 'bibtex', label: 'References (BibTeX)', hint: 'for LaTeX, Zotero or JabRef' },
  { value: 'csl-json', label: 'References (CSL-JSON)', hint: 'Zotero’s and Pandoc’s own format' },
];

/**
 * Takes clips out: a format, a choice of clips (all, unread, a tag, a search,
 * the selected ones), a progress bar while main writes the file, then the
 * file to save.
 *
 * @event export-request - Export was chosen: the format and the selection.
 * @event transfer-close - the dialog was closed.
 */
export class ExportDialog extends PresscutElement {
  static override properties = {
    running: { type: Boolean },
    progress: { attribute: false },
    exported: { attribute: false },
    error: { attribute: false },
    tags: { attribute: false },
    selection: { attribute: false },
    format: { state: true },
    scope: { state: true },
    tag: { state: true },
    query: { state: true },
  };

  /** True while main writes the export. */
  declare running: boolean;
  declare progress: PresscutEvents['progress'] | null;
  /** The finished export, saved as soon as it arrives. */
  declare exported: ExportedFile | null;
  /** Why the last export failed, and what to do. */
  declare error: string | null;
  /** The library's tags, to export one. */
  declare tags: TagSummary[];
  /** The clips chosen in the list. */
  declare selection: string[];
  declare format: ExportFormat;
  declare scope: Scope;
  declare tag: string;
  declare query: string;
  #offer = new FileOffer(this);
  /** The export last offered for saving, so each is offered once. */

  static override styles = [
    controlStyles,
    sheetStyles,
    transferStyles,
    css`
      .grow {
        flex: 1;
      }
      select,
      input[type='search'] {
        padding: 3px 6px;
      }
      .saved a {
        color: var(--pc-accent);
        font-weight: 600;
      }
    `,
  ];

  constructor() {
    super();
    new ModalDialog(this, () => {
      if (!this.running) this.emit('transfer-close', null);
    });
    this.running = false;
    this.error = null;
    this.progress = null;
    this.exported = null;
    this.tags = [];
    this.selection = [];
    this.format = 'markdown';
    this.scope = 'all';
    this.tag = '';
    this.query = '';
  }

  override render() {
    const whole = this.format === 'json' || this.format === 'backup';
    return html`<dialog aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      ${failureView(this.error)}
      ${this.running ? progressView(this.progress) : this.exported ? this.#renderSaved(this.exported) : this.#renderForm(whole)}
      <div class="actions">
        <button ?disabled=${this.running && !this.progress?.id} @click=${this.#close}>
          ${this.exported ? 'Done' : 'Cancel'}
        </button>
        ${
          this.exported || this.running
            ? nothing
            : html`<button
                class="primary"
                ?disabled=${!this.#valid(whole)}
                @click=${() => this.emit('export-request', { format: this.format, selection: this.#selection(whole) })}
              >
                Export
              </button>`
        }
      </div>
    </dialog>`;
  }

  #renderForm(whole: boolean) {
    const radio = (scope: Scope, label: string, extra: unknown = nothing, off = false) =>
      html`<label
        ><input
          type="radio"
          name="scope"
          .checked=${this.scope === scope}
          ?disabled=${whole || off}
          @change=${() => (this.scope = scope)}
        />${label}${extra}</label
      >`;
    return html`<fieldset>
        <legend>Format</legend>
        ${FORMATS.map(
          (f) =>
            html`<label
              ><input
                type="radio"
                name="format"
                .checked=${this.format === f.value}
                @change=${() => (this.format = f.value)}
              />
              <span><strong>${f.label}</strong> <span class="hint">${f.hint}</span></span></label
            >`,
        )}
      </fieldset>
      <fieldset>
        <legend>
          Clips${whole ? ': the whole library, deleted clips that can still be restored included' : ''}
        </legend>
        ${radio('all', 'All clips')} ${radio('unread', 'Unread')}
        ${radio(
          'tag',
          'Tag',
          html`<select
            aria-label="Tag"
            ?disabled=${whole || this.tags.length === 0}
            @change=${(e: Event) => {
              this.tag = (e.target as HTMLSelectElement).value;
              this.scope = 'tag';
            }}
          >
            <option value="" ?selected=${!this.tag}>
              ${this.tags.length ? 'Choose a tag' : 'No tags yet'}
            </option>
            ${this.tags.map((t) => html`<option .value=${t.name} ?selected=${this.tag === t.name}>${t.name} (${t.count})</option>`)}
          </select>`,
          // Without tags there is nothing to choose: the choice is not offered, rather than leading to a disabled Export.
          this.tags.length === 0,
        )}
        ${radio(
          'query',
          'Containing',
          html`<input
            type="search"
            class="grow"
            aria-label="Words the clips contain"
            ?disabled=${whole}
            .value=${this.query}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
              this.scope = 'query';
            }}
          />`,
        )}
        ${this.selection.length ? radio('selected', this.selection.length === 1 ? 'The open clip' : `The ${this.selection.length} selected clips`) : nothing}
      </fieldset>`;
  }

  #renderSaved(file: ExportedFile) {
    return html`<div role="status">
      <p class="saved">
        Exported ${file.clips === 1 ? 'one clip' : `${file.clips.toLocaleString()} clips`} to
        <a href=${this.#offer.url ?? ''} download=${file.name}>${file.name}</a>.
      </p>
      ${
        file.unreadable.length
          ? html`<details ?open=${file.unreadable.length <= 3}>
              <summary>Could not be read, so not exported (${file.unreadable.length})</summary>
              <ul>
                ${file.unreadable.map((p) => html`<li><strong>${p.item}</strong>: ${p.reason}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </div>`;
  }

  #valid(whole: boolean): boolean {
    if (whole) return true;
    if (this.scope === 'tag') return !!this.tag;
    if (this.scope === 'query') return !!this.query.trim();
    return true;
  }

  #selection(whole: boolean): ExportSelection {
    if (whole) return {};
    switch (this.scope) {
      case 'unread':
        return { unread: true };
      case 'tag':
        return { tag: this.tag };
      case 'query':
        return { query: this.query.trim() };
      case 'selected':
        return { ids: [...this.selection] };
      default:
        return {};
    }
  }

  /** Closes the dialog; while the export runs, stops it. */
  #close = () =>
    this.running
      ? this.progress?.id && this.emit('task-cancel', { id: this.progress.id })
      : this.emit('transfer-close', null);
}

customElements.define('export-dialog', ExportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'export-dialog': ExportDialog;
  }
}
