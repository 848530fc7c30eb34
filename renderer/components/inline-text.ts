import { html, nothing, type TemplateResult } from 'lit';
import type { InlineMark } from '../../electron/model/article.ts';

type Piece = string | TemplateResult;

/** Links outermost, so a link's emphasis stays inside it. */
const ORDER: InlineMark['kind'][] = ['link', 'strong', 'em', 'code'];

function wrap(mark: InlineMark, content: Piece[]): TemplateResult {
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
 * Draws text with its inline marks as Lit templates: text is always bound as
 * text, never parsed as HTML. Overlapping marks are split at every boundary.
 */
export function renderInline(text: string, marks: readonly InlineMark[] | undefined): Piece[] {
  const valid = (marks ?? []).filter((m) => m.start < m.end && m.end <= text.length);
  if (valid.length === 0) return [text];
  const cuts = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const active = valid
      .filter((m) => m.start <= from && m.end >= to)
      .sort((a, b) => ORDER.indexOf(b.kind) - ORDER.indexOf(a.kind));
    pieces.push(active.reduce<Piece>((inner, mark) => wrap(mark, [inner]), text.slice(from, to)));
  }
  return pieces;
}
