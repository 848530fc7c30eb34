import type { Block } from '../../../model/article.ts';
import { UNSPACED } from '../../signals/scripts.ts';
import type { MetaLines } from '../meta-lines.ts';
import type { LineEvidence } from '../score-lines.ts';
import type { PasteLine } from '../segment.ts';
import type { Story } from '../select-stories.ts';
import { isTitleShaped } from '../stories.ts';

/** How far above a story's text its title is looked for. */
const TITLE_REACH = 40;
/** A header may have taken the dek for the title; the title then stands just above it. */
const ABOVE_HEADER = 3;
/** Headlines rarely run longer; a longer line is more often the dek. */
const LONG_TITLE = 20;
/** How much of the story's text a title is compared with: headlines reuse the lede's words. */
const BODY_SAMPLE = 2000;
/** Sharing this many words with the text is as good as sharing all: a short line shares all its few words by chance. */
const SHARED_ENOUGH = 4;
const WORD = /[\p{L}\p{N}]{3,}/gu;

/**
 * The line that is the story's title. Of the headline-shaped lines above its
 * text (and its header's title), the one that shares most words with the
 * story's opening, stands nearest to it, and that the page repeats (pages
 * print their title again in the breadcrumb or the share text).
 */
export function pickTitle(
  story: Story,
  blocks: readonly Block[],
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): number | null {
  const header = story.zone.header?.title ?? null;
  const from = Math.max(0, story.zone.header ? story.zone.start - ABOVE_HEADER : story.region.start - TITLE_REACH);
  const body = termsOf(blocks.map((b) => b.text).join(' ').slice(0, BODY_SAMPLE));
  const texts = new Set<string>();
  for (let i = from; i < story.region.start; i++) texts.add(lines[i].text);
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = story.region.start - 1; i >= from; i--) {
    const e = evidence[i];
    const shaped = isTitleShaped(lines[i].text, e);
    if (!shaped && (e.junk || e.shape.ending === 'stop' || e.shape.size > 30)) continue;
    if (e.shape.size < 1 || meta.isMeta(i)) continue;
    const terms = termsOf(lines[i].text);
    const sharedCount = [...terms].filter((t) => body.has(t)).length;
    const shared = (sharedCount / Math.max(terms.size, 1) + Math.min(sharedCount, SHARED_ENOUGH) / SHARED_ENOUGH) / 2;
    const echoed = e.junk?.cause === 'repeated' || containedElsewhere(lines[i].text, texts) ? 1 : 0;
    const score =
      3 * shared +
      (shaped ? 1 : 0) +
      (e.shape.size >= 4 ? 1 : 0) +
      echoed +
      (i === header ? 1 : 0) -
      (e.shape.shouting ? 0.5 : 0) -
      (e.layout === 'paragraph' ? 1 : 0) -
      (e.junk?.cause === 'listed' ? 1 : 0) -
      (e.shape.size > LONG_TITLE ? 1 : 0) -
      0.05 * (story.region.start - 1 - i);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best ?? header;
}

/** Words of three letters or more, or pairs of characters in scripts without spaces. */
function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text.toLowerCase().match(WORD) ?? []) {
    if (!UNSPACED.test(word)) {
      terms.add(word);
      continue;
    }
    for (let k = 0; k + 1 < word.length; k++) terms.add(word.slice(k, k + 2));
  }
  return terms;
}

/** The line stands again inside a longer line ("Share this story: <title>"). */
function containedElsewhere(text: string, texts: ReadonlySet<string>): boolean {
  if (text.length < 12) return false;
  for (const other of texts) if (other !== text && other.includes(text)) return true;
  return false;
}
