import { junkReason } from '../signals/phrase-matcher.ts';
import type { LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import type { StoryZone } from './stories.ts';

/** A line this much prose ends a list of headlines: the story has resumed. */
const RESUMES_STORY = 2;
const LISTED_STRENGTH = 1.5;
/** In a flattened line, a sentence of this many words ending with a stop resumes the story. */
const FLAT_SENTENCE_SIZE = 4;

/**
 * After a "Top stories" or "Related" heading, the lines that are not prose are
 * the list's headlines, until prose resumes or the next story begins. A list
 * inside a story (its own bullet points) has no such heading. The headlines go,
 * but cost the selector no more than any short line: the heading already says
 * "widget", and a widget inside a story must not cut the story in two.
 */
export function markHeadlineLists(
  lines: readonly PasteLine[],
  evidence: LineEvidence[],
  zones: readonly StoryZone[],
): void {
  for (const zone of zones) {
    let inList = false;
    for (let i = zone.start; i < zone.end; i++) {
      const e = evidence[i];
      if (e.junk?.cause === 'headlines') {
        inList = true;
        continue;
      }
      if (!inList) continue;
      if (resumesStory(lines[i], e)) {
        inList = false;
        continue;
      }
      if (e.junk && e.junk.strength >= LISTED_STRENGTH) continue;
      e.junk = { cause: 'listed', reason: junkReason('headlines'), strength: LISTED_STRENGTH };
      e.weight = Math.min(e.weight, 0);
    }
  }
}

/**
 * Prose resumes the story. In a flattened line, where every unit is a sentence,
 * any real sentence does: a headline list flattened with it has no stops.
 */
function resumesStory(line: PasteLine, e: LineEvidence): boolean {
  if (e.junk) return false;
  if (line.flat !== null) return e.shape.size >= FLAT_SENTENCE_SIZE && e.shape.ending === 'stop' && e.prose > 0;
  return e.prose >= RESUMES_STORY;
}
