import { html, nothing } from 'lit';
// Selects take their value live as well as from `selected`: an option the person once chose
// ignores its attribute afterwards, yet a preset run must still show its own choices.
import { live } from 'lit/directives/live.js';
import type {
  CitationStyle,
  ExportedFile,
  ReviewBody,
  ReviewFormat,
  ReviewGrouping,
  ReviewPreset,
  ReviewPreview,
  ReviewSettings,
  TagSummary,
} from '../../electron/api/contract.ts';
import { CITATION_STYLES } from '../format/citation-styles.ts';
import { plural } from '../format/count.ts';
import { ModalDialog } from '../overlays/modal-dialog.ts';
import { FileOffer } from '../controllers/file-offer.ts';
import { PresscutElement } from './presscut-element.ts';
import './review-document.ts';
import { reviewBuilderStyles } from './review-builder.styles.ts';
import { controlStyles } from './shared-styles.ts';
import { sheetStyles } from './sheet-dialog.ts';

const PERIODS: { value: string; label: string }[] = [
  { value: '24h', label: 'the last 24 hours' },
  { value: '7d', label: 'the last 7 days' },
  { value: '2w', label: 'the last 2 weeks' },
  { value: '', label: 'any time' },
];
const GROUPS: { value: ReviewGrouping; label: string }[] = [
  { value: 'outlet', label: 'outlet' },
  { value: 'tag', label: 'tag' },
  { value: 'day', label: 'day' },
  { value: 'none', label: 'nothing (newest first)' },
  { value: 'manual', label: 'my own order' },
];
const BODIES: { value: ReviewBody; label: string }[] = [
  { value: 'highlights', label: 'highlights and notes' },
  { value: 'excerpt', label: 'the opening' },
  { value: 'full', label: 'the full text' },
  { value: 'none', label: 'the headline only' },
];
const FORMATS: { value: ReviewFormat; label: string }[] = [
  { value: 'pdf', label: 'PDF' },
  { value: 'docx', label: 'Word' },
  { value: 'html', label: 'Web page' },
  { value: 'markdown', label: 'Markdown' },
];

/**
 * The press review builder: which clips, how they are arranged, what each
 * story shows, a live preview of the document, and its files.
 *
 * @event review-change - a setting changed.
 * @event review-move - a story was moved (Alt+↑/↓, its buttons, or dragged).
 * @event review-write - a file was asked for.
 * @event review-preset-save - the settings are to be kept under a name.
 * @event review-preset-use - a preset was chosen.
 * @event review-preset-delete - a preset is to go.
 * @event review-close - the builder was closed.
 * @event link-open - a link of the preview was clicked.
 */
export class ReviewBuilder extends PresscutElement {
  static override properties = {
    settings: { attribute: false },
    preview: { attribute: false },
    error: { attribute: false },
    writing: { type: Boolean },
    exported: { attribute: false },
    tags: { attribute: false },
    presets: { attribute: false },
    selected: { attribute: false },
    presetName: { state: true },
    chosenPreset: { state: true },
    dragged: { state: true },
  };

  declare settings: ReviewSettings;
  /** The review main made for the settings; null until it came. */
  declare preview: ReviewPreview | null;
  declare error: string | null;
  /** True while main writes a file. */
  declare writing: boolean;
  /** The file written, saved as soon as it arrives. */
  declare exported: ExportedFile | null;
  declare tags: TagSummary[];
  declare presets: ReviewPreset[];
  /** The clips selected in the list. */
  declare selected: string[];
  declare presetName: string;
  /** The preset last run, which Delete preset removes. */
  declare chosenPreset: string;
  declare dragged: string | null;

  static override styles = [controlStyles, sheetStyles, reviewBuilderStyles];

  #offer = new FileOffer(this);

  constructor() {
    super();
    this.preview = null;
    this.error = null;
    this.writing = false;
    this.exported = null;
    this.tags = [];
    this.presets = [];
    this.selected = [];
    this.presetName = '';
    this.chosenPreset = '';
    this.dragged = null;
    new ModalDialog(this, () => this.emit('review-close', null));
  }

  #change(patch: Partial<ReviewSettings>): void {
    this.emit('review-change', patch);
  }

  #select(patch: Partial<ReviewSettings['selection']>): void {
    const selection = { ...this.settings.selection, ...patch };
    for (const key of Object.keys(selection) as (keyof typeof selection)[])
      if (selection[key] === '' || selection[key] === undefined) delete selection[key];
    this.#change({ selection });
  }

  override render() {
    return html`<dialog aria-labelledby="review-title">
      <div class="layout">
        <div class="head">
          <h2 id="review-title">Press review</h2>
          ${this.#renderPresets()}
        </div>
        <form @submit=${(e: Event) => e.preventDefault()}>
          ${this.#renderClips()} ${this.#renderDocument()} ${this.#renderStories()}
        </form>
        <section class="preview" aria-label="Preview">
          ${this.preview ? html`<review-document .html=${this.preview.html}></review-document>` : html`<p class="hint">Making the preview…</p>`}
        </section>
        <footer>${this.#renderFooter()}</footer>
      </div>
    </dialog>`;
  }

  #renderPresets() {
    return html`<label class="inline"
        >Preset
        <select
          aria-label="Run a preset"
          @change=${(e: Event) => {
            const name = (e.target as HTMLSelectElement).value;
            this.chosenPreset = name;
            if (name) this.emit('review-preset-use', { name });
          }}
        >
          <option value="" ?selected=${!this.chosenPreset}>Choose…</option>
          ${this.presets.map((p) => html`<option value=${p.name} ?selected=${p.name === this.chosenPreset}>${p.name}</option>`)}
        </select></label
      >
      ${
        this.chosenPreset
          ? html`<button
              class="quiet"
              @click=${() => {
                this.emit('review-preset-delete', { name: this.chosenPreset });
                this.chosenPreset = '';
              }}
            >
              Delete preset
            </button>`
          : nothing
      }
      <input
        aria-label="Preset name"
        placeholder="Name these settings"
        .value=${this.presetName}
        @input=${(e: Event) => (this.presetName = (e.target as HTMLInputElement).value)}
      />
      <button
        ?disabled=${!this.presetName.trim()}
        @click=${() => {
          this.emit('review-preset-save', { name: this.presetName.trim() });
          this.presetName = '';
        }}
      >
        Save preset
      </button>`;
  }

  #renderClips() {
    const { selection } = this.settings;
    const ids = selection.ids ?? [];
    const count = ids.length || this.selected.length;
    return html`<fieldset>
      <legend>Clips</legend>
      ${
        this.selected.length || ids.length
          ? html`<label class="inline"
              ><input
                type="checkbox"
                .checked=${ids.length > 0}
                @change=${(e: Event) => this.#select({ ids: (e.target as HTMLInputElement).checked ? [...this.selected] : undefined })}
              />${count === 1 ? 'Only the open clip' : `Only the ${count.toLocaleString()} selected clips`}</label
            >`
          : nothing
      }
      <div class="row">
        <label
          >Tag
          <select
            .value=${live(selection.tag ?? '')}
            @change=${(e: Event) => this.#select({ tag: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${!selection.tag}>Any tag</option>
            ${this.tags.map((t) => html`<option value=${t.name} ?selected=${t.name === selection.tag}>${t.name} (${t.count})</option>`)}
          </select></label
        >
        <label
          >From
          <select
            .value=${live(selection.since ?? '')}
            @change=${(e: Event) => this.#select({ since: (e.target as HTMLSelectElement).value })}
          >
            ${PERIODS.map((p) => html`<option value=${p.value} ?selected=${(selection.since ?? '') === p.value}>${p.label}</option>`)}
          </select></label
        >
      </div>
      <label
        >Search
        <input
          type="search"
          placeholder="grain deal source:reuters"
          .value=${selection.query ?? ''}
          @change=${(e: Event) => this.#select({ query: (e.target as HTMLInputElement).value })}
      /></label>
      <div class="row">
        <label
          >First day
          <input
            type="date"
            .value=${selection.from ?? ''}
            @change=${(e: Event) => this.#select({ from: (e.target as HTMLInputElement).value })}
        /></label>
        <label
          >Last day
          <input
            type="date"
            .value=${selection.to ?? ''}
            @change=${(e: Event) => this.#select({ to: (e.target as HTMLInputElement).value })}
        /></label>
      </div>
    </fieldset>`;
  }

  #renderDocument() {
    const s = this.settings;
    const text = (key: 'title' | 'organisation' | 'period', label: string, placeholder = '') =>
      html`<label
        >${label}<input
          .value=${s[key]}
          placeholder=${placeholder}
          @input=${(e: Event) => this.#change({ [key]: (e.target as HTMLInputElement).value })}
      /></label>`;
    const field = (key: keyof ReviewSettings['fields'], label: string) =>
      html`<label class="inline"
        ><input
          type="checkbox"
          .checked=${s.fields[key]}
          @change=${(e: Event) => this.#change({ fields: { ...s.fields, [key]: (e.target as HTMLInputElement).checked } })}
        />${label}</label
      >`;
    return html`<fieldset>
      <legend>Document</legend>
      ${text('title', 'Title')} ${text('organisation', 'Organisation')}
      ${text('period', 'Period', this.preview?.period || 'the days of the clips')}
      <label
        >Introduction
        <textarea
          rows="3"
          .value=${s.introduction}
          @input=${(e: Event) => this.#change({ introduction: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
      <div class="row">
        <label
          >Group by
          <select
            .value=${live(s.group)}
            @change=${(e: Event) => this.#change({ group: (e.target as HTMLSelectElement).value as ReviewGrouping })}
          >
            ${GROUPS.map((g) => html`<option value=${g.value} ?selected=${s.group === g.value}>${g.label}</option>`)}
          </select></label
        >
        <label
          >Each story shows
          <select
            .value=${live(s.body)}
            @change=${(e: Event) => this.#change({ body: (e.target as HTMLSelectElement).value as ReviewBody })}
          >
            ${BODIES.map((b) => html`<option value=${b.value} ?selected=${s.body === b.value}>${b.label}</option>`)}
          </select></label
        >
      </div>
      <div class="row">
        ${field('outlet', 'Outlet')} ${field('byline', 'Byline')} ${field('date', 'Date')}
        ${field('link', 'Link')}
      </div>
      <div class="row">
        <label class="inline"
          ><input
            type="checkbox"
            .checked=${s.coverage}
            @change=${(e: Event) => this.#change({ coverage: (e.target as HTMLInputElement).checked })}
          />Coverage at a glance</label
        >
        <label
          >References
          <select
            .value=${live(s.references ?? '')}
            @change=${(e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              this.#change({ references: value ? (value as CitationStyle) : null });
            }}
          >
            <option value="" ?selected=${!s.references}>None</option>
            ${CITATION_STYLES.map((st) => html`<option value=${st.style} ?selected=${s.references === st.style}>${st.label}</option>`)}
          </select></label
        >
      </div>
    </fieldset>`;
  }

  #renderStories() {
    const stories = this.preview?.stories ?? [];
    return html`<fieldset>
      <legend>Stories (${stories.length})</legend>
      <p class="hint">
        Drag a story, or press Alt+↑ and Alt+↓ on it, to put the stories in your own order.
      </p>
      <ol class="stories" aria-label="Stories">
        ${stories.map(
          (story, i) =>
            html`<li
              tabindex="0"
              draggable="true"
              class=${this.dragged === story.key ? 'dragging' : ''}
              aria-label=${`${i + 1}. ${story.title}`}
              @keydown=${(e: KeyboardEvent) => {
                if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                // Alt+↓ on a story's text choice opens its options; it does not move the story.
                if ((e.target as Element).localName === 'select') return;
                e.preventDefault();
                this.emit('review-move', { key: story.key, by: e.key === 'ArrowUp' ? -1 : 1 });
                void this.updateComplete.then(() =>
                  this.renderRoot
                    .querySelector<HTMLElement>(`li[data-key="${story.key}"]`)
                    ?.focus(),
                );
              }}
              data-key=${story.key}
              @dragstart=${(e: DragEvent) => {
                this.dragged = story.key;
                e.dataTransfer?.setData('text/plain', story.key);
              }}
              @dragend=${() => (this.dragged = null)}
              @dragover=${(e: DragEvent) => e.preventDefault()}
              @drop=${(e: DragEvent) => {
                e.preventDefault();
                if (this.dragged && this.dragged !== story.key)
                  this.emit('review-move', { key: this.dragged, before: story.key });
                this.dragged = null;
              }}
            >
              <div class="story-head">
                <span class="grip" aria-hidden="true">⠿</span>
                <span class="story-title">${story.title}</span>
                <button
                  class="quiet"
                  aria-label=${`Move “${story.title}” up`}
                  ?disabled=${i === 0}
                  @click=${() => this.emit('review-move', { key: story.key, by: -1 })}
                >
                  ↑
                </button>
                <button
                  class="quiet"
                  aria-label=${`Move “${story.title}” down`}
                  ?disabled=${i === stories.length - 1}
                  @click=${() => this.emit('review-move', { key: story.key, by: 1 })}
                >
                  ↓
                </button>
              </div>
              <span class="outlets">${story.outlets.join(', ')}</span>
              ${this.#renderStoryBody(story.key, story.title)}
              <textarea
                rows="1"
                aria-label=${`Comment on “${story.title}”`}
                placeholder="Comment"
                .value=${this.settings.comments[story.key] ?? ''}
                @input=${(e: Event) =>
                  this.#change({
                    comments: {
                      ...this.settings.comments,
                      [story.key]: (e.target as HTMLTextAreaElement).value,
                    },
                  })}
              ></textarea>
            </li>`,
        )}
      </ol>
    </fieldset>`;
  }

  /** A story's own choice of text, over the review's: kept in `bodies` under the story's key. */
  #renderStoryBody(key: string, title: string) {
    const own = this.settings.bodies[key];
    const usual = BODIES.find((b) => b.value === this.settings.body)?.label ?? '';
    return html`<label class="inline story-body"
      >Shows
      <select
        aria-label=${`What “${title}” shows`}
        .value=${live(own ?? '')}
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value as ReviewBody | '';
          const bodies = { ...this.settings.bodies };
          if (value) bodies[key] = value;
          else delete bodies[key];
          this.#change({ bodies });
        }}
      >
        <option value="" ?selected=${!own}>as the others: ${usual}</option>
        ${BODIES.map((b) => html`<option value=${b.value} ?selected=${own === b.value}>${b.label}</option>`)}
      </select></label
    >`;
  }

  #renderFooter() {
    const count = this.preview
      ? `${plural(this.preview.stories.length, 'story', 'stories')}, ${plural(this.preview.clips, 'clip', 'clips')}`
      : '';
    return html`<span class="message" role="status">
        ${
          this.error
            ? html`<span class="error">${this.error}</span>`
            : this.writing
              ? 'Writing the review…'
              : this.exported && this.#offer.url
                ? html`Saved as
                    <a href=${this.#offer.url} download=${this.exported.name}
                      >${this.exported.name}</a
                    >.`
                : count
        }
      </span>
      ${FORMATS.map(
        (f) =>
          html`<button
            ?disabled=${this.writing || !this.preview?.stories.length}
            @click=${() => this.emit('review-write', { format: f.value })}
          >
            ${f.label}
          </button>`,
      )}
      <button
        class="primary"
        ?disabled=${this.writing}
        @click=${() => this.emit('review-close', null)}
      >
        Done
      </button>`;
  }
}

customElements.define('review-builder', ReviewBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'review-builder': ReviewBuilder;
  }
}
