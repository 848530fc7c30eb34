const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/**
 * "Here is what it means: What are the agencies?": a lead-in, then a question
 * the page set as a subheading, run together when the paste lost the line break.
 */
const LEAD_IN_QUESTION = /^(.{8,}?[:：])\s+(\p{Lu}[^:?]{3,80}\?)$/u;

/** Splits running text into sentences (Intl.Segmenter, so any language), trimmed, none empty. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const sentence = segment.trim();
    if (!sentence) continue;
    const lead = LEAD_IN_QUESTION.exec(sentence);
    if (lead) sentences.push(lead[1], lead[2]);
    else sentences.push(sentence);
  }
  return sentences;
}
