import { tableCells, withinCell } from '../../../common/table-cells.ts';
import { blockOffsets, type Block, type InlineMark } from '../../model/article.ts';
import type { Annotation, ClipRecord } from '../../model/clip.ts';
import { element, escapeHtml, textElement, voidElement } from './markup.ts';

interface Range {
  start: number;
  end: number;
}

interface Span extends Range {
  marks: InlineMark[];
  highlight: Annotation | null;
}

/** Cuts a block's text where any mark or highlight starts or ends, so every piece has one set of them. */
function spans(
  text: string,
  marks: readonly InlineMark[],
  highlights: readonly (Range & { annotation: Annotation })[],
): Span[] {
  const cuts = new Set([0, text.length]);
  for (const r of [...marks, ...highlights]) {
    cuts.add(Math.max(0, Math.min(text.length, r.start)));
    cuts.add(Math.max(0, Math.min(text.length, r.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Span[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    out.push({
      start,
      end,
      marks: marks.filter((m) => m.start <= start && m.end >= end),
      highlight: highlights.find((h) => h.start <= start && h.end >= end)?.annotation ?? null,
    });
  }
  return out;
}

const MARK_TAGS = { em: 'em', strong: 'strong', code: 'code' } as const;

/**
 * A block's text with its marks and highlights; each piece wrapped on its own, so the markup always nests. In
 * prose a line break the page had (`<br>`) stays one; a listing keeps its lines as they are.
 */
function inlineHtml(
  text: string,
  marks: readonly InlineMark[],
  highlights: readonly (Range & { annotation: Annotation })[],
  prose = true,
): string {
  return spans(text, marks, highlights)
    .map(({ start, end, marks: on, highlight }) => {
      let html = escapeHtml(text.slice(start, end));
      if (prose) html = html.replaceAll('\n', voidElement('br', {}));
      for (const mark of on) {
        if (mark.kind === 'link')
          html = element('a', { href: mark.href, rel: 'noopener noreferrer' }, html);
        else html = element(MARK_TAGS[mark.kind], {}, html);
      }
      if (highlight)
        html = element(
          'mark',
          { class: `hl-${highlight.color}`, title: highlight.note || null },
          html,
        );
      return html;
    })
    .join('');
}

export interface BlockHtmlOptions {
  /** Heading levels are moved down by this much (a clip inside a page of several). */
  headingShift: number;
  /** Where an image block's picture is: its data: URL in a page, a file in an EPUB. */
  imageSource: (block: Block, index: number) => string | null;
}

/** A clip's blocks as HTML, its highlights drawn over the text they mark. */
export function blocksHtml(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
  options: BlockHtmlOptions,
): string {
  const offsets = blockOffsets(blocks);
  const placed = annotations.filter((a) => !a.orphaned && a.position.end > a.position.start);
  const out: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const closeList = () => {
    if (list) out.push(element(list.ordered ? 'ol' : 'ul', {}, list.items.join('')));
    list = null;
  };
  blocks.forEach((block, index) => {
    const { start, end } = offsets[index];
    const highlights = placed
      .filter((a) => a.position.start < end && a.position.end > start)
      .map((a) => ({
        start: a.position.start - start,
        end: a.position.end - start,
        annotation: a,
      }));
    const listing = block.type === 'code' || block.type === 'preformatted';
    const inner = inlineHtml(block.text, block.marks ?? [], highlights, !listing);
    if (block.type === 'list-item') {
      const ordered = block.ordered ?? false;
      if (list && list.ordered !== ordered) closeList();
      list ??= { ordered, items: [] };
      list.items.push(element('li', {}, inner));
      return;
    }
    closeList();
    switch (block.type) {
      case 'heading':
        out.push(
          element(
            `h${Math.min(6, Math.max(2, block.level ?? 2) + options.headingShift)}`,
            {},
            inner,
          ),
        );
        break;
      case 'quote':
        out.push(element('blockquote', {}, element('p', {}, inner)));
        break;
      case 'caption':
        out.push(element('p', { class: 'caption' }, inner));
        break;
      case 'preformatted':
        out.push(element('pre', {}, inner));
        break;
      case 'code':
        out.push(
          element(
            'pre',
            {},
            element('code', block.language ? { class: `language-${block.language}` } : {}, inner),
          ),
        );
        break;
      case 'table': {
        const rows = tableCells(block.text).map((row, r) =>
          element(
            'tr',
            {},
            row
              .map((cell) =>
                element(
                  r < (block.headerRows ?? 0) ? 'th' : 'td',
                  {},
                  inlineHtml(
                    cell.text,
                    withinCell(block.marks ?? [], cell),
                    withinCell(highlights, cell),
                  ),
                ),
              )
              .join(''),
          ),
        );
        out.push(element('table', {}, rows.join('')));
        break;
      }
      case 'image': {
        const src = options.imageSource(block, index);
        out.push(
          src
            ? element('figure', {}, voidElement('img', { src, alt: block.text }))
            : element('p', { class: 'caption' }, inner),
        );
        break;
      }
      default:
        out.push(element('p', {}, inner));
    }
  });
  closeList();
  return out.join('\n');
}

/** The line under a clip's title: outlet, byline, date, and its link. */
export function clipByline(record: ClipRecord): string {
  const parts = [
    record.source,
    record.byline,
    record.published ? record.published.slice(0, 10) : null,
  ].filter((p): p is string => !!p);
  const words = parts.map((p) => textElement('span', {}, p)).join(' · ');
  const link = record.url
    ? ` · ${textElement('a', { href: record.url, rel: 'noopener noreferrer' }, 'original')}`
    : '';
  return element('p', { class: 'byline' }, words + link);
}

/** The clip's note and annotations, after its text. */
export function annotationsHtml(record: ClipRecord, headingLevel: number): string {
  const parts: string[] = [];
  if (record.note.trim())
    parts.push(
      textElement(`h${headingLevel}`, {}, 'Note'),
      ...record.note.split(/\n\s*\n/).map((p) => textElement('p', {}, p.trim())),
    );
  if (record.annotations.length > 0) {
    parts.push(textElement(`h${headingLevel}`, {}, 'Annotations'));
    const items = record.annotations.map((a) => {
      const quote = element(
        'blockquote',
        { class: `hl-${a.color}` },
        textElement('p', {}, a.quote.exact),
      );
      const note = a.note.trim()
        ? a.note
            .split(/\n\s*\n/)
            .map((p) => textElement('p', {}, p.trim()))
            .join('')
        : '';
      const where = a.orphaned
        ? textElement(
            'p',
            { class: 'orphan' },
            record.linkOnly ? 'Waiting for the article’s text.' : 'Not found in the text.',
          )
        : '';
      return element('li', {}, quote + note + where);
    });
    parts.push(element('ol', { class: 'annotations' }, items.join('')));
  }
  return parts.length ? element('section', { class: 'notes' }, parts.join('\n')) : '';
}

/** Highlights drawn in the text (`mark`) and quoted after it (`blockquote`), in each colour. */
export const HIGHLIGHT_CSS = `mark { color: inherit; padding: 0 1px; }
.hl-yellow { background: #fbe58a; } .hl-green { background: #bfe8b3; } .hl-blue { background: #b9dcf7; }
.hl-pink { background: #f7c3d9; } .hl-purple { background: #dac8f4; }
blockquote.hl-yellow, blockquote.hl-green, blockquote.hl-blue, blockquote.hl-pink, blockquote.hl-purple { background: none; border-left-width: 6px; }
blockquote.hl-yellow { border-color: #e9c93a; } blockquote.hl-green { border-color: #7cc46a; } blockquote.hl-blue { border-color: #6aaee4; }
blockquote.hl-pink { border-color: #e47fa9; } blockquote.hl-purple { border-color: #a98ae0; }`;

/** Highlight colours and a readable page, for exported HTML and EPUB chapters alike. */
export const READING_CSS = `
body { font-family: Georgia, 'Times New Roman', serif; line-height: 1.6; max-width: 40em; margin: 2em auto; padding: 0 1em; color: #1b1b1d; background: #fbfaf7; }
h1, h2, h3, h4, h5, h6 { font-family: system-ui, sans-serif; line-height: 1.25; }
.byline { color: #6b6b70; font-family: system-ui, sans-serif; font-size: 0.9em; }
blockquote { border-left: 3px solid #d0cec7; margin-left: 0; padding-left: 1em; color: #45454a; }
pre { white-space: pre-wrap; font-size: 0.9em; }
img { max-width: 100%; height: auto; }
.caption { color: #6b6b70; font-size: 0.9em; }
.link-only, .orphan { color: #6b6b70; font-style: italic; }
.notes { border-top: 1px solid #d0cec7; margin-top: 2em; }
${HIGHLIGHT_CSS}
nav ol { padding-left: 1.2em; }
`;
