import { junkReason } from '../recognise/phrase-matcher.ts';
import { trailingCredit } from '../recognise/credit.ts';
import { findFurniture, splitLeadingLabels, splitLinkedHeadline } from '../recognise/furniture.ts';
import type { MetaLines } from './meta-lines.ts';
import { FURNITURE_STRENGTH, type LineEvidence } from './score-lines.ts';
import { PARAGRAPH_PROSE } from './prose.ts';
import type { PasteLine } from './segment.ts';
import type { Region } from './select-region.ts';
import { splitSentences } from '../recognise/sentences.ts';

/** A piece cut from the edge of a kept line. */
export interface Cut {
  text: string;
  reason: string;
}

/** What became of one line inside a story's region. */
export type LineFate =
  { keep: true; text: string; before: Cut[]; after: Cut[] } | { keep: false; reason: string };

/** A line this short that is not plain prose is checked for a date or a byline. */
const META_SIZE = 14;
/** A flattened headline list's last item is cut only if this many words remain. */
const MIN_REST_WORDS = 3;
const WIRE_CREDIT = 'wire credit';

/**
 * Decides line by line what stays of a story's region: paragraphs stay, and so
 * do short lines (subheadings, list items) that stand among them; furniture,
 * dates and bylines go. A kept line may lose furniture glued to its edges.
 */
export function keepLines(
  lines: readonly PasteLine[],
  region: Region,
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): LineFate[] {
  const fates: LineFate[] = [];
  for (let i = region.start; i < region.end; i++) {
    const e = evidence[i];
    if (trailingCredit(lines[i].text)?.cut === 0) fates.push({ keep: false, reason: WIRE_CREDIT });
    else if (e.junk && e.junk.strength >= FURNITURE_STRENGTH)
      fates.push({ keep: false, reason: e.junk.reason });
    else if (
      e.shape.size <= META_SIZE &&
      e.prose < PARAGRAPH_PROSE &&
      !inList(evidence, i, region) &&
      !e.field &&
      meta.isMeta(i)
    )
      fates.push({ keep: false, reason: 'byline or date' });
    else fates.push(trimEdges(lines, evidence, i));
  }
  return fates;
}

/** An item of a list in the story ("5. Bake for 45 minutes."): a step, not a date or a byline, whatever it names. */
function inList(evidence: readonly LineEvidence[], i: number, region: Region): boolean {
  if (!evidence[i].shape.listItem) return false;
  const item = (j: number) => j >= region.start && j < region.end && evidence[j].shape.listItem;
  return item(i - 1) || item(i + 1);
}

function trimEdges(
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  i: number,
): LineFate {
  const before: Cut[] = [];
  const after: Cut[] = [];
  let text = lines[i].text;
  const follower = afterListedRun(lines, evidence, i);
  if (follower) {
    before.push({ text: follower.cut, reason: junkReason('headlines') });
    text = follower.rest;
  }
  // A line the scorer found no linked headline in has none to split (the matcher is not run again).
  const mayLink = evidence[i].glued || follower || evidence[i].linked;
  const labels =
    (evidence[i].glued || follower ? splitLeadingLabels(text) : null) ??
    (mayLink ? splitLinkedHeadline(text) : null);
  if (labels) {
    before.push({ text: labels.labels, reason: labelReason(labels.labels) });
    text = labels.rest;
  }
  if ((evidence[i].junk || evidence[i].linked) && lines[i].flat === null)
    text = trimFurnitureSentences(text, before, after);
  const credit = trailingCredit(text);
  if (credit && credit.cut > 0) {
    after.unshift({ text: text.slice(credit.cut).trim(), reason: WIRE_CREDIT });
    text = text.slice(0, credit.cut).trim();
  }
  return { keep: true, text, before, after };
}

/**
 * Drops furniture sentences from the start and the end of a paragraph ("Find
 * out what's new on our app. …"), and button labels glued to the start of any
 * of its sentences ("… did not return. Advertisement Police said …"): those
 * cost the labels only, and the sentence stays.
 */
function trimFurnitureSentences(text: string, before: Cut[], after: Cut[]): string {
  const sentences = splitSentences(text);
  if (sentences.length < 2) return text;
  const glued: Cut[] = [];
  const kept = sentences.map((sentence) => {
    const labels = splitLeadingLabels(sentence) ?? splitLinkedHeadline(sentence);
    if (!labels) return sentence;
    glued.push({ text: labels.labels, reason: labelReason(labels.labels) });
    return labels.rest;
  });
  let first = 0;
  let last = kept.length;
  while (
    first < last - 1 &&
    kept[first] === sentences[first] &&
    furnitureReason(sentences[first])
  ) {
    before.push({ text: sentences[first], reason: furnitureReason(sentences[first])! });
    first++;
  }
  while (
    last - 1 > first &&
    kept[last - 1] === sentences[last - 1] &&
    furnitureReason(sentences[last - 1])
  ) {
    after.unshift({ text: sentences[last - 1], reason: furnitureReason(sentences[last - 1])! });
    last--;
  }
  after.push(...glued);
  return glued.length === 0 && first === 0 && last === sentences.length
    ? text
    : kept.slice(first, last).join(' ');
}

function labelReason(labels: string): string {
  const found = findFurniture(labels);
  return junkReason(found.label ?? found.markers[0] ?? 'account');
}

function furnitureReason(sentence: string): string | null {
  const found = findFurniture(sentence);
  const kind = found.label ?? found.markers[0];
  return kind ? junkReason(kind) : null;
}

/**
 * A flattened list of headlines runs into the next sentence with no stop
 * between: "… sustainability: Grace Fu Why have their powers been curbed?".
 * The sentence starts at the last capitalised word of the run of capitalised
 * words that opens the unit; what comes before it is the list's last headline.
 */
function afterListedRun(
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  i: number,
): { cut: string; rest: string } | null {
  const line = lines[i];
  if (line.flat === null || i === 0 || lines[i - 1].flat !== line.flat) return null;
  if (evidence[i - 1].junk?.cause !== 'listed') return null;
  const words = line.text.split(' ');
  let k = 0;
  while (k + 1 < words.length && /^\p{Lu}/u.test(words[k + 1]) && /^\p{Lu}/u.test(words[k])) k++;
  if (k === 0 || words.length - k < MIN_REST_WORDS) return null;
  return { cut: words.slice(0, k).join(' '), rest: words.slice(k).join(' ') };
}
