import { css, html, nothing } from 'lit';
import { PresscutElement } from './presscut-element.ts';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

/**
 * Takes files dropped anywhere on the window, and shows where they will go
 * while they are dragged over it. Drags of text are left to the fields.
 *
 * @event files-drop - files were dropped on the window.
 */
export class FileDrop extends PresscutElement {
  static override properties = {
    active: { state: true },
  };

  declare active: boolean;

  static override styles = css`
    .overlay {
      position: fixed;
      inset: 12px;
      display: grid;
      place-items: center;
      border: 3px dashed var(--pc-accent);
      border-radius: 16px;
      background: color-mix(in srgb, var(--pc-surface) 88%, transparent);
      color: var(--pc-text);
      font-size: 18px;
      z-index: 50;
      pointer-events: none;
    }
  `;

  constructor() {
    super();
    this.active = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('dragover', this.#onDragOver);
    window.addEventListener('dragleave', this.#onDragLeave);
    window.addEventListener('drop', this.#onDrop);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('dragover', this.#onDragOver);
    window.removeEventListener('dragleave', this.#onDragLeave);
    window.removeEventListener('drop', this.#onDrop);
  }

  override render() {
    return this.active
      ? html`<div class="overlay" role="status">
          Drop .txt, .md or .html files to clip them, or an export or backup to import it
        </div>`
      : nothing;
  }

  #onDragOver = (event: DragEvent): void => {
    if (!carriesFiles(event)) return;
    // Without this the browser would open the file in place of the app.
    event.preventDefault();
    event.dataTransfer!.dropEffect = 'copy';
    this.active = true;
  };

  #onDragLeave = (event: DragEvent): void => {
    // Only a drag that leaves the window ends: moving between elements fires this too.
    if (event.relatedTarget === null) this.active = false;
  };

  #onDrop = (event: DragEvent): void => {
    this.active = false;
    if (!carriesFiles(event)) return;
    event.preventDefault();
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length > 0) this.emit('files-drop', { files });
  };
}

customElements.define('file-drop', FileDrop);

declare global {
  interface HTMLElementTagNameMap {
    'file-drop': FileDrop;
  }
}
