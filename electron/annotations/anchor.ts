import { anchorAfterEdit, type KnownEdit } from './anchor-after-edit.ts';
import { anchorWithoutEdit, type Expected } from './anchor-without-edit.ts';
import type { TextPosition, TextQuote } from './selectors.ts';

/**
 * Finds where a quoted passage is in `text` now: after an edit whose old
 * text is known (`known`), or from its words, surroundings and where it is
 * expected (`hint`: its old place, and what the passages around it say).
 * Returns null, never a guess, when none is close enough or two places are
 * equally likely: the caller keeps the annotation as an orphan.
 */
export function anchorQuote(
  text: string,
  quote: TextQuote,
  evidence: { known?: KnownEdit; hint?: Expected } = {},
): TextPosition | null {
  if (!quote.exact) return null;
  return evidence.known
    ? anchorAfterEdit(text, quote, evidence.known)
    : anchorWithoutEdit(text, quote, evidence.hint);
}
