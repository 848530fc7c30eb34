import { css, html, nothing, type PropertyValues } from 'lit';
import type {
  ArticleChoice,
  ExtractedArticle,
  PastePreview as Preview,
} from '../../electron/api/contract.ts';
import { languageName } from '../format/language.ts';
import { formatPublished } from '../format/time.ts';
import './article-body.ts';
import type { PresscutEvent as Ev } from './events.ts';
import './library-match-notice.ts';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

interface Draft {
  keep: boolean;
  title: string;
  source: string;
  expanded: boolean;
  /** The link-only clip this article completes; empty for a new clip. */
  completes: string;
}

const PREVIEW_BLOCKS = 3;

/**
 * The articles found in a paste, before they are saved: the person can fix
 * each title and outlet, choose which to keep, and see what was removed.
 *
 * Save has focus when it opens: Enter saves (from a field too), Esc or a
 * click outside cancels.
 *
 * @event preview-save - Save was chosen; the detail lists the kept articles with the person's fixes.
 * @event preview-cancel - the preview was dismissed without saving.
 */
export class PastePreview extends PresscutElement {
  static override properties = {
    preview: { attribute: false },
    saving: { type: Boolean },
    drafts: { state: true },
  };

  /** What the clipping engine found; the dialog is open while it is set. */
  declare preview: Preview | null;
  /** True while the clips are being saved. */
  declare saving: boolean;
  declare drafts: Draft[];

  static override styles = [
    controlStyles,
    sheetStyles,
    css`
      dialog {
        width: min(52rem, 94vw);
        max-height: 88vh;
        background: var(--pc-bg);
        padding: 0;
      }
      dialog[open] {
        display: flex;
        flex-direction: column;
      }
      header,
      footer {
        padding: 16px 20px;
      }
      header h2 {
        margin: 0;
        font-size: 18px;
      }
      header p {
        margin: 4px 0 0;
        color: var(--pc-muted);
      }
      .articles {
        overflow-y: auto;
        padding: 0 20px;
      }
      section {
        background: var(--pc-surface);
        border: 1px solid var(--pc-border);
        border-radius: var(--pc-radius);
        padding: 14px 16px;
        margin-bottom: 12px;
      }
      /* Left out, and still readable: a dashed outline on the page's ground, not faded text. */
      section.dropped {
        border-style: dashed;
        background: transparent;
      }
      .notice {
        color: var(--pc-text);
      }
      .head {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 6px 10px;
        align-items: center;
      }
      .fields {
        display: grid;
        grid-template-columns: 1fr 14rem;
        gap: 8px;
      }
      .fields label {
        display: flex;
        flex-direction: column;
        gap: 2px;
        font-size: 11px;
        color: var(--pc-muted);
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .fields input {
        font-size: 14px;
        text-transform: none;
        letter-spacing: normal;
      }
      .fields input.title {
        font-weight: 600;
      }
      .meta {
        grid-column: 2;
        color: var(--pc-muted);
        font-size: 12px;
      }
      .meta span + span::before {
        content: ' · ';
      }
      .completes select {
        max-width: 100%;
      }
      .invalid {
        color: var(--pc-danger);
        font-size: 12px;
      }
      article-body {
        --pc-reading-size: 15px;
        margin-top: 10px;
      }
      details {
        color: var(--pc-muted);
        font-size: 12px;
      }
      details li {
        margin: 4px 0;
        white-space: pre-wrap;
      }
      .reason {
        text-transform: uppercase;
        font-size: 10px;
        letter-spacing: 0.04em;
        color: var(--pc-faint);
        margin-right: 6px;
      }
      footer {
        display: flex;
        justify-content: flex-end;
        gap: 8px;
        border-top: 1px solid var(--pc-border);
      }
    `,
  ];

  constructor() {
    super();
    this.preview = null;
    this.saving = false;
    this.drafts = [];
    new ModalDialog(this, () => this.emit('preview-cancel', null));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('preview')) {
      this.drafts = (this.preview?.articles ?? []).map((a, i) => ({
        // The same article again is not saved unless the person says so.
        keep: !this.preview?.libraryMatches[i]?.some((m) => m.kind === 'same-article'),
        title: a.title,
        source: a.source ?? '',
        expanded: false,
        completes: this.preview?.linkOnlyMatches[i]?.likely ?? '',
      }));
    }
  }

  override render() {
    const articles = this.preview?.articles ?? [];
    const kept = this.drafts.filter((d) => d.keep).length;
    const invalid = this.drafts.some((d) => d.keep && !d.title.trim());
    return html`<dialog aria-labelledby="preview-title" @keydown=${this.#onKeyDown}>
      <header>
        <h2 id="preview-title">
          ${articles.length === 1 ? 'One article found' : `${articles.length} articles found`}
        </h2>
        <p>Check the title and outlet, choose what to keep, then save.</p>
        ${this.preview?.notice ? html`<p class="notice" role="status">${this.preview.notice}</p>` : nothing}
      </header>
      <div class="articles">${articles.map((a, i) => this.#renderArticle(a, i))}</div>
      <footer>
        <button @click=${() => this.emit('preview-cancel', null)}>Cancel</button>
        <button
          class="primary"
          autofocus
          ?disabled=${kept === 0 || invalid || this.saving}
          @click=${this.#save}
        >
          ${kept === 0 ? 'Nothing to save' : kept === 1 ? 'Save clip' : `Save ${kept} clips`}
        </button>
      </footer>
    </dialog>`;
  }

  #renderArticle(article: ExtractedArticle, index: number) {
    const draft = this.drafts[index];
    if (!draft) return nothing;
    const meta = [
      article.byline,
      article.published ? formatPublished(article.published, article.publishedAgo) : null,
      article.dateline,
      article.credit,
      article.language ? languageName(article.language) : null,
    ].filter((x): x is string => !!x);
    const blocks = draft.expanded ? article.blocks : article.blocks.slice(0, PREVIEW_BLOCKS);
    return html`<section class=${draft.keep ? '' : 'dropped'} aria-label=${`Article ${index + 1}`}>
      <div class="head">
        <input
          type="checkbox"
          aria-label=${`Keep article ${index + 1}`}
          .checked=${draft.keep}
          @change=${(e: Event) => this.#edit(index, { keep: (e.target as HTMLInputElement).checked })}
        />
        <div class="fields">
          <label
            >Title
            <input
              class="title"
              .value=${draft.title}
              @input=${(e: Event) => this.#edit(index, { title: (e.target as HTMLInputElement).value })}
          /></label>
          <label
            >Outlet
            <input
              placeholder="Not found: type it"
              .value=${draft.source}
              @input=${(e: Event) => this.#edit(index, { source: (e.target as HTMLInputElement).value })}
          /></label>
        </div>
        ${meta.length ? html`<div class="meta">${meta.map((m) => html`<span>${m}</span>`)}</div>` : nothing}
        ${this.#renderCompletion(index, draft)} ${this.#renderMatches(index, draft)}
        ${draft.keep && !draft.title.trim() ? html`<div class="meta invalid">A clip needs a title.</div>` : nothing}
      </div>
      <article-body .blocks=${blocks}></article-body>
      ${
        article.blocks.length > PREVIEW_BLOCKS
          ? html`<button
              class="quiet"
              @click=${() => this.#edit(index, { expanded: !draft.expanded })}
            >
              ${draft.expanded ? 'Show less' : `Show all ${article.blocks.length} paragraphs`}
            </button>`
          : nothing
      }
      ${
        article.removed.length
          ? html`<details>
              <summary>Removed from the paste (${article.removed.length})</summary>
              <ul>
                ${article.removed.map((p) => html`<li><span class="reason">${p.reason}</span>${p.text}</li>`)}
              </ul>
            </details>`
          : nothing
      }
    </section>`;
  }

  /** What the library already has of this article: said, never silently saved twice. */
  #renderMatches(index: number, draft: Draft) {
    const matches = this.preview?.libraryMatches[index] ?? [];
    if (matches.length === 0) return nothing;
    return html`<library-match-notice
      .found=${matches}
      .keep=${draft.keep}
      @library-match-keep=${(e: Ev<'library-match-keep'>) => this.#edit(index, { keep: e.detail.keep })}
    ></library-match-notice>`;
  }

  /** When a link imported without text may be this article, the person says whether it is: asked, never guessed. */
  #renderCompletion(index: number, draft: Draft) {
    const candidates = this.preview?.linkOnlyMatches[index]?.candidates ?? [];
    if (candidates.length === 0) return nothing;
    return html`<label class="meta completes"
      >Save as
      <select
        aria-label=${`Save article ${index + 1} as`}
        @change=${(e: Event) => this.#edit(index, { completes: (e.target as HTMLSelectElement).value })}
      >
        <option value="" ?selected=${!draft.completes}>a new clip</option>
        ${candidates.map(
          (c) =>
            html`<option .value=${c.id} ?selected=${draft.completes === c.id}>
              the text of “${c.title}” (a link imported without text, same
              ${c.matchedBy === 'url' ? 'address' : 'title'})
            </option>`,
        )}
      </select></label
    >`;
  }

  #edit(index: number, patch: Partial<Draft>): void {
    this.drafts = this.drafts.map((d, i) => (i === index ? { ...d, ...patch } : d));
  }

  /** Enter saves from anywhere but a control Enter already means something to (a button, a list, a link). */
  #onKeyDown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.shiftKey || event.ctrlKey || event.metaKey || event.altKey)
      return;
    const target = event.composedPath()[0];
    if (target instanceof Element && target.closest('button, select, textarea, a, summary')) return;
    event.preventDefault();
    const save = this.renderRoot.querySelector<HTMLButtonElement>('footer button.primary');
    if (save && !save.disabled) this.#save();
  }

  #save(): void {
    const articles = this.preview?.articles ?? [];
    const chosen: ArticleChoice[] = [];
    this.drafts.forEach((draft, index) => {
      if (!draft.keep) return;
      const found = articles[index];
      const choice: ArticleChoice = { index };
      if (draft.title.trim() !== found.title) choice.title = draft.title.trim();
      if (draft.source.trim() !== (found.source ?? '')) choice.source = draft.source.trim() || null;
      if (draft.completes) choice.completes = draft.completes;
      chosen.push(choice);
    });
    this.emit('preview-save', { articles: chosen });
  }
}

customElements.define('paste-preview', PastePreview);

declare global {
  interface HTMLElementTagNameMap {
    'paste-preview': PastePreview;
  }
}
