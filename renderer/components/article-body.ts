import { css, html, type TemplateResult } from 'lit';
import type { Block, HighlightColor } from '../../electron/api/contract.ts';
import type { Anchor } from './events.ts';
import { highlightStyles } from './highlight-styles.ts';
import { findTerms } from '../format/find-terms.ts';
import { renderInline, type BlockHighlight } from './inline-text.ts';
import { renderTable, tableStyles } from './table-block.ts';
import { PresscutElement } from './presscut-element.ts';

/** A highlight over the body text (blocks joined by a blank line). */
export interface BodyHighlight {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
}

/** Blocks are joined by a blank line in the text annotations are anchored in. */
const BLOCK_GAP = 2;

/**
 * An article's text, drawn from the structured model, with its highlights.
 * Selecting text reports its offsets in the body text, so it can be highlighted.
 *
 * @event link-open - a link was clicked; the app opens it in the system browser.
 * @event text-select - text was selected (its offsets and where it is on screen), or the selection went away (null).
 * @event highlight-click - a highlight was clicked.
 */
export class ArticleBody extends PresscutElement {
  static override properties = {
    blocks: { attribute: false },
    highlights: { attribute: false },
    terms: { attribute: false },
  };

  /** The article's blocks. */
  declare blocks: Block[];
  /** Highlights to draw, in body-text offsets. */
  declare highlights: BodyHighlight[];
  /** Words a search found, to mark wherever they stand. */
  declare terms: string[];

  static override styles = [
    highlightStyles,
    tableStyles,
    css`
      mark.match {
        cursor: text;
      }
      :host {
        display: block;
        font-family: var(--pc-font-reading);
        font-size: var(--pc-reading-size, 19px);
        line-height: var(--pc-reading-line-height, 1.6);
        overflow-wrap: break-word;
      }
      p,
      blockquote,
      pre,
      figure {
        margin: 0 0 1em;
      }
      /* A line break the page had inside a paragraph (an address, a list of dates) stays one. */
      p,
      li,
      blockquote,
      h2,
      h3,
      h4 {
        white-space: pre-line;
      }
      h2,
      h3,
      h4 {
        font-family: var(--pc-font-ui);
        line-height: 1.3;
        margin: 1.6em 0 0.5em;
      }
      h2 {
        font-size: 1.15em;
      }
      h3,
      h4 {
        font-size: 1em;
      }
      blockquote {
        border-left: 3px solid var(--pc-border);
        padding-left: 1em;
        color: var(--pc-muted);
        font-style: italic;
      }
      .caption {
        font-family: var(--pc-font-ui);
        font-size: 0.75em;
        color: var(--pc-muted);
      }
      .image-alt::before {
        content: '[';
      }
      .image-alt::after {
        content: ']';
      }
      pre {
        font-family: var(--pc-font-mono);
        font-size: 0.8em;
        white-space: pre-wrap;
      }
      ul,
      ol {
        margin: 0 0 1em;
        padding-left: 1.4em;
      }
      img {
        max-width: 100%;
        height: auto;
      }
      a {
        color: var(--pc-accent);
      }
      mark.flash {
        outline: 3px solid var(--pc-focus);
        outline-offset: 2px;
      }
    `,
  ];

  constructor() {
    super();
    this.blocks = [];
    this.highlights = [];
    this.terms = [];
  }

  /** Scrolls a highlight into view and makes it flash. */
  reveal(annotationId: string): boolean {
    const mark = this.markOf(annotationId);
    if (!mark) return false;
    mark.scrollIntoView({ block: 'center' });
    mark.classList.add('flash');
    setTimeout(() => mark.classList.remove('flash'), 1600);
    return true;
  }

  /** A highlight's (first) mark in the text, for a popover to open beside. */
  markOf(annotationId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(
      `mark[data-annotation="${CSS.escape(annotationId)}"]`,
    );
  }

  override render() {
    return html`<div
      @click=${this.#onClick}
      @mouseup=${this.#onSelectionEnd}
      @keyup=${this.#onSelectionEnd}
    >
      ${this.#renderBlocks()}
    </div>`;
  }

  #renderBlocks(): TemplateResult[] {
    const starts: number[] = [];
    let offset = 0;
    for (const block of this.blocks) {
      starts.push(offset);
      offset += block.text.length + BLOCK_GAP;
    }
    const highlightsOf = (i: number): BlockHighlight[] => {
      const from = starts[i];
      const to = from + this.blocks[i].text.length;
      const own = this.highlights
        .filter((h) => h.start < to && h.end > from)
        .map((h) => ({
          id: h.id,
          color: h.color,
          start: Math.max(0, h.start - from),
          end: Math.min(to, h.end) - from,
        }));
      return [
        ...own,
        ...findTerms(this.blocks[i].text, this.terms).map((m) => ({ ...m, color: 'match' })),
      ];
    };
    const out: TemplateResult[] = [];
    for (let i = 0; i < this.blocks.length; i++) {
      const block = this.blocks[i];
      if (block.type !== 'list-item') {
        out.push(this.#renderBlock(block, i, highlightsOf(i)));
        continue;
      }
      const items: TemplateResult[] = [];
      const ordered = !!block.ordered;
      for (
        ;
        i < this.blocks.length &&
        this.blocks[i].type === 'list-item' &&
        !!this.blocks[i].ordered === ordered;
        i++
      ) {
        const inline = renderInline(this.blocks[i].text, this.blocks[i].marks, highlightsOf(i));
        // On one line: the item keeps line breaks (see the styles), so the template's own would show.
        items.push(html`<li data-block=${i}>${inline}</li>`);
      }
      i--;
      out.push(
        ordered
          ? html`<ol>
              ${items}
            </ol>`
          : html`<ul>
              ${items}
            </ul>`,
      );
    }
    return out;
  }

  #renderBlock(block: Block, index: number, highlights: BlockHighlight[]): TemplateResult {
    const text = renderInline(block.text, block.marks, highlights);
    switch (block.type) {
      case 'heading': {
        const level = block.level ?? 2;
        if (level <= 2) return html`<h2 data-block=${index}>${text}</h2>`;
        return level === 3
          ? html`<h3 data-block=${index}>${text}</h3>`
          : html`<h4 data-block=${index}>${text}</h4>`;
      }
      case 'quote':
        return html`<blockquote data-block=${index}>${text}</blockquote>`;
      case 'caption':
        return html`<p class="caption" data-block=${index}>${text}</p>`;
      case 'preformatted':
        return html`<pre data-block=${index}>${text}</pre>`;
      case 'code':
        return html`<pre data-block=${index}><code>${text}</code></pre>`;
      case 'table':
        return renderTable(block, index, highlights);
      case 'image':
        return block.src?.startsWith('data:image/')
          ? html`<figure data-block=${index}><img src=${block.src} alt=${block.text} /></figure>`
          : html`<p class="caption image-alt" data-block=${index}>${text}</p>`;
      default:
        return html`<p data-block=${index}>${text}</p>`;
    }
  }

  /** The body-text offset of a point in the rendered text. */
  #offsetOf(node: Node, offset: number): number | null {
    const element = node instanceof Element ? node : node.parentElement;
    const blockElement = element?.closest<HTMLElement>('[data-block]');
    if (!blockElement || !this.renderRoot.contains(blockElement)) return null;
    const index = Number(blockElement.dataset.block);
    // A table's cell says where its text starts in the block's; the separators between cells are not drawn.
    const cell = element?.closest<HTMLElement>('[data-at]');
    const from = cell && blockElement.contains(cell) ? cell : blockElement;
    const before = document.createRange();
    before.setStart(from, 0);
    before.setEnd(node, offset);
    const inBlock =
      (from === blockElement ? 0 : Number(from.dataset.at)) + before.toString().length;
    let start = 0;
    for (let i = 0; i < index; i++) start += this.blocks[i].text.length + BLOCK_GAP;
    return start + Math.min(inBlock, this.blocks[index].text.length);
  }

  #currentRange(): StaticRange | null {
    const selection = document.getSelection();
    const root = this.shadowRoot;
    if (!selection || selection.rangeCount === 0 || !root) return null;
    // The document's view of a selection in a shadow root is retargeted to its host: ask for the real nodes.
    const range = selection.getComposedRanges({ shadowRoots: [root] })[0];
    return range && !range.collapsed ? range : null;
  }

  #onSelectionEnd = (): void => {
    const range = this.#currentRange();
    const start = range && this.#offsetOf(range.startContainer, range.startOffset);
    const end = range && this.#offsetOf(range.endContainer, range.endOffset);
    if (range === null || start == null || end == null || end <= start) {
      this.emit('text-select', null);
      return;
    }
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    // A live range follows the text as it scrolls and reflows: the toolbar stays beside the words.
    const anchor: Anchor = {
      getBoundingClientRect: () => live.getBoundingClientRect(),
      getClientRects: () => live.getClientRects(),
      contextElement: this,
    };
    this.emit('text-select', { start, end, anchor });
  };

  #onClick(event: MouseEvent): void {
    const path = event.composedPath();
    const link = path.find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (link) {
      event.preventDefault();
      if (link.href) this.emit('link-open', { url: link.href });
      return;
    }
    const mark = path.find(
      (n): n is HTMLElement => n instanceof HTMLElement && n.dataset.annotation !== undefined,
    );
    if (mark && !this.#currentRange()) {
      this.emit('highlight-click', { id: mark.dataset.annotation!, anchor: mark });
    }
  }
}

customElements.define('article-body', ArticleBody);

declare global {
  interface HTMLElementTagNameMap {
    'article-body': ArticleBody;
  }
}
