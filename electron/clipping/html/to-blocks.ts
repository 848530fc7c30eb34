import type { Block, InlineMark } from '../../model/article.ts';
import { isDataTable, PARAGRAPH, roleOf, type Role } from './block-roles.ts';
import { InlineBuffer, type OpenSpan } from './inline-buffer.ts';
import { safeDataImage, safeLinkUrl } from './safe-url.ts';
import {
  attribute,
  elementChildren,
  hasAttribute,
  isTag,
  isText,
  type AnyNode,
  type Element,
} from './page-tree.ts';

/** A block with the DOM facts the later stages judge it by. */
export interface SourcedBlock {
  block: Block;
  /** The innermost block-level element the text stood in. */
  element: Element;
  /** How many characters of the text are inside links: high in menus and lists of headlines. */
  linkChars: number;
}

export interface ToBlocksOptions {
  /** The page's address, for relative links; null drops them. */
  base: URL | null;
  /** Filled, when given, with the blocks and elements each element read holds (see `Extent`). */
  extents?: Map<Element, Extent>;
}

/**
 * The blocks an element holds, `first` to `end` (exclusive) in the output, and how many pictures, list items and
 * paragraphs it had, text or none: what the content scoring judges a container by without walking it again.
 */
export interface Extent {
  first: number;
  end: number;
  images: number;
  items: number;
  paragraphs: number;
}

// Never read: code, styling and what a page does not show.
export const UNSHOWN = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'param',
  'dialog',
  'slot',
]);

// Never read either: embedded documents, form controls and media players. They take room on the page, so the
// text on either side of one does not run together.
export const BOXES = new Set([
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'input',
  'button',
  'select',
  'option',
  'optgroup',
  'textarea',
  'datalist',
  'output',
  'progress',
  'meter',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'source',
  'track',
  'map',
  'area',
]);

const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
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
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'menu',
]);

// A table row reads as one line, its cells apart; a cell holding paragraphs (a layout table) still breaks into blocks.
const CELL_SEPARATOR = ' · ';

const MARK_OF: Record<string, InlineMark['kind']> = {
  em: 'em',
  i: 'em',
  cite: 'em',
  dfn: 'em',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
};

/** Hidden the ways a page can say so without a style sheet (pastes rarely carry one). */
export function isHidden(element: Element): boolean {
  if (hasAttribute(element, 'hidden')) return true;
  if (attribute(element, 'aria-hidden') === 'true' && element.name !== 'img') return true;
  const style = attribute(element, 'style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/**
 * What to do once an element's children are read: end a block, close a mark, check for a list of links, end a
 * table's row, head or the table, or leave a space after a block-level element read inside a table's cell.
 */
type Leave = 'block' | 'span' | 'inline' | 'row' | 'head' | 'table' | 'spaced' | 'none';

/** A data table being read into one block. */
interface TableState {
  rows: number;
  headerRows: number;
  /** Cells so far in the row being read. */
  cells: number;
  /** Whether every cell of the row so far is a heading (`<th>`). */
  headings: boolean;
  inHead: boolean;
}

interface Frame {
  /** The next child to read. */
  next: AnyNode | null;
  role: Role;
  container: Element;
  pre: boolean;
  table: TableState | null;
  leave: Leave;
  element: Element;
  /** Where the buffer stood when the element began: an inline element that turns out to be a list of links is cut back to it. */
  start: number;
  linksBefore: number;
  imagesBefore: number;
  taken: number;
  span: OpenSpan | null;
  /** Where the output and the counts stood when the element began. */
  firstBlock: number;
  counts: Counts;
}

interface Counts {
  images: number;
  items: number;
  paragraphs: number;
}

const TABLE_ROLE: Role = { type: 'table' };
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'colgroup', 'col']);

function shapeOf(role: Role): 'prose' | 'preformatted' | 'table' {
  if (role.type === 'preformatted' || role.type === 'code') return 'preformatted';
  return role.type === 'table' ? 'table' : 'prose';
}

/**
 * Turns a DOM subtree into model blocks. Only text, a few inline marks and
 * safe URLs come out: elements that are code, embedded documents, form
 * controls or hidden are never read, and event handlers, styles and other
 * attributes are simply never looked at. A table of data becomes one table
 * block, a `<pre>` of code one code block.
 */
export function elementToBlocks(root: Element, options: ToBlocksOptions): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  const buffer = new InlineBuffer();
  const { extents } = options;
  const counts: Counts = { images: 0, items: 0, paragraphs: 0 };

  // Images met inside running text wait for the text's block to end, so they never cut a paragraph in two.
  let images: SourcedBlock[] = [];

  const flush = (role: Role, element: Element, table: TableState | null = null) => {
    for (const piece of buffer.take(shapeOf(role))) {
      const block: Block = { type: role.type, text: piece.text };
      // A listing is code from end to end: what a highlighter set in bold or italics is no emphasis.
      if (piece.marks.length && role.type !== 'code') block.marks = piece.marks;
      if (role.level) block.level = role.level;
      if (role.type === 'list-item') block.ordered = role.ordered ?? false;
      if (role.language) block.language = role.language;
      if (table && table.headerRows > 0 && table.headerRows < table.rows)
        block.headerRows = table.headerRows;
      out.push({ block, element, linkChars: piece.linkChars });
    }
    out.push(...images);
    images = [];
  };

  // The walk keeps its own stack rather than recursing, so no nesting can overflow the call stack: each frame is
  // an element whose children are being read, and what to do once they all are.
  const frames: Frame[] = [];
  const enter = (
    element: Element,
    context: Pick<Frame, 'role' | 'container' | 'pre' | 'table'>,
    leave: Leave,
  ): Frame => {
    const frame: Frame = {
      next: element.firstChild,
      role: context.role,
      container: context.container,
      pre: context.pre,
      table: context.table,
      leave,
      element,
      start: buffer.length,
      linksBefore: buffer.links.length,
      imagesBefore: images.length,
      taken: buffer.taken,
      span: null,
      firstBlock: out.length,
      counts: extents ? { ...counts } : counts,
    };
    frames.push(frame);
    return frame;
  };

  /** Inside a data table: rows end lines, cells are parted by tabs, block-level elements read as words. */
  const visitInTable = (element: Element, tag: string, context: Frame) => {
    const table = context.table as TableState;
    if (tag === 'tr') {
      // The row begins at its line break (which takes a space before it away), so a row cut takes that too.
      if (table.rows > 0) buffer.separate('\n');
      const rowStart = table.rows > 0 ? buffer.length - 1 : buffer.length;
      table.cells = 0;
      table.headings = true;
      const row = enter(element, context, 'row');
      row.start = rowStart;
    } else if (tag === 'td' || tag === 'th') {
      if (table.cells > 0) buffer.separate('\t');
      table.cells++;
      if (tag === 'td') table.headings = false;
      enter(element, context, 'none');
    } else if (tag === 'thead') {
      table.inHead = true;
      enter(element, context, 'head');
    } else if (tag === 'caption' || tag === 'br' || tag === 'hr' || TABLE_PARTS.has(tag)) {
      if (tag === 'br' || tag === 'hr') buffer.append(' ', false);
      else if (tag !== 'caption') enter(element, context, 'none');
    } else {
      if (!buffer.atBreak()) buffer.append(' ', false);
      enter(element, context, 'spaced');
    }
  };

  const visit = (node: AnyNode, context: Frame | null): void => {
    const role = context?.role ?? PARAGRAPH;
    const container = context?.container ?? root;
    const preformatted = context?.pre ?? false;
    if (isText(node)) {
      buffer.append(node.data, preformatted);
      return;
    }
    if (!isTag(node)) return;
    const element = node;
    const tag = element.name;
    if (UNSHOWN.has(tag) || isHidden(element)) return;
    if (BOXES.has(tag)) {
      buffer.append(' ', false);
      return;
    }
    const inherited = { role, container, pre: preformatted, table: context?.table ?? null };
    if (extents) {
      if (tag === 'img') counts.images++;
      else if (tag === 'li') counts.items++;
      else if (tag === 'p') counts.paragraphs++;
    }
    if (tag === 'img') {
      const image = imageBlock(element);
      if (image) images.push({ block: image, element, linkChars: 0 });
    } else if (tag === 'a') {
      const href = safeLinkUrl(attribute(element, 'href'), options.base) ?? undefined;
      const kind = href && role.type !== 'code' ? 'link' : null;
      enter(element, inherited, 'span').span = buffer.begin(kind, true, href);
    } else if (MARK_OF[tag] && role.type !== 'code') {
      enter(element, inherited, 'span').span = buffer.begin(MARK_OF[tag], false);
    } else if (inherited.table && context) {
      if (BLOCK_LEVEL.has(tag) || TABLE_PARTS.has(tag) || /^t[hdr]$/.test(tag) || tag === 'br')
        visitInTable(element, tag, context);
      else enter(element, inherited, 'inline');
    } else if (tag === 'br') {
      buffer.lineBreak();
    } else if (tag === 'hr') {
      flush(role, container);
    } else if (tag === 'table' && isDataTable(element)) {
      flush(role, container);
      const table: TableState = {
        rows: 0,
        headerRows: 0,
        cells: 0,
        headings: false,
        inHead: false,
      };
      enter(element, { role: TABLE_ROLE, container: element, pre: false, table }, 'table');
      // Its caption reads as a block of its own, before the table.
      const caption = elementChildren(element).find((child) => child.name === 'caption');
      if (caption)
        enter(
          caption,
          { role: { type: 'caption' }, container: caption, pre: false, table: null },
          'block',
        );
    } else if (BLOCK_LEVEL.has(tag)) {
      flush(role, container);
      const inner = roleOf(tag, element, role);
      enter(
        element,
        { role: inner, container: element, pre: preformatted || tag === 'pre', table: null },
        'block',
      );
    } else if (tag === 'td' || tag === 'th') {
      if (!buffer.atBreak()) buffer.append(CELL_SEPARATOR, false);
      enter(element, inherited, 'none');
    } else {
      enter(element, inherited, 'inline');
    }
  };

  const leave = (frame: Frame) => {
    const { table } = frame;
    switch (frame.leave) {
      case 'block':
        flush(frame.role, frame.element);
        break;
      case 'span':
        if (frame.span) buffer.end(frame.span);
        break;
      case 'inline':
        if (
          buffer.taken === frame.taken &&
          isEmbeddedLinkList(buffer, frame.start, frame.linksBefore)
        ) {
          buffer.cut(frame.start, frame.linksBefore);
          images.length = frame.imagesBefore;
        }
        break;
      case 'spaced':
        buffer.append(' ', false);
        break;
      case 'row':
        if (!table) break;
        // A row with no text in any cell (a spacer) is no row.
        if (buffer.lastLetter < frame.start) buffer.cut(frame.start, frame.linksBefore);
        else {
          table.rows++;
          if ((table.inHead || table.headings) && table.headerRows === table.rows - 1)
            table.headerRows++;
        }
        break;
      case 'head':
        if (table) table.inHead = false;
        break;
      case 'table':
        flush(frame.role, frame.element, table);
        break;
    }
    // Links and marks are never containers of the story.
    if (extents && frame.leave !== 'span') {
      const before = frame.counts;
      extents.set(frame.element, {
        first: frame.firstBlock,
        end: out.length,
        images: counts.images - before.images,
        items: counts.items - before.items,
        paragraphs: counts.paragraphs - before.paragraphs,
      });
    }
  };

  visit(root, null);
  while (frames.length) {
    const frame = frames[frames.length - 1];
    const child = frame.next;
    if (!child) {
      frames.pop();
      leave(frame);
      continue;
    }
    frame.next = child.nextSibling;
    // The caption was read before the table.
    if (frame.table && frame.leave === 'table' && isTag(child) && child.name === 'caption')
      continue;
    visit(child, frame);
  }
  flush(PARAGRAPH, root);
  return out;
}

// A person's card or a "read more" list tucked inside a sentence: several links and little else.
const LINK_LIST_LINKS = 3;
const LINK_LIST_SHARE = 0.9;

/**
 * Whether the inline element just read (from `start`) is a list of links set
 * inside running text, such as a hover card of related stories: it holds
 * several links that make nearly all its text, and text of the block stands
 * before it. Such a list is not part of the sentence around it.
 */
function isEmbeddedLinkList(buffer: InlineBuffer, start: number, linksFrom: number): boolean {
  const count = buffer.links.length - linksFrom;
  if (count < LINK_LIST_LINKS || buffer.firstLetter < 0 || buffer.firstLetter >= start)
    return false;
  const length = buffer.length - start;
  const linked = buffer.links.slice(linksFrom).reduce((sum, [a, b]) => sum + b - a, 0);
  return length > 0 && linked / length >= LINK_LIST_SHARE;
}

/** A remote image keeps only its alt text; a small raster `data:` image is kept whole. */
function imageBlock(element: Element): Block | null {
  const src = safeDataImage(attribute(element, 'src'));
  const alt = (attribute(element, 'alt') ?? '').replace(/\s+/g, ' ').trim();
  if (!src && !alt) return null;
  return src ? { type: 'image', text: alt, src } : { type: 'image', text: alt };
}
