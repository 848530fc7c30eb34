import { html, nothing, type TemplateResult } from 'lit';
import type { InlineMark } from '../../electron/api/contract.ts';

type Piece = string | TemplateResult;

/** A highlight's stretch of one block, in that block's own offsets; `match` marks words a search found. */
export interface BlockHighlight {
  id?: string;
  start: number;
  end: number;
  color: string | 'match';
}

/** Links outermost, so a link's emphasis stays inside it; highlights innermost, so a click finds them first. */
const ORDER: InlineMark['kind'][] = ['link', 'strong', 'em', 'code'];

function wrapMark(mark: InlineMark, content: Piece): TemplateResult {
  switch (mark.kind) {
    case 'link':
      return html`<a href=${mark.href ?? nothing} rel="noreferrer">${content}</a>`;
    case 'strong':
      return html`<strong>${content}</strong>`;
    case 'em':
      return html`<em>${content}</em>`;
    case 'code':
      return html`<code>${content}</code>`;
  }
}

/**
 * Draws a block's text with its inline marks and highlights as Lit templates:
 * the text is always bound as text, never parsed as HTML. Overlapping ranges
 * are split at every boundary, so the text content stays exactly the block's text.
 */
export function renderInline(
  text: string,
  marks: readonly InlineMark[] | undefined,
  highlights: readonly BlockHighlight[] = [],
): Piece[] {
  const valid = (marks ?? []).filter((m) => m.start < m.end && m.end <= text.length);
  const lit = highlights.filter((h) => h.start < h.end && h.start < text.length);
  if (valid.length === 0 && lit.length === 0) return [text];
  const cuts = [
    ...new Set([
      0,
      text.length,
      ...valid.flatMap((m) => [m.start, m.end]),
      ...lit.flatMap((h) => [h.start, Math.min(h.end, text.length)]),
    ]),
  ].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    let piece: Piece = text.slice(from, to);
    for (const h of lit.filter((h) => h.start <= from && h.end >= to)) {
      piece =
        h.color === 'match'
          ? html`<mark class="match">${piece}</mark>`
          : html`<mark class=${`hl hl-${h.color}`} data-annotation=${h.id ?? nothing}
              >${piece}</mark
            >`;
    }
    const active = valid
      .filter((m) => m.start <= from && m.end >= to)
      .sort((a, b) => ORDER.indexOf(b.kind) - ORDER.indexOf(a.kind));
    pieces.push(active.reduce<Piece>((inner, mark) => wrapMark(mark, inner), piece));
  }
  return pieces;
}
