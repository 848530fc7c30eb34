/** W3C Web Annotation selectors over a clip's body text. */

export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPosition {
  start: number;
  end: number;
}

/** How much text on each side of a quote identifies where it was. */
export const CONTEXT_LENGTH = 32;
/** A quote shorter than this is too short to be told from its look-alikes by its words: its whole paragraph is kept as its context. */
export const SHORT_QUOTE = 64;
/** However long the paragraph, a context stops here, so a record stays small. */
const MAX_CONTEXT = 1000;
/** What separates paragraphs in a clip's body text. */
export const PARAGRAPH_BREAK = '\n\n';

/** Where the paragraph holding `offset` starts. */
export function paragraphStart(text: string, offset: number): number {
  const at = offset > 0 ? text.lastIndexOf(PARAGRAPH_BREAK, offset - 1) : -1;
  return at === -1 ? 0 : Math.min(offset, at + PARAGRAPH_BREAK.length);
}

/** Where the paragraph holding `offset` ends. */
export function paragraphEnd(text: string, offset: number): number {
  const at = text.indexOf(PARAGRAPH_BREAK, offset);
  return at === -1 ? text.length : at;
}

/**
 * A quote whose stored context reaches back to the start of the text it was
 * described at `position` in, with that start written as the paragraph edge
 * it is: a passage that opened the text is then told from a copy of it
 * inside another paragraph, as one that opened any other paragraph is.
 */
export function withTextStart(quote: TextQuote, position: TextPosition | null): TextQuote {
  const { prefix } = quote;
  return position && prefix && position.start === prefix.length
    ? { ...quote, prefix: PARAGRAPH_BREAK + prefix }
    : quote;
}

/**
 * Describes `text[start, end)` by its words and its place. The context is the
 * 32 characters on each side; a short quote's reaches to its paragraph's ends
 * as well, so it can be told from the same words elsewhere, and takes the
 * break there: a sentence that opened or closed its paragraph is told from a
 * copy of it inside another one.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuote; position: TextPosition } {
  const short = end - start < SHORT_QUOTE;
  const from = Math.max(
    0,
    start - MAX_CONTEXT,
    Math.min(
      start - CONTEXT_LENGTH,
      short ? paragraphStart(text, start) - PARAGRAPH_BREAK.length : start,
    ),
  );
  const to = Math.min(
    text.length,
    end + MAX_CONTEXT,
    Math.max(end + CONTEXT_LENGTH, short ? paragraphEnd(text, end) + PARAGRAPH_BREAK.length : end),
  );
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(from, start),
      suffix: text.slice(end, to),
    },
    position: { start, end },
  };
}
