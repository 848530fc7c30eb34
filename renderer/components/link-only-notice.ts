import { css, html, nothing } from 'lit';
import { PresscutElement } from './presscut-element.ts';
import { controlStyles } from './shared-styles.ts';

/**
 * What a clip imported without its text says in the reader: how to complete
 * it, since Presscut never fetches pages itself.
 *
 * @event link-open - the person asked to open the article in their browser.
 */
export class LinkOnlyNotice extends PresscutElement {
  static override properties = {
    url: {},
    waiting: { type: Number },
  };

  /** The article's address. */
  declare url: string | null;
  /** Highlights waiting for the text. */
  declare waiting: number;

  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        margin: 16px 0;
        padding: 14px 16px;
        border: 1px dashed var(--pc-border);
        border-radius: var(--pc-radius);
        font-family: var(--pc-font-ui);
        color: var(--pc-muted);
        line-height: 1.5;
      }
      p {
        margin: 0 0 10px;
      }
    `,
  ];

  constructor() {
    super();
    this.url = null;
    this.waiting = 0;
  }

  override render() {
    const highlights =
      this.waiting === 1
        ? 'Its highlight is placed'
        : this.waiting > 1
          ? `Its ${this.waiting} highlights are placed`
          : null;
    return html`<p>
        Only the link was imported: Presscut never fetches pages. Open the article, copy it and
        paste it here to complete this clip.
        ${highlights ? `${highlights} once the text is here.` : ''}
      </p>
      ${this.url ? html`<button @click=${() => this.emit('link-open', { url: this.url! })}>Open the article</button>` : nothing}`;
  }
}

customElements.define('link-only-notice', LinkOnlyNotice);

declare global {
  interface HTMLElementTagNameMap {
    'link-only-notice': LinkOnlyNotice;
  }
}
