import type { Block, BlockType, InlineMark } from '../../model/article.ts';
import { safeDataImage, safeLinkUrl } from './safe-url.ts';

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

/** What the enclosing elements make of the text: the innermost one that says anything wins. */
interface Role {
  type: Exclude<BlockType, 'image'>;
  level?: number;
  ordered?: boolean;
}

const PARAGRAPH: Role = { type: 'paragraph' };

function roleOf(tag: string, element: Element, outer: Role): Role {
  if (/^h[1-6]$/.test(tag)) return { type: 'heading', level: Number(tag[1]) };
  if (tag === 'li')
    return { type: 'list-item', ordered: element.parentElement?.localName === 'ol' };
  if (tag === 'blockquote') return { type: 'quote' };
  // A figure is an illustration with its legend: whatever text it holds besides a quote describes the picture.
  if (tag === 'figcaption' || tag === 'caption' || (tag === 'figure' && outer.type === 'paragraph'))
    return { type: 'caption' };
  if (tag === 'pre') return { type: 'preformatted' };
  return outer;
}

/** Hidden the ways a page can say so without a style sheet (pastes rarely carry one). */
function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true' && element.localName !== 'img') return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** An inline element being read: a mark to make, or a link counted for link density whatever its target. */
interface OpenSpan {
  kind: InlineMark['kind'] | null;
  href?: string;
  isLink: boolean;
  start: number;
}

/** A piece of inline text taken out as one block. */
interface TakenPiece {
  text: string;
  marks: InlineMark[];
  linkChars: number;
}

const SPACE = /\s/;

/**
 * Accumulates the inline text of one block and the marks over it. An inline element may hold block-level ones
 * (`<a><h3>…</h3><p>…</p></a>`): the spans still open when a block is taken out carry on into the next.
 *
 * The text is kept as pieces and only joined when taken out: reading a character of a string still being built
 * makes V8 copy all of it, and a block of a million pieces would be copied a million times.
 */
class InlineBuffer {
  private pieces: string[] = [];
  /** Length of the text so far. */
  length = 0;
  /** Where the first character other than a space stands; -1 while there is none. */
  firstLetter = -1;
  private last = NaN;
  /** Marks as their elements spanned the text; trimmed of spaces when the text is taken out. */
  private marks: InlineMark[] = [];
  /** Spans inside any `<a>`, safe href or not: menus are links whatever they point to. */
  links: [number, number][] = [];
  /** How many times text was taken out: a span that saw a block end cannot be cut back to where it began. */
  taken = 0;
  private open: OpenSpan[] = [];

  /** True when the text is empty or ends in a space or line break: the next space would be one too many. */
  atBreak(): boolean {
    return Number.isNaN(this.last) || this.last === 32 || this.last === 10;
  }

  private add(piece: string): void {
    if (!piece) return;
    if (this.firstLetter < 0) {
      const at = piece.search(/\S/);
      if (at >= 0) this.firstLetter = this.length + at;
    }
    this.pieces.push(piece);
    this.length += piece.length;
    this.last = piece.charCodeAt(piece.length - 1);
  }

  append(raw: string, preformatted: boolean): void {
    if (preformatted) {
      this.add(raw.replace(/\r\n?/g, '\n'));
      return;
    }
    let piece = raw.replace(/\s+/g, ' ');
    if (piece.charCodeAt(0) === 32 && this.atBreak()) piece = piece.slice(1);
    this.add(piece);
  }

  lineBreak(): void {
    if (this.last === 32) {
      const end = this.pieces.length - 1;
      this.pieces[end] = this.pieces[end].slice(0, -1);
      this.length--;
    }
    this.add('\n');
  }

  begin(kind: InlineMark['kind'] | null, isLink: boolean, href?: string): OpenSpan {
    const span: OpenSpan = { kind, href, isLink, start: this.length };
    this.open.push(span);
    return span;
  }

  end(span: OpenSpan): void {
    this.open.splice(this.open.lastIndexOf(span), 1);
    this.close(span, this.length);
  }

  private close(span: OpenSpan, at: number): void {
    if (span.isLink && at > span.start) this.links.push([span.start, at]);
    if (!span.kind || at <= span.start) return;
    const { kind, href, start } = span;
    this.marks.push(href ? { kind, start, end: at, href } : { kind, start, end: at });
  }

  /** Drops what was added since `start` (and the links from `linksFrom` on), as if it had never been read. */
  cut(start: number, linksFrom: number): void {
    const text = this.pieces.join('').slice(0, start);
    this.pieces = [text];
    this.length = text.length;
    this.last = text.charCodeAt(text.length - 1);
    if (this.firstLetter >= start) this.firstLetter = -1;
    this.links.length = linksFrom;
    this.marks = this.marks
      .filter((m) => m.start < start)
      .map((m) => ({ ...m, end: Math.min(m.end, start) }));
  }

  /**
   * Takes the text out as blocks: two line breaks in a row (`<br><br>`) part paragraphs. Preformatted text
   * stays one block with its indentation and blank lines; only blank lines around it go.
   */
  take(preformatted: boolean): TakenPiece[] {
    for (const span of this.open) {
      this.close(span, this.length);
      span.start = 0;
    }
    const text = this.pieces.join('');
    const { marks, links } = this;
    this.pieces = [];
    this.length = 0;
    this.firstLetter = -1;
    this.last = NaN;
    this.marks = [];
    this.links = [];
    this.taken++;
    const taken: (TakenPiece & { start: number; end: number })[] = [];
    const parts = preformatted ? [text.replace(/\s+$/, '')] : text.split(/(\n[ \n]*\n)/);
    let offset = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i];
      const body = preformatted ? part.replace(/^(?:[ \t]*\n)+/, '') : part.trim();
      const lead = part.trimEnd().length - body.length;
      const start = offset + lead;
      offset += part.length + (parts[i + 1]?.length ?? 0);
      if (body)
        taken.push({ text: body, marks: [], linkChars: 0, start, end: start + body.length });
    }
    // Each mark and link goes to the pieces it overlaps, found by halving rather than by trying every piece.
    const overlapping = (
      from: number,
      to: number,
      each: (piece: (typeof taken)[number]) => void,
    ) => {
      let lo = 0;
      let hi = taken.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (taken[mid].end <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < taken.length && taken[k].start < to; k++) each(taken[k]);
    };
    for (const mark of trimmedMarks(text, marks)) {
      overlapping(mark.start, mark.end, (piece) =>
        piece.marks.push({
          ...mark,
          start: Math.max(mark.start, piece.start) - piece.start,
          end: Math.min(mark.end, piece.end) - piece.start,
        }),
      );
    }
    for (const [a, b] of links) {
      overlapping(a, b, (piece) => {
        piece.linkChars += Math.max(0, Math.min(b, piece.end) - Math.max(a, piece.start));
      });
    }
    return taken.map(({ text: body, marks: own, linkChars }) => ({
      text: body,
      marks: own,
      linkChars,
    }));
  }
}

/**
 * The marks without the spaces at their ends, and without those another of the same kind already covers
 * (`<b><strong>word</strong></b>`): marks close innermost first, so a covering one ends where the covered one does.
 */
function trimmedMarks(text: string, marks: readonly InlineMark[]): InlineMark[] {
  const kept: InlineMark[] = [];
  const startOf = new Map<string, number>();
  for (const mark of marks) {
    let { start, end } = mark;
    while (end > start && SPACE.test(text[end - 1])) end--;
    while (start < end && SPACE.test(text[start])) start++;
    if (end <= start) continue;
    const key = `${mark.kind} ${mark.href ?? ''} ${end}`;
    const covering = startOf.get(key);
    if (covering !== undefined && covering <= start) continue;
    startOf.set(key, covering === undefined ? start : Math.min(covering, start));
    kept.push({ ...mark, start, end });
  }
  return kept;
}

/** What to do once an element's children are read: end a block, close a mark, or check for a list of links. */
type Leave = 'block' | 'span' | 'inline' | 'none';

interface Frame {
  /** The next child to read. */
  next: Node | null;
  role: Role;
  container: Element;
  pre: boolean;
  leave: Leave;
  element: Element;
  /** Where the buffer stood when the element began: an inline element that turns out to be a list of links is cut back to it. */
  start: number;
  linksBefore: number;
  imagesBefore: number;
  taken: number;
  span: OpenSpan | null;
}

/**
 * Turns a DOM subtree into model blocks. Only text, a few inline marks and
 * safe URLs come out: elements that are code, embedded documents, form
 * controls or hidden are never read, and event handlers, styles and other
 * attributes are simply never looked at.
 */
export function elementToBlocks(root: Element, options: ToBlocksOptions): SourcedBlock[] {
  const out: SourcedBlock[] = [];
  const buffer = new InlineBuffer();

  // Images met inside running text wait for the text's block to end, so they never cut a paragraph in two.
  let images: SourcedBlock[] = [];

  const flush = (role: Role, element: Element) => {
    for (const piece of buffer.take(role.type === 'preformatted')) {
      const block: Block = { type: role.type, text: piece.text };
      if (piece.marks.length) block.marks = piece.marks;
      if (role.level) block.level = role.level;
      if (role.type === 'list-item') block.ordered = role.ordered ?? false;
      out.push({ block, element, linkChars: piece.linkChars });
    }
    out.push(...images);
    images = [];
  };

  // The walk keeps its own stack rather than recursing, so no nesting can overflow the call stack: each frame is
  // an element whose children are being read, and what to do once they all are.
  const frames: Frame[] = [];
  const enter = (element: Element, role: Role, container: Element, pre: boolean, leave: Leave) => {
    frames.push({
      next: element.firstChild,
      role,
      container,
      pre,
      leave,
      element,
      start: buffer.length,
      linksBefore: buffer.links.length,
      imagesBefore: images.length,
      taken: buffer.taken,
      span: null,
    });
  };

  const visit = (node: Node, role: Role, container: Element, preformatted: boolean): void => {
    if (node.nodeType === 3) {
      buffer.append(node.nodeValue ?? '', preformatted);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    if (UNSHOWN.has(tag) || isHidden(element)) return;
    if (BOXES.has(tag)) {
      buffer.append(' ', false);
      return;
    }
    if (tag === 'br') {
      buffer.lineBreak();
    } else if (tag === 'img') {
      const image = imageBlock(element);
      if (image) images.push({ block: image, element, linkChars: 0 });
    } else if (tag === 'hr') {
      flush(role, container);
    } else if (BLOCK_LEVEL.has(tag)) {
      flush(role, container);
      const inner = roleOf(tag, element, role);
      enter(element, inner, element, preformatted || tag === 'pre', 'block');
    } else if (tag === 'td' || tag === 'th') {
      if (!buffer.atBreak()) buffer.append(CELL_SEPARATOR, false);
      enter(element, role, container, preformatted, 'none');
    } else if (tag === 'a') {
      const href = safeLinkUrl(element.getAttribute('href'), options.base) ?? undefined;
      enter(element, role, container, preformatted, 'span');
      frames[frames.length - 1].span = buffer.begin(href ? 'link' : null, true, href);
    } else if (MARK_OF[tag]) {
      enter(element, role, container, preformatted, 'span');
      frames[frames.length - 1].span = buffer.begin(MARK_OF[tag], false);
    } else {
      enter(element, role, container, preformatted, 'inline');
    }
  };

  const leave = (frame: Frame) => {
    if (frame.leave === 'block') flush(frame.role, frame.element);
    else if (frame.leave === 'span' && frame.span) buffer.end(frame.span);
    else if (
      frame.leave === 'inline' &&
      buffer.taken === frame.taken &&
      isEmbeddedLinkList(buffer, frame.start, frame.linksBefore)
    ) {
      buffer.cut(frame.start, frame.linksBefore);
      images.length = frame.imagesBefore;
    }
  };

  visit(root, PARAGRAPH, root, false);
  while (frames.length) {
    const frame = frames[frames.length - 1];
    const child = frame.next;
    if (!child) {
      frames.pop();
      leave(frame);
      continue;
    }
    frame.next = child.nextSibling;
    visit(child, frame.role, frame.container, frame.pre);
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
  const src = safeDataImage(element.getAttribute('src'));
  const alt = (element.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim();
  if (!src && !alt) return null;
  return src ? { type: 'image', text: alt, src } : { type: 'image', text: alt };
}
