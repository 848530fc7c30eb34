import type { InlineMark } from '../../model/article.ts';
import { INVISIBLE } from '../text/segment.ts';

/** An inline element being read: a mark to make, or a link counted for link density whatever its target. */
export interface OpenSpan {
  kind: InlineMark['kind'] | null;
  href?: string;
  isLink: boolean;
  start: number;
}

/** A piece of inline text taken out as one block. */
export interface TakenPiece {
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
export class InlineBuffer {
  private pieces: string[] = [];
  /** Length of the text so far. */
  length = 0;
  /** Where the first and the last character other than a space stand; -1 while there is none. */
  firstLetter = -1;
  lastLetter = -1;
  private last = NaN;
  /** Marks as their elements spanned the text; trimmed of spaces when the text is taken out. */
  private marks: InlineMark[] = [];
  /** Spans inside any `<a>`, safe href or not: menus are links whatever they point to. */
  links: [number, number][] = [];
  /** How many times text was taken out: a span that saw a block end cannot be cut back to where it began. */
  taken = 0;
  private open: OpenSpan[] = [];

  /** True when the text is empty or ends in a space, tab or line break: the next space would be one too many. */
  atBreak(): boolean {
    return Number.isNaN(this.last) || this.last === 32 || this.last === 10 || this.last === 9;
  }

  private add(piece: string): void {
    if (!piece) return;
    let end = piece.length;
    while (end > 0 && SPACE.test(piece[end - 1])) end--;
    if (end > 0) {
      this.lastLetter = this.length + end - 1;
      if (this.firstLetter < 0) this.firstLetter = this.length + piece.search(/\S/);
    }
    this.pieces.push(piece);
    this.length += piece.length;
    this.last = piece.charCodeAt(piece.length - 1);
  }

  append(raw: string, preformatted: boolean): void {
    const text = raw.replace(INVISIBLE, '');
    if (preformatted) {
      this.add(text.replace(/\r\n?/g, '\n'));
      return;
    }
    let piece = text.replace(/\s+/g, ' ');
    if (piece.charCodeAt(0) === 32 && this.atBreak()) piece = piece.slice(1);
    this.add(piece);
  }

  lineBreak(): void {
    this.separate('\n');
  }

  /** Ends a line or (with a tab) a table's cell: a space before it goes. */
  separate(separator: '\n' | '\t'): void {
    if (this.last === 32) {
      const end = this.pieces.length - 1;
      this.pieces[end] = this.pieces[end].slice(0, -1);
      this.length--;
    }
    this.add(separator);
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

  /**
   * Drops what was added since `start` (and the links from `linksFrom` on), as if it had never been read. Only
   * text of the element just read goes, so the marks made of it are the last ones: the work is in proportion to
   * what is dropped.
   */
  cut(start: number, linksFrom: number): void {
    while (this.length > start) {
      const piece = this.pieces.pop() as string;
      this.length -= piece.length;
      if (this.length < start) {
        this.pieces.push(piece.slice(0, start - this.length));
        this.length = start;
      }
    }
    const last = this.pieces[this.pieces.length - 1];
    this.last = last === undefined ? NaN : last.charCodeAt(last.length - 1);
    if (this.firstLetter >= start) this.firstLetter = -1;
    // The last letter left stands somewhere before the cut; only rows ask, and they only compare with where they began.
    if (this.lastLetter >= start) this.lastLetter = this.firstLetter < 0 ? -1 : start - 1;
    this.links.length = linksFrom;
    while (this.marks.length && this.marks[this.marks.length - 1].start >= start) this.marks.pop();
  }

  /**
   * Takes the text out as blocks: two line breaks in a row (`<br><br>`) part paragraphs. Preformatted text
   * stays one block with its indentation and blank lines; only blank lines around it go. A table stays one
   * block, its lines and tabs as they are.
   */
  take(shape: 'prose' | 'preformatted' | 'table'): TakenPiece[] {
    const preformatted = shape === 'preformatted';
    for (const span of this.open) {
      this.close(span, this.length);
      span.start = 0;
    }
    const text = this.pieces.join('');
    const { marks, links } = this;
    this.pieces = [];
    this.length = 0;
    this.firstLetter = -1;
    this.lastLetter = -1;
    this.last = NaN;
    this.marks = [];
    this.links = [];
    this.taken++;
    const taken: (TakenPiece & { start: number; end: number })[] = [];
    const parts =
      shape === 'prose'
        ? text.split(/(\n[ \n]*\n)/)
        : [preformatted ? text.replace(/\s+$/, '') : text.replace(/ +$/, '')];
    let offset = 0;
    for (let i = 0; i < parts.length; i += 2) {
      const part = parts[i];
      // A table's tabs and line breaks place its cells: only spaces go from its ends.
      const body = preformatted
        ? part.replace(/^(?:[ \t]*\n)+/, '')
        : shape === 'table'
          ? part.replace(/^ +/, '')
          : part.trim();
      const lead =
        shape === 'prose' ? part.length - part.trimStart().length : part.length - body.length;
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
