import { css, html } from 'lit';
import { PresscutElement } from './presscut-element.ts';

/** Elements and attributes a review's document never has; dropped all the same, should one ever come. */
const UNSAFE = 'script, style, link, meta, iframe, object, embed, base, form';

/**
 * A press review's document, as main made it: the same HTML the web page and
 * the PDF are made of, shown in a shadow root of its own with the document's
 * own stylesheet (adopted, as the window's policy allows no inline style).
 * It holds no pasted markup: main writes it from the clips' structured text.
 * A link to a story scrolls to it; another opens in the browser.
 *
 * @event link-open - a link out of the document was clicked.
 */
export class ReviewDocument extends PresscutElement {
  static override properties = { html: { attribute: false } };

  /** The review's HTML document; empty for none. */
  declare html: string;

  static override styles = css`
    :host {
      display: block;
      background: #fff;
      color: #1b1b1d;
    }
  `;

  #sheet = new CSSStyleSheet();
  /** An article: the cover's header is then the document's own, not a second banner of the window. */
  #content = document.createElement('article');

  constructor() {
    super();
    this.html = '';
    this.#content.addEventListener('click', (event) => this.#onClick(event));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
  }

  protected override updated(): void {
    // The stylesheet is taken out before parsing: a parsed document keeps the window's policy, which refuses inline styles.
    const styles: string[] = [];
    const markup = this.html.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
      styles.push(css);
      return '';
    });
    const parsed = new DOMParser().parseFromString(markup, 'text/html');
    // The document's own rules, scoped to this element.
    this.#sheet.replaceSync(
      styles
        .join('\n')
        .replace(/\bbody\.screen\b/g, '.document')
        .replace(/\bbody\b/g, '.document'),
    );
    for (const element of parsed.body.querySelectorAll(UNSAFE)) element.remove();
    for (const element of parsed.body.querySelectorAll('*'))
      for (const attribute of [...element.attributes])
        if (
          /^on/i.test(attribute.name) ||
          (attribute.name === 'href' && !/^(https?:|mailto:|#)/i.test(attribute.value))
        )
          element.removeAttribute(attribute.name);
    // The window has its main landmark: the document's is a plain block here (the web page keeps it).
    for (const main of parsed.body.querySelectorAll('main')) {
      const block = parsed.createElement('div');
      block.className = 'main';
      block.append(...main.childNodes);
      main.replaceWith(block);
    }
    this.#content.className = 'document screen';
    this.#content.setAttribute('aria-label', 'The press review');
    this.#content.replaceChildren(
      ...[...parsed.body.childNodes].map((n) => document.importNode(n, true)),
    );
  }

  override render() {
    return html`${this.#content}`;
  }

  #onClick(event: MouseEvent): void {
    const link = (event.target as Element).closest?.('a');
    const href = link?.getAttribute('href');
    if (!href) return;
    event.preventDefault();
    if (href.startsWith('#'))
      this.#content.querySelector(`[id="${CSS.escape(href.slice(1))}"]`)?.scrollIntoView();
    else this.emit('link-open', { url: href });
  }
}

customElements.define('review-document', ReviewDocument);

declare global {
  interface HTMLElementTagNameMap {
    'review-document': ReviewDocument;
  }
}
