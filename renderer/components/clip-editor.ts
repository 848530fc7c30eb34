import { css, html, nothing } from 'lit';
import type { ClipDetail } from '../../electron/api/contract.ts';
import { blocksToText, textToBlocks } from '../format/block-text.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * Edits a clip's title, outlet and text. The text is plain: paragraphs
 * separated by a blank line, "## " for a heading, "- " for a list item, "> " for a quote.
 *
 * @event edit-save - Save was chosen, with what changed.
 * @event edit-cancel - the edit was abandoned.
 */
export class ClipEditor extends PresscutElement {
  static override properties = {
    clip: { attribute: false },
    problem: { state: true },
  };

  declare clip: ClipDetail | null;
  declare problem: string | null;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 12px;
      }
      label {
        display: grid;
        gap: 4px;
        font-size: 12px;
        color: var(--pc-muted);
      }
      input.title {
        font-family: var(--pc-font-reading);
        font-size: 24px;
        font-weight: 700;
      }
      textarea {
        font-family: var(--pc-font-reading);
        font-size: 17px;
        line-height: 1.6;
        min-height: 40vh;
        resize: vertical;
      }
      .hint {
        color: var(--pc-faint);
        font-size: 12px;
      }
      .problem {
        color: var(--pc-danger);
      }
      /* Save and Cancel stay on screen however long the text. */
      .actions {
        position: sticky;
        bottom: 0;
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        padding: 10px 0;
        background: var(--pc-surface);
        border-top: 1px solid var(--pc-border);
      }
    `,
  ];

  constructor() {
    super();
    this.clip = null;
    this.problem = null;
  }

  protected override firstUpdated(): void {
    // Opened from ⋯ ▸ Edit the clip, the editor takes focus: the person starts in the title.
    this.renderRoot.querySelector<HTMLInputElement>('input.title')?.focus();
  }

  /** Esc cancels the edit, and only that: the window's Esc would also leave the reader for the list. */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    this.emit('edit-cancel', null);
  }

  override render() {
    const clip = this.clip;
    if (!clip) return nothing;
    return html`<form @submit=${this.#onSubmit} @keydown=${this.#onKeyDown}>
      <label>Title <input class="title" name="title" required .value=${clip.record.title} /></label>
      <label>Outlet <input name="source" .value=${clip.record.source ?? ''} /></label>
      <label
        >Text
        <textarea name="text" .value=${blocksToText(clip.body.blocks)}></textarea>
      </label>
      <p class="hint">
        Paragraphs are separated by a blank line. “## ” starts a heading, “- ” a list item, “> ” a
        quote. Highlights follow the text they were made on.
      </p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <div class="actions">
        <button type="button" @click=${() => this.emit('edit-cancel', null)}>Cancel</button>
        <button class="primary" type="submit">Save</button>
      </div>
    </form>`;
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const clip = this.clip;
    if (!clip) return;
    const form = new FormData(event.target as HTMLFormElement);
    const title = String(form.get('title') ?? '').trim();
    const source = String(form.get('source') ?? '').trim();
    const text = String(form.get('text') ?? '');
    if (!title) {
      this.problem = 'A clip needs a title.';
      return;
    }
    if (!text.trim()) {
      this.problem = 'A clip needs some text. To remove it, delete the clip.';
      return;
    }
    this.problem = null;
    const blocks = textToBlocks(text, clip.body.blocks);
    const textChanged = blocksToText(blocks) !== blocksToText(clip.body.blocks);
    this.emit('edit-save', {
      ...(title !== clip.record.title && { title }),
      ...(source !== (clip.record.source ?? '') && { source: source || null }),
      ...(textChanged && { blocks }),
    });
  }
}

customElements.define('clip-editor', ClipEditor);

declare global {
  interface HTMLElementTagNameMap {
    'clip-editor': ClipEditor;
  }
}
