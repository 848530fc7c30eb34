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

/** Describes `text[start, end)` by its words and its place. */
export function describeRange(
  text: string,
  start: number,
  end: number,
): { quote: TextQuote; position: TextPosition } {
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    position: { start, end },
  };
}
