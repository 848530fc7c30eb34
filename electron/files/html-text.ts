import { parseHTML } from 'linkedom';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG']);
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);

/**
 * The text a browser would put on the clipboard beside a page's HTML: its
 * visible words, a line per block. An HTML file gets it as its paste's text
 * flavour, which the engines fall back on.
 */
export function textOfHtml(html: string): string {
  const { document } = parseHTML(html);
  const lines: string[] = [''];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) lines[lines.length - 1] += child.textContent ?? '';
      else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName)) {
        const block = BLOCKS.has((child as Element).tagName);
        if (block) lines.push('');
        walk(child);
        if (block) lines.push('');
      }
    }
  };
  walk(document);
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
