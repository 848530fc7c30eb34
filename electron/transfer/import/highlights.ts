import { randomUUID } from 'node:crypto';
import { anchorQuote } from '../../annotations/anchor.ts';
import { plainQuote, plainQuotes } from '../../annotations/plain-quotes.ts';
import { describeRange, type TextPosition } from '../../annotations/selectors.ts';
import { MAX_NOTE_LENGTH, type Annotation } from '../../model/clip.ts';
import type { ImportedHighlight } from './imported-item.ts';

function firstPlace(text: string, exact: string): TextPosition | null {
  const at = text.indexOf(exact);
  return at === -1 ? null : { start: at, end: at + exact.length };
}

/**
 * Turns an export's highlight into an annotation, placed by its quote in the
 * clip's text. One whose quote is not there (or whose clip has no text yet)
 * is kept as an orphan, waiting: a later paste of the article places it.
 * Exports give a quote alone, without its surroundings or place, so words
 * the text holds twice have nothing to tell their places apart: the first
 * is taken, where a reader meets them, rather than hiding the highlight.
 */
export function placeHighlight(
  highlight: ImportedHighlight,
  text: string,
  fallbackDate: string,
): Annotation {
  const exact = highlight.quote.replace(/\s+/g, ' ').trim();
  const at = highlight.createdAt ?? fallbackDate;
  const base = {
    id: randomUUID(),
    createdAt: at,
    updatedAt: at,
    color: 'yellow' as const,
    note: highlight.note.slice(0, MAX_NOTE_LENGTH),
  };
  const quote = { exact, prefix: '', suffix: '' };
  const plain = text && plainQuotes(text);
  const found =
    plain && exact
      ? (anchorQuote(plain, plainQuote(quote)) ?? firstPlace(plain, plainQuotes(exact)))
      : null;
  if (found) return { ...base, ...describeRange(text, found.start, found.end), orphaned: false };
  return {
    ...base,
    quote,
    position: { start: 0, end: 0 },
    orphaned: true,
  };
}
