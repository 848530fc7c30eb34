/**
 * Flattens HTML nested deeper than a limit, before any DOM is built.
 *
 * Pages are parsed with htmlparser2, whose stack of open elements grows at its
 * front: each element opened costs as much as the depth it stands at, so
 * 100,000 nested `<div>`s take seconds to parse, and every later walk over
 * such a tree risks the call stack. Browsers stop nesting at 512 levels and
 * hang deeper elements on the last level; here the tags beyond the limit are
 * dropped and their text kept, block-level tags leaving a blank line
 * (two `<br>`) so that paragraphs stay apart. The scan follows htmlparser2's own rules for
 * what opens, closes and implies a close, so the depth it counts is the
 * depth the parsed tree would have (or more, never less).
 */

// htmlparser2's void elements (they never open) and the elements whose content it does not parse as tags.
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
const FOREIGN = new Set(['svg', 'math']);

// htmlparser2's `openImpliesClose`: opening the key closes open elements of these names on top of the stack.
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    body: ['head', 'link', 'script'],
    li: ['li'],
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    ...Object.fromEntries(
      [
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'address',
        'article',
        'aside',
        'blockquote',
        'details',
        'div',
        'dl',
        'fieldset',
        'figcaption',
        'figure',
        'footer',
        'form',
        'header',
        'hr',
        'main',
        'nav',
        'ol',
        'pre',
        'section',
        'table',
        'ul',
      ].map((tag) => [tag, P]),
    ),
  }).map(([tag, closes]) => [tag, new Set(closes)]),
);

// Elements that part lines of text: dropped, each leaves a line break in its place.
const BREAKS_LINE =
  /^(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|tr|td|th|table|t(?:head|body|foot)|blockquote|pre|section|article|aside|header|footer|nav|main|figure|figcaption|address|details|summary|form|fieldset|center|hgroup)$/;

// A tag, a comment, a declaration or a processing instruction, from a '<'. Attribute values may hold '>'.
const MARKUP =
  /<(?:!--[\s\S]*?(?:--!?>|$)|!\[CDATA\[[\s\S]*?(?:\]\]>|$)|[!?][^>]*(?:>|$)|(\/?)([a-zA-Z][^\t\n\f\r />]*)((?:[^>"']|"[^"]*(?:"|$)|'[^']*(?:'|$))*)(?:>|$))/y;

const rawTextEnds = new Map<string, RegExp>();
function rawTextEnd(tag: string): RegExp {
  let end = rawTextEnds.get(tag);
  if (!end) rawTextEnds.set(tag, (end = new RegExp(`</${tag}(?=[\\s/>]|$)`, 'gi')));
  return end;
}

// Browsers stop nesting at 512 levels; the deepest of 567 real pages in the benchmarks nests 51. The later stages walk up
// each block's ancestors, so their cost on a deep tree grows with the depth kept.
export const MAX_NESTING = 128;

/** Returns `html` with every element deeper than `maxDepth` flattened into its ancestor at that depth. */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  // A document cannot nest deeper than it has tags.
  let tags = 0;
  for (let at = html.indexOf('<'); at >= 0 && tags <= maxDepth; at = html.indexOf('<', at + 1))
    tags++;
  if (tags <= maxDepth) return html;

  const stack: string[] = [];
  const open = new Map<string, number>();
  let foreign = 0;
  const pieces: string[] = [];
  let copiedTo = 0;
  // Tags dropped one after another with no text between them part the text once, not once each.
  let parted = false;
  const drop = (start: number, end: number, tag: string) => {
    const between = html.slice(copiedTo, start);
    if (/\S/.test(between)) parted = false;
    const parts = !parted && BREAKS_LINE.test(tag);
    pieces.push(between, parts ? '<br><br>' : '');
    parted ||= parts;
    copiedTo = end;
  };
  const pop = () => {
    const tag = stack.pop() as string;
    open.set(tag, (open.get(tag) ?? 1) - 1);
    if (FOREIGN.has(tag)) foreign--;
  };

  let at = html.indexOf('<');
  while (at >= 0) {
    MARKUP.lastIndex = at;
    const match = MARKUP.exec(html);
    if (!match) {
      at = html.indexOf('<', at + 1);
      continue;
    }
    let end = MARKUP.lastIndex;
    const [, closing, name, attributes] = match;
    if (name) {
      const tag = name.toLowerCase();
      if (closing) {
        if ((open.get(tag) ?? 0) > 0) {
          const depth = stack.lastIndexOf(tag);
          while (stack.length > depth) pop();
          if (depth >= maxDepth) drop(at, end, tag);
        }
      } else {
        const implied = IMPLIES_CLOSE.get(tag);
        while (implied && stack.length > 0 && implied.has(stack[stack.length - 1])) pop();
        const selfClosing = foreign > 0 && attributes.endsWith('/');
        if (RAW_TEXT.has(tag) && !selfClosing) {
          // Its content is text to the parser, never tags; beyond the limit it goes with its tags.
          const close = rawTextEnd(tag);
          close.lastIndex = end;
          const found = close.exec(html);
          const contentEnd = found ? found.index : html.length;
          if (stack.length >= maxDepth) {
            const closeEnd = found ? html.indexOf('>', contentEnd) + 1 || html.length : html.length;
            drop(at, closeEnd, tag);
            end = closeEnd;
          } else end = contentEnd;
          if (!found) break;
        } else if (!VOID.has(tag) && !selfClosing) {
          if (stack.length >= maxDepth) drop(at, end, tag);
          stack.push(tag);
          open.set(tag, (open.get(tag) ?? 0) + 1);
          if (FOREIGN.has(tag)) foreign++;
        }
      }
    }
    at = html.indexOf('<', end);
  }
  if (copiedTo === 0) return html;
  pieces.push(html.slice(copiedTo));
  return pieces.join('');
}
