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

/**
 * Accumulates the inline text of one block and the marks over it. An inline element may hold block-level ones
 * (`<a><h3>…</h3><p>…</p></a>`): the spans still open when a block is taken out carry on into the next.
 */
class InlineBuffer {
  text = '';
  marks: InlineMark[] = [];
  /** Spans inside any `<a>`, safe href or not: menus are links whatever they point to. */
  links: [number, number][] = [];
  /** How many times text was taken out: a span that saw a block end cannot be cut back to where it began. */
  taken = 0;
  private open: OpenSpan[] = [];

  /** True when the text is empty or ends in a space or line break: the next space would be one too many. */
  atBreak(): boolean {
    const last = this.text.charCodeAt(this.text.length - 1);
    return Number.isNaN(last) || last === 32 || last === 10;
  }

  append(raw: string, preformatted: boolean): void {
    if (preformatted) {
      this.text += raw.replace(/\r\n?/g, '\n');
      return;
    }
    let piece = raw.replace(/\s+/g, ' ');
    if (piece.charCodeAt(0) === 32 && this.atBreak()) piece = piece.slice(1);
    this.text += piece;
  }

  lineBreak(): void {
    if (this.text.endsWith(' ')) this.text = this.text.slice(0, -1);
    this.text += '\n';
  }

  begin(kind: InlineMark['kind'] | null, isLink: boolean, href?: string): OpenSpan {
    const span: OpenSpan = { kind, href, isLink, start: this.text.length };
    this.open.push(span);
    return span;
  }

  end(span: OpenSpan): void {
    this.open.splice(this.open.lastIndexOf(span), 1);
    this.close(span, this.text.length);
  }

  private close(span: OpenSpan, at: number): void {
    if (span.isLink && at > span.start) this.links.push([span.start, at]);
    if (!span.kind) return;
    let end = at;
    let start = span.start;
    while (end > start && /\s/.test(this.text[end - 1])) end--;
    while (start < end && /\s/.test(this.text[start])) start++;
    if (end <= start) return;
    const { kind, href } = span;
    const covered = this.marks.some(
      (m) => m.kind === kind && m.href === href && m.start <= start && m.end >= end,
    );
    if (!covered) this.marks.push(href ? { kind, start, end, href } : { kind, start, end });
  }

  /** Drops what was added since `start` (and the links from `linksFrom` on), as if it had never been read. */
  cut(start: number, linksFrom: number): void {
    this.text = this.text.slice(0, start);
    this.links.length = linksFrom;
    this.marks = this.marks
      .filter((m) => m.start < start)
      .map((m) => ({ ...m, end: Math.min(m.end, start) }));
  }

  /**
   * Takes the text out as blocks: two line breaks in a row (`<br><br>`) part paragraphs. Preformatted text
   * stays one block with its indentation and blank lines; only blank lines around it go.
   */
  take(preformatted: boolean): { text: string; marks: InlineMark[]; linkChars: number }[] {
    for (const span of this.open) {
      this.close(span, this.text.length);
      span.start = 0;
    }
    const { text, marks, links } = this;
    this.text = '';
    this.marks = [];
    this.links = [];
    this.taken++;
    const pieces: { text: string; marks: InlineMark[]; linkChars: number }[] = [];
    const parts = preformatted ? [text.replace(/\s+$/, '')] : text.split(/(\n[ \n]*\n)/);
    let offset = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i];
      const body = preformatted ? part.replace(/^(?:[ \t]*\n)+/, '') : part.trim();
      const lead = part.trimEnd().length - body.length;
      const start = offset + lead;
      offset += part.length + (parts[i + 1]?.length ?? 0);
      if (!body) continue;
      const end = start + body.length;
      const own = marks
        .filter((m) => m.start < end && m.end > start)
        .map((m) => ({
          ...m,
          start: Math.max(m.start, start) - start,
          end: Math.min(m.end, end) - start,
        }));
      const linkChars = links.reduce(
        (sum, [a, b]) => sum + Math.max(0, Math.min(b, end) - Math.max(a, start)),
        0,
      );
      pieces.push({ text: body, marks: own, linkChars });
    }
    return pieces;
  }
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

  const visitChildren = (parent: Node, role: Role, container: Element, preformatted: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      visit(child, role, container, preformatted);
    }
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
      visitChildren(element, inner, element, preformatted || tag === 'pre');
      flush(inner, element);
    } else if (tag === 'td' || tag === 'th') {
      if (!buffer.atBreak()) buffer.append(CELL_SEPARATOR, false);
      visitChildren(element, role, container, preformatted);
    } else if (tag === 'a') {
      const href = safeLinkUrl(element.getAttribute('href'), options.base) ?? undefined;
      const span = buffer.begin(href ? 'link' : null, true, href);
      visitChildren(element, role, container, preformatted);
      buffer.end(span);
    } else if (MARK_OF[tag]) {
      const span = buffer.begin(MARK_OF[tag], false);
      visitChildren(element, role, container, preformatted);
      buffer.end(span);
    } else {
      const start = buffer.text.length;
      const linksBefore = buffer.links.length;
      const imagesBefore = images.length;
      const taken = buffer.taken;
      visitChildren(element, role, container, preformatted);
      if (buffer.taken === taken && isEmbeddedLinkList(buffer, start, linksBefore)) {
        buffer.cut(start, linksBefore);
        images.length = imagesBefore;
      }
    }
  };

  visit(root, PARAGRAPH, root, false);
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
  if (count < LINK_LIST_LINKS || !/\S/.test(buffer.text.slice(0, start))) return false;
  const length = buffer.text.length - start;
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
