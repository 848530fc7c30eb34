import type { Annotation } from '../model/clip.ts';
import { anchorQuote } from './anchor.ts';
import { expectedPlaces } from './expected-places.ts';
import { plainQuote, plainQuotes } from './plain-quotes.ts';
import { describeRange, withTextStart, type TextQuote } from './selectors.ts';
import { TextEdit } from './text-diff.ts';

/**
 * Places each annotation in the new text. One that is found again follows its
 * passage (its selectors now describe where it is); one that is not is kept
 * where it was described, marked orphaned, never moved to a look-alike.
 * `before` is the text the positions were taken in; null when unknown, and
 * then the positions are trusted only where the quote and its surroundings
 * still are, and are otherwise a hint, sharpened by how far the passages
 * found beyond doubt around each one have moved; quotation marks are then
 * compared as plain ones (`plainQuotes`), and a context that reached the
 * text's start as a paragraph's edge (`withTextStart`).
 */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  before: string | null,
  after: string,
): Annotation[] {
  if (before === after) return annotations.map((a) => ({ ...a }));
  let edit: TextEdit | null = null;
  let expected: ReturnType<typeof expectedPlaces> | null = null;
  let plain: string | undefined;
  const compared = (a: Annotation): TextQuote =>
    plainQuote(withTextStart(a.quote, a.orphaned ? null : a.position));
  return annotations.map((annotation, i) => {
    const { start, end } = annotation.position;
    // A position is evidence only where the old text holds the quote there; an orphan's describes a text that is gone.
    const placed =
      !annotation.orphaned &&
      before !== null &&
      before.slice(start, end) === annotation.quote.exact;
    const found = placed
      ? anchorQuote(after, annotation.quote, {
          known: { edit: (edit ??= new TextEdit(before, after)), start, end },
        })
      : anchorQuote((plain ??= plainQuotes(after)), compared(annotation), {
          hint:
            (expected ??= expectedPlaces(
              plain,
              annotations.map((a) => ({
                quote: compared(a),
                position: a.orphaned ? null : a.position,
              })),
            ))[i] ?? undefined,
        });
    if (!found) return { ...annotation, orphaned: true };
    return { ...annotation, ...describeRange(after, found.start, found.end), orphaned: false };
  });
}
