import { parseHTML } from 'linkedom';

const BLOCKS = 'p,div,li,h1,h2,h3,h4,h5,h6,blockquote,pre,br,tr,section,article,header,footer,figcaption,dt,dd';

/** An HTML fragment (an export's article body) as a whole document, the shape a browser's clipboard gives. */
export function asDocument(html: string): string {
  return /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

/**
 * The text flavour of an article saved as HTML, one line per block, as a
 * browser's clipboard would give it beside the HTML: the clipping engine
 * falls back to it when the HTML has no structure it can use.
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(asDocument(html));
  for (const el of document.querySelectorAll('script,style,noscript,template')) el.remove();
  for (const el of document.querySelectorAll(BLOCKS)) el.parentNode?.insertBefore(document.createTextNode('\n'), el.nextSibling);
  return (document.body?.textContent ?? '')
    .split('\n')
    .map((line: string) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
