import type { ExtractedArticle } from '../../model/article.ts';

/** What the engine made of one unit of the paste, for the CLI's --debug and for tests. */
export interface LineReport {
  /** Position among the units (lines, or sentences of a flattened line). */
  index: number;
  text: string;
  /** Which article the unit went to (its position in the result), or null. */
  article: number | null;
  verdict: 'title' | 'header' | 'body' | 'removed' | 'outside';
  /** Why, in words. */
  reason: string;
  /** The weight the selector summed: positive for story text, negative for furniture. */
  weight: number;
}

/** The articles of a paste, with what the engine decided of each of its units. */
export interface TextAnalysis {
  articles: ExtractedArticle[];
  /** Per unit of the paste (line, or sentence of a flattened line): what the engine decided and why. */
  report: LineReport[];
}

/** One line per unit: index, article, verdict, weight, reason, then the start of the text. */
export function formatReport(report: readonly LineReport[], width = 80): string {
  return report
    .map((r) => {
      const article = r.article === null ? '-' : String(r.article);
      const text = r.text.length > width ? r.text.slice(0, width - 1) + '…' : r.text;
      return `${String(r.index).padStart(4)} ${article.padStart(2)} ${r.verdict.padEnd(7)} ${r.weight.toFixed(1).padStart(5)}  ${r.reason.padEnd(28)} ${text}`;
    })
    .join('\n');
}
