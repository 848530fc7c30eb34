import { trailingCredit } from '../recognise/credit.ts';
import { FURNITURE_STRENGTH, type JunkCause, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { heaviestRun, type Region } from './select-region.ts';
import { BODY_REACH, bodyStartOf, type StoryZone } from './stories.ts';

/** A story the paste holds: its zone and the run of lines that is its text. */
export interface Story {
  zone: StoryZone;
  region: Region;
  /** Words of prose in the region (unspaced scripts counted by characters, as `TextShape.size` does). */
  words: number;
}

/**
 * A story needs this many words of prose to stand on its own rather than be a
 * teaser; fewer under a header of its own (title, outlet, time), where a
 * teaser is a sentence or two.
 */
const MIN_STORY_WORDS = 80;
const MIN_HEADED_STORY_WORDS = 50;
/** A closing sentence has at least a subject and a verb. */
const CLOSING_MIN_WORDS = 3;
/** The main story is the first at least this share of the heaviest: a page puts its own story first. */
const MAIN_SHARE = 0.2;

/**
 * Picks each zone's text (its heaviest run of lines, starting right after its
 * header when it has one, and the wire credit right after it) and orders the stories: the main one first, then the
 * others that are long enough to stand alone, in the order of the paste.
 */
export function selectStories(
  lines: readonly PasteLine[],
  zones: readonly StoryZone[],
  evidence: readonly LineEvidence[],
): Story[] {
  const weights = evidence.map((e) => e.weight);
  const stories: Story[] = [];
  for (const zone of zones) {
    const from = bodyStartOf(zone);
    const region = heaviestRun(weights, from, zone.end, zone.header ? from + BODY_REACH : zone.end);
    if (!region) continue;
    region.end = closingSentencesEnd(region.end, zone.end, evidence);
    if (region.end < zone.end && trailingCredit(lines[region.end].text)?.cut === 0) region.end++;
    stories.push({ zone, region, words: proseWords(region, evidence) });
  }
  if (stories.length === 0) return [];
  const heaviest = Math.max(...stories.map((s) => s.region.mass));
  const standing = stories.filter(
    (s) => s.words >= (s.zone.header ? MIN_HEADED_STORY_WORDS : MIN_STORY_WORDS),
  );
  const main =
    standing.find((s) => s.region.mass >= MAIN_SHARE * heaviest) ??
    stories.find((s) => s.region.mass === heaviest)!;
  return [main, ...standing.filter((s) => s !== main)];
}

/**
 * Short sentences that close a story ("It will reopen tomorrow.") weigh less
 * than a line costs, so the heaviest run stops before them; they belong to
 * the story all the same when nothing marks them as furniture. One button
 * line among them ("Subscribe to our newsletter") does not end the story: it
 * is left out later, and the sentence after it stays.
 */
function closingSentencesEnd(
  end: number,
  limit: number,
  evidence: readonly LineEvidence[],
): number {
  let closed = end;
  let skipped = 0;
  for (let i = end; i < limit; i++) {
    const e = evidence[i];
    if (isClosingSentence(e)) {
      closed = i + 1;
      skipped = 0;
    } else if (isButtonLine(e) && skipped < BUTTON_LINES_BETWEEN) {
      skipped++;
    } else {
      break;
    }
  }
  return closed;
}

const BUTTON_LINES_BETWEEN = 1;
const BUTTON_MAX_WORDS = 6;
/** Buttons that sit inside a story; a "Related" heading or a footer ends it. */
const BUTTON_KINDS: ReadonlySet<JunkCause> = new Set(['account', 'share', 'advert', 'promotion']);

function isButtonLine(e: LineEvidence): boolean {
  return e.junk !== null && BUTTON_KINDS.has(e.junk.cause) && e.shape.size <= BUTTON_MAX_WORDS;
}

function isClosingSentence(e: LineEvidence): boolean {
  return (
    !e.junk &&
    e.prose > 0 &&
    e.shape.ending === 'stop' &&
    e.shape.size >= CLOSING_MIN_WORDS &&
    !e.shape.listItem
  );
}

function proseWords(region: Region, evidence: readonly LineEvidence[]): number {
  let words = 0;
  for (let i = region.start; i < region.end; i++) {
    const e = evidence[i];
    if (e.prose > 0 && (e.junk?.strength ?? 0) < FURNITURE_STRENGTH) words += e.shape.size;
  }
  return words;
}
