import { css, html, type TemplateResult } from 'lit';
import type { Block } from '../../electron/model/article.ts';
import { renderInline } from './inline-text.ts';
import { PresscutElement } from './presscut-element.ts';

/**
 * An article's text, drawn from the structured model.
 *
 * @event link-open - a link was clicked; the app opens it in the system browser.
 */
export class ArticleBody extends PresscutElement {
  static override properties = {
    blocks: { attribute: false },
  };

  /** The article's blocks. */
  declare blocks: Block[];

  static override styles = css`
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
  `;

  constructor() {
    super();
    this.blocks = [];
  }

  override render() {
    return html`<div @click=${this.#onClick}>${this.#groupLists(this.blocks)}</div>`;
  }

  /** Consecutive list items of one kind become one list. */
  #groupLists(blocks: readonly Block[]): TemplateResult[] {
    const out: TemplateResult[] = [];
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i];
      if (block.type !== 'list-item') {
        out.push(this.#renderBlock(block));
        continue;
      }
      const items: Block[] = [];
      while (i < blocks.length && blocks[i].type === 'list-item' && !!blocks[i].ordered === !!block.ordered) items.push(blocks[i++]);
      i--;
      const lis = items.map((item) => html`<li>${renderInline(item.text, item.marks)}</li>`);
      out.push(block.ordered ? html`<ol>${lis}</ol>` : html`<ul>${lis}</ul>`);
    }
    return out;
  }

  #renderBlock(block: Block): TemplateResult {
    const text = renderInline(block.text, block.marks);
    switch (block.type) {
      case 'heading':
        return (block.level ?? 2) <= 2 ? html`<h2>${text}</h2>` : (block.level ?? 2) === 3 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`;
      case 'quote':
        return html`<blockquote>${text}</blockquote>`;
      case 'caption':
        return html`<p class="caption">${text}</p>`;
      case 'preformatted':
        return html`<pre>${block.text}</pre>`;
      case 'image':
        return block.src?.startsWith('data:image/')
          ? html`<figure><img src=${block.src} alt=${block.text} /></figure>`
          : html`<p class="caption">[${block.text || 'image'}]</p>`;
      default:
        return html`<p>${text}</p>`;
    }
  }

  #onClick(event: MouseEvent): void {
    const link = event.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!link) return;
    event.preventDefault();
    if (link.href) this.emit('link-open', { url: link.href });
  }
}

customElements.define('article-body', ArticleBody);

declare global {
  interface HTMLElementTagNameMap {
    'article-body': ArticleBody;
  }
}
