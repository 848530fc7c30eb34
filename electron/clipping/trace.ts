/** What an engine made of one unit of the paste (a line or sentence of text, a block of HTML), for `extract --debug` and tests. */
export interface TraceEntry {
  /** Position among the engine's units. */
  index: number;
  /** What the unit is: 'line' or 'sentence' (of a flattened line) in text, the block's type in HTML. */
  unit: string;
  text: string;
  /** Which article the unit went to (its position in the result, the main story 0), or null. */
  article: number | null;
  verdict: 'title' | 'header' | 'body' | 'removed' | 'outside';
  /** Why, in words. */
  reason: string;
  /** The weight the text engine's selector summed (positive for story text), where the engine weighs units. */
  weight: number | null;
  /** Other evidence the decision rested on ("readability", "landmark", "class:byline"). */
  signals: string[];
}

/** One line per unit: index, article, verdict, weight, unit, reason, signals, then the start of the text. */
export function formatTrace(entries: readonly TraceEntry[], width = 80): string {
  return entries
    .map((r) => {
      const article = r.article === null ? '-' : String(r.article);
      const weight = r.weight === null ? '' : r.weight.toFixed(1);
      const signals = r.signals.length > 0 ? `{${r.signals.join(',')}} ` : '';
      const text = r.text.length > width ? r.text.slice(0, width - 1) + '…' : r.text;
      return `${String(r.index).padStart(4)} ${article.padStart(2)} ${r.verdict.padEnd(7)} ${weight.padStart(5)} ${r.unit.padEnd(12)} ${r.reason.padEnd(28)} ${signals}${text}`;
    })
    .join('\n');
}
