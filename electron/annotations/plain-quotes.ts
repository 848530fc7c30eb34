import type { TextQuote } from './selectors.ts';

/** Typographic quotation marks and apostrophes, each with the plain one it stands for. */
const PLAIN: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
};
const TYPOGRAPHIC = /[‘’‚‛“”„‟]/g;

/**
 * The text with its quotation marks and apostrophes made plain, character
 * for character (so every offset stays where it was): a cleaning that makes
 * them typographic, or an export that makes them plain, changes no words.
 */
export function plainQuotes(text: string): string {
  return text.replace(TYPOGRAPHIC, (mark) => PLAIN[mark]);
}

/** A quote and its surroundings with their quotation marks made plain. */
export function plainQuote({ exact, prefix, suffix }: TextQuote): TextQuote {
  return { exact: plainQuotes(exact), prefix: plainQuotes(prefix), suffix: plainQuotes(suffix) };
}
