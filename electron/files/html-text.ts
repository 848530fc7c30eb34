import { parseHTML } from 'linkedom';
import { capNesting } from '../clipping/html/cap-nesting.ts';

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
  const { document } = parseHTML(capNesting(html));
  const lines: string[] = [''];
  // Without recursion: a block boundary is marked on the way in and again on the way out of the element.
  const pending: (Node | 'break')[] = [document as unknown as Node];
  while (pending.length) {
    const node = pending.pop() as Node | 'break';
    if (node === 'break') lines.push('');
    else if (node.nodeType === 3) lines[lines.length - 1] += node.textContent ?? '';
    else {
      for (let child = node.lastChild; child; child = child.previousSibling) {
        if (child.nodeType === 3) pending.push(child);
        else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName)) {
          const block = BLOCKS.has((child as Element).tagName);
          if (block) pending.push('break');
          pending.push(child);
          if (block) pending.push('break');
        }
      }
    }
  }
  return lines
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
