import { css, html, nothing } from 'lit';
import { plural } from '../format/count.ts';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import type { ImportProblem, ImportSummary, PresscutEvents } from '../../electron/api/contract.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';
import { failureView, progressView, transferStyles } from './transfer-styles.ts';

const ACCEPT = '.zip,.csv,.json,.html,.htm,.md,.markdown,.txt';

/** "tags, highlights and reading state". */
function listed(words: readonly string[]): string {
  return words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * Brings a library in: files chosen or dropped here are read and imported,
 * with a progress bar, then a summary of what was added, left out as
 * duplicates, or failed and why.
 *
 * @event import-files - files were chosen or dropped.
 * @event transfer-close - the dialog was closed.
 */
export class ImportDialog extends PresscutElement {
  static override properties = {
    running: { type: Boolean },
    progress: { attribute: false },
    summary: { attribute: false },
    error: { attribute: false },
    dragging: { state: true },
  };

  /** True while an import runs. */
  declare running: boolean;
  declare progress: PresscutEvents['progress'] | null;
  /** What the import did, once it is done. */
  declare summary: ImportSummary | null;
  /** Why the last import failed, and what to do. */
  declare error: string | null;
  declare dragging: boolean;

  static override styles = [
    controlStyles,
    sheetStyles,
    transferStyles,
    css`
      .drop {
        display: grid;
        place-items: center;
        gap: 10px;
        padding: 28px 16px;
        border: 2px dashed var(--pc-border);
        border-radius: 10px;
        text-align: center;
        color: var(--pc-muted);
      }
      .drop.dragging {
        border-color: var(--pc-accent);
        background: var(--pc-selected);
      }
      .choose {
        display: flex;
        gap: 8px;
      }
      input[type='file'] {
        display: none;
      }
      .summary {
        font-size: 15px;
        color: var(--pc-text);
      }
      ul {
        margin: 6px 0 0;
        padding-left: 18px;
        max-height: 12rem;
        overflow-y: auto;
        font-size: 13px;
      }
      details {
        margin-top: 8px;
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
    this.summary = null;
    this.dragging = false;
  }

  override render() {
    return html`<dialog aria-labelledby="import-title">
      <h2 id="import-title">Import</h2>
      ${failureView(this.error)}
      ${this.running ? progressView(this.progress) : this.summary ? this.#renderSummary(this.summary) : this.#renderChooser()}
      <div class="actions">
        ${this.summary && !this.running ? html`<button @click=${this.#again}>Import more</button>` : nothing}
        <button
          class=${this.summary ? 'primary' : ''}
          ?disabled=${this.running && !this.progress?.id}
          @click=${this.#close}
        >
          ${this.summary ? 'Done' : 'Cancel'}
        </button>
      </div>
    </dialog>`;
  }

  #renderChooser() {
    return html`<p>
        Bring in your exports from Pocket (its ZIP, or part_….csv and ril_export.html), Instapaper
        (CSV), Omnivore (ZIP) or Wallabag (JSON), a Presscut backup, or saved articles as .txt, .md
        or .html files. Articles already in the library are not imported twice.
      </p>
      <div
        class=${this.dragging ? 'drop dragging' : 'drop'}
        @dragover=${this.#onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.#onDrop}
      >
        <span>Drop files here, or</span>
        <div class="choose">
          <button
            class="primary"
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#files')?.click()}
          >
            Choose files…
          </button>
          <button
            @click=${() => this.renderRoot.querySelector<HTMLInputElement>('#folder')?.click()}
          >
            Choose a folder…
          </button>
        </div>
        <input
          id="files"
          type="file"
          multiple
          accept=${ACCEPT}
          aria-label="Files to import"
          @change=${this.#onChosen}
        />
        <input
          id="folder"
          type="file"
          webkitdirectory
          aria-label="Folder to import"
          @change=${this.#onChosen}
        />
      </div>`;
  }

  #renderSummary(summary: ImportSummary) {
    const parts = [
      `Added ${plural(summary.added, 'clip', 'clips')}`,
      summary.completed
        ? `completed ${plural(summary.completed, 'link-only clip', 'link-only clips')}`
        : null,
      summary.merged
        ? `merged ${plural(summary.merged, 'record', 'records')} with clips of the same article${summary.mergedAdded.length ? ` (${listed(summary.mergedAdded)} added)` : ''}`
        : null,
      summary.duplicates
        ? `left out ${plural(summary.duplicates, 'duplicate', 'duplicates')}`
        : null,
    ].filter((p): p is string => p !== null);
    const problems = (title: string, list: ImportProblem[]) =>
      list.length
        ? html`<details ?open=${list.length <= 3}>
            <summary>${title} (${list.length})</summary>
            <ul>
              ${list.map((p) => html`<li><strong>${p.item}</strong>: ${p.reason}</li>`)}
            </ul>
          </details>`
        : nothing;
    return html`<div role="status">
      <p class="summary">${parts.join(', ')}.</p>
      ${
        summary.waitingHighlights
          ? html`<p>
              ${summary.waitingHighlights === 1 ? 'One highlight waits for its article’s text' : `${summary.waitingHighlights.toLocaleString()} highlights wait for their articles’ text`}.
              Links imported without text are marked “Link only”: paste the article when you read
              it, and its highlights are placed.
            </p>`
          : nothing
      }
      ${problems('Failed', summary.failed)} ${problems('Left out', summary.skipped)}
      ${problems('Changed on the way in', summary.notes)}
    </div>`;
  }

  #again(): void {
    this.emit('transfer-open', { dialog: 'import' });
  }

  #onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging = true;
  }

  #onDrop(event: DragEvent): void {
    event.preventDefault();
    // The window's own drop handler would import the same files again.
    event.stopPropagation();
    this.dragging = false;
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.emit('import-files', { files });
  }

  #onChosen(event: Event): void {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.emit('import-files', { files });
  }

  /** Closes the dialog; while the import runs, stops it (main keeps nothing of it). */
  #close = () =>
    this.running
      ? this.progress?.id && this.emit('task-cancel', { id: this.progress.id })
      : this.emit('transfer-close', null);
}

customElements.define('import-dialog', ImportDialog);

declare global {
  interface HTMLElementTagNameMap {
    'import-dialog': ImportDialog;
  }
}
