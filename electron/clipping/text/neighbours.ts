import { junkReason } from '../recognise/phrase-matcher.ts';
import { PARAGRAPH_PROSE } from './prose.ts';
import type { JunkEvidence, LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { READER_PROMPT } from './select-stories.ts';
import type { StoryZone } from './stories.ts';

/**
 * Furniture told by its neighbours: the headlines under a list's heading, the
 * caption beside a photo credit. Both sit inside stories, so they go without
 * weighing against the story around them. Each stage returns new evidence and
 * leaves what it was given as it was.
 */

/** A line this much prose ends a list of headlines: the story has resumed. */
const RESUMES_STORY = PARAGRAPH_PROSE;
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
  scored: readonly LineEvidence[],
  zones: readonly StoryZone[],
): LineEvidence[] {
  const evidence = [...scored];
  for (const zone of zones) {
    let inList = false;
    for (let i = zone.start; i < zone.end; i++) {
      const e = evidence[i];
      if (e.junk?.cause === 'headlines') {
        inList = true;
        continue;
      }
      if (!inList) continue;
      if (resumesStory(lines[i], e, evidence[i + 1])) {
        inList = false;
        continue;
      }
      if (e.junk && e.junk.strength >= LISTED_STRENGTH) continue;
      evidence[i] = asFurniture(e, {
        cause: 'listed',
        reason: junkReason('headlines'),
        strength: LISTED_STRENGTH,
      });
    }
  }
  return evidence;
}

/** The line's evidence once its neighbours show it is furniture: it no longer adds to a story. */
function asFurniture(e: LineEvidence, junk: JunkEvidence): LineEvidence {
  return { ...e, junk, weight: Math.min(e.weight, 0) };
}

/**
 * Prose resumes the story. In a flattened line, where every unit is a sentence,
 * any real sentence does: a headline list flattened with it has no stops. So
 * does a sentence set off as a paragraph, however short; one that asks only
 * when the text answers it below ("What can I put in the caddy?" over a
 * paragraph), for a listed headline may ask too ("Who will make the Hall of
 * Fame?").
 */
function resumesStory(line: PasteLine, e: LineEvidence, next: LineEvidence | undefined): boolean {
  if (e.junk) return false;
  const sentence = isSentence(e);
  if (line.flat !== null) return sentence;
  if (e.prose >= RESUMES_STORY) return true;
  if (!sentence || e.layout !== 'paragraph') return false;
  return !READER_PROMPT.test(line.text) || (next !== undefined && !next.junk && answers(next));
}

function isSentence(e: LineEvidence): boolean {
  return e.shape.size >= FLAT_SENTENCE_SIZE && e.shape.ending === 'stop' && e.prose > 0;
}

/** The line under a question answers it: a sentence, or one that opens a list ("That includes:"). */
function answers(next: LineEvidence): boolean {
  return next.prose > 0 && next.shape.size >= FLAT_SENTENCE_SIZE && next.shape.ending !== 'none';
}

/** A caption is a sentence or two; longer text beside a credit is the story's. */
const CAPTION_MAX_PROSE = 4;
const CAPTION_STRENGTH = 1.5;

/** The line right beside a photo credit, with no blank line between, is the photo's caption. */
export function markCaptions(
  lines: readonly PasteLine[],
  marked: readonly LineEvidence[],
): LineEvidence[] {
  const evidence = [...marked];
  // Read as it is being marked: a caption just marked passes the mark on to the line beside it.
  evidence.forEach((e, i) => {
    if (e.junk?.cause !== 'media') return;
    const beside = [!lines[i].blankBefore ? i - 1 : -1, !lines[i].blankAfter ? i + 1 : -1];
    for (const j of beside) {
      const n = evidence[j];
      if (!n || n.junk || lines[j].flat !== null || n.prose >= CAPTION_MAX_PROSE || n.prose === 0)
        continue;
      evidence[j] = asFurniture(n, {
        cause: 'media',
        reason: 'photo caption',
        strength: CAPTION_STRENGTH,
      });
    }
  });
  return evidence;
}

/** How far from a consent notice its buttons stand, and what the notice then costs: as much as a notice thick with markers. */
const NOTICE_REACH = 2;
const NOTICE_STRENGTH = 2;

/**
 * A paragraph that speaks of cookies or consent beside the buttons that
 * answer it ("Accept all", "Manage preferences") is the consent notice, however
 * few of the known phrases it holds: a story about cookies has no buttons.
 */
export function markNotices(
  lines: readonly PasteLine[],
  scored: readonly LineEvidence[],
): LineEvidence[] {
  const evidence = [...scored];
  scored.forEach((e, i) => {
    if (e.junk?.cause !== 'consent' || e.label || e.junk.strength >= NOTICE_STRENGTH) return;
    for (let j = Math.max(0, i - NOTICE_REACH); j <= i + NOTICE_REACH && j < lines.length; j++) {
      if (j === i || scored[j].label !== 'consent') continue;
      evidence[i] = asFurniture(e, { ...e.junk, strength: NOTICE_STRENGTH });
      return;
    }
  });
  return evidence;
}
