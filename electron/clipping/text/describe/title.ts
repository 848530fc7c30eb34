import type { LineEvidence } from '../score-lines.ts';
import type { PasteLine } from '../segment.ts';
import type { Story } from '../select-stories.ts';
import { isTitleShaped } from '../stories.ts';
import type { MetaLines } from '../meta-lines.ts';

/** How far above a story's text its title is looked for when no header was found. */
const TITLE_REACH = 15;

/**
 * The line that is the story's title: its header's, else the headline-shaped
 * line closest above its text, preferring one the page repeats (pages print
 * their title twice: in the breadcrumb or share text and above the story).
 */
export function pickTitle(
  story: Story,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): number | null {
  if (story.zone.header) return story.zone.header.title;
  const from = Math.max(story.zone.start, story.region.start - TITLE_REACH);
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = story.region.start - 1; i >= from; i--) {
    const shaped = isTitleShaped(lines[i].text, evidence[i]);
    if (!shaped && (evidence[i].junk || evidence[i].shape.ending === 'stop')) continue;
    if (meta.isMeta(i)) continue;
    const distance = story.region.start - 1 - i;
    const repeated = evidence[i].junk?.cause === 'repeated' ? 2 : 0;
    const size = evidence[i].shape.size >= 4 ? 1 : 0;
    const score = (shaped ? 2 : 0) + repeated + size - distance * 0.3;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}
