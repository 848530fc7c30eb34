import { capNesting } from '../clipping/html/cap-nesting.ts';
import { isTag, isText, parseTree, type AnyNode } from '../clipping/html/page-tree.ts';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);

/**
 * The text a browser would put on the clipboard beside a page's HTML: its
 * visible words, a line per block. An HTML file gets it as its paste's text
 * flavour, which the engines fall back on.
 */
export function textOfHtml(html: string): string {
  const lines: string[] = [''];
  // Without recursion: a block boundary is marked on the way in and again on the way out of the element.
  const pending: (AnyNode | 'break')[] = [parseTree(capNesting(html))];
  while (pending.length) {
    const node = pending.pop() as AnyNode | 'break';
    if (node === 'break') lines.push('');
    else if (isText(node)) lines[lines.length - 1] += node.data;
    else if ('children' in node) {
      for (let child = node.lastChild; child; child = child.prev) {
        if (isText(child)) pending.push(child);
        else if (isTag(child) && !SKIPPED.has(child.name)) {
          const block = BLOCKS.has(child.name);
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
