import { trailingCredit } from '../recognise/credit.ts';
import { FURNITURE_STRENGTH, type JunkCause, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { resumedText } from './resumed-text.ts';
import { heaviestRun, runsApart, type Region } from './select-region.ts';
import { BODY_REACH, bodyStartOf, type StoryZone } from './stories.ts';

/** A story the paste may hold: its zone and the run of lines that is its text. */
export interface Story {
  zone: StoryZone;
  region: Region;
  /** Words of prose in the region (unspaced scripts counted by characters, as `TextShape.size` does). */
  words: number;
  /** Sentences in the region's lines that are not furniture. */
  sentences: number;
}

/** A closing sentence has at least a subject and a verb. */
const CLOSING_MIN_WORDS = 3;

/**
 * Picks each zone's text: its heaviest run of lines, starting right after its
 * header when it has one, running on where the text resumes on the same
 * subject beyond a run of short lines, above or below, with the closing sentences and the wire
 * credit right after it. The candidates come in the order of the paste; `judgeStories`
 * decides which are stories.
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
    const parts = zone.header ? [{ from, to: zone.end }] : partsApart(zone, weights);
    for (const part of parts) {
      const startBefore = zone.header ? from + BODY_REACH : part.to;
      const region = heaviestRun(weights, part.from, part.to, startBefore);
      if (!region) continue;
      const box = boxedTail(region, weights, evidence);
      if (box) region.end = box.storyEnd;
      Object.assign(region, resumedText(region, from, zone.end, lines, evidence));
      region.end = numberedListEnd(region.end, zone.end, lines, evidence);
      const listed = region.end;
      // Closing sentences stop at the heading of a box cut off below the text (unless the text resumed past it).
      const closingLimit = box?.headed && region.end <= box.start ? box.start : zone.end;
      const closed = closingSentencesEnd(region.end, closingLimit, lines, evidence);
      region.end = factBoxEnd(closed, zone.end, lines, evidence);
      if (region.end === listed) region.end = headlineTailEnd(region, lines, evidence);
      if (region.end === closed) region.end = noteTailEnd(region, lines, evidence);
      if (region.end < zone.end && trailingCredit(lines[region.end].text)?.cut === 0) region.end++;
      stories.push({ zone, region, ...proseCounts(region, lines, evidence) });
    }
  }
  return stories.length > 0 ? stories : [wholePaste(lines, evidence)];
}

/** A run this share of the heaviest may still be the main story (the judge's MAIN_SHARE). */
const APART_SHARE = 0.2;

/**
 * A zone with no header may hold the page's text and, far below it past the
 * menus and the footer, a heavier text that is no story: a cookie dialog, a
 * shop's blurb for search engines. Where the furniture between two runs of
 * text outweighs all the text above it, each is a candidate of its own, and
 * the judge takes the first that is substantial. Only runs up to the heaviest,
 * and heavy enough for the judge to take, get a part of their own.
 */
function partsApart(zone: StoryZone, weights: readonly number[]): { from: number; to: number }[] {
  const runs = runsApart(weights, zone.start, zone.end);
  const heaviest = runs.reduce((best, r, k) => (r.mass > runs[best].mass ? k : best), 0);
  const starts = runs
    .slice(1, heaviest + 1)
    .filter((r) => r === runs[heaviest] || r.mass >= APART_SHARE * runs[heaviest].mass)
    .map((r) => r.start);
  const bounds = [zone.start, ...starts, zone.end];
  return bounds.slice(0, -1).map((from, k) => ({ from, to: bounds[k + 1] }));
}

/** A paste too short or too plain to weigh is a candidate whole; its first line is the title when there is more. */
function wholePaste(lines: readonly PasteLine[], evidence: readonly LineEvidence[]): Story {
  const region = { start: lines.length > 1 ? 1 : 0, end: lines.length, mass: 0 };
  const zone = { header: null, start: 0, end: lines.length };
  return { zone, region, ...proseCounts(region, lines, evidence) };
}

/** Lines weighing less than this are no story text: labels, links, names, buttons. */
const VALLEY_WEIGHT = 1;
/** Short lines in a row that part a story from a box under it (an author's note, a newsletter). */
const VALLEY_LINES = 2;
/** What the box weighs at most, as a share of the story's text. */
const BOX_SHARE = 0.1;
/**
 * Furniture that heads a box of the page's own ("Email Newsletter", "Sign in",
 * a footer's line): one such line parts a box as well as a run of short lines.
 * Buttons and credits that stand inside stories (share, advert, a photo's
 * credit, "Read more: …") do not.
 */
const BOX_HEADINGS: ReadonlySet<JunkCause> = new Set([
  'promotion',
  'account',
  'footer',
  'consent',
  'comments',
  'navigation',
]);

/**
 * The heaviest run stretches over a few short lines, or a line heading a box,
 * to take in a paragraph below them when that paragraph outweighs them: an
 * author's note, a newsletter's pitch, a disclaimer under the story. After the
 * last such parting, what weighs little beside the story is such a box, and
 * the story ends before it. Returns where the box starts, where the story
 * ends and whether a heading parts them, or null when the run holds no box.
 */
function boxedTail(
  region: Region,
  weights: readonly number[],
  evidence: readonly LineEvidence[],
): { start: number; storyEnd: number; headed: boolean } | null {
  let total = 0;
  let run = 0;
  let heading = false;
  let tailStart = -1;
  let headed = false;
  for (let i = region.start; i < region.end; i++) {
    if (weights[i] > 0) total += weights[i];
    if (weights[i] < VALLEY_WEIGHT) {
      run++;
      if (isBoxHeading(evidence[i])) heading = true;
    } else {
      if (run >= VALLEY_LINES || heading) {
        tailStart = i;
        headed = heading;
      }
      run = 0;
      heading = false;
    }
  }
  if (tailStart < 0) return null;
  let tail = 0;
  for (let i = tailStart; i < region.end; i++) if (weights[i] > 0) tail += weights[i];
  if (tail > BOX_SHARE * total) return null;
  // The story ends where the short lines before the box begin.
  let end = tailStart;
  while (end > region.start && weights[end - 1] < VALLEY_WEIGHT) end--;
  return { start: tailStart, storyEnd: end, headed };
}

function isBoxHeading(e: LineEvidence): boolean {
  return !!e.junk && e.junk.strength >= FURNITURE_STRENGTH && BOX_HEADINGS.has(e.junk.cause);
}

/** A headline is a dozen words or so; a longer line without a stop is a sentence cut short. */
const HEADLINE_MAX_SIZE = 15;
/** A related story's headline or two; more such lines in a row are the story's own list or records. */
const HEADLINE_MAX_LINES = 2;
/** A headline opens with a capital and runs on without commas; a signature ("Anna, the team") or a cut sentence does not. */
const HEADLINE_SHAPE = /^(?=\p{Lu})[^,]*$/u;

/**
 * A story does not end on a headline: short lines without a closing stop
 * at the very end of the run, after its text (another story's headline, a
 * link to a forum thread on the subject), weigh a little when set off as
 * paragraphs, and the heaviest run takes them in. The story ends before
 * one or two of them; more in a row are its own list or records, and none
 * goes when closing sentences or a box of facts follow the text.
 */
function headlineTailEnd(
  region: Region,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  let end = region.end;
  while (end - 1 > region.start && isHeadline(evidence[end - 1], lines[end - 1].text)) end--;
  return region.end - end <= HEADLINE_MAX_LINES ? end : region.end;
}

function isHeadline(e: LineEvidence, text: string): boolean {
  return (
    e.shape.ending === 'none' &&
    !e.shape.listItem &&
    e.shape.size <= HEADLINE_MAX_SIZE &&
    e.weight < VALLEY_WEIGHT &&
    HEADLINE_SHAPE.test(text)
  );
}

/** "1) …", "2. …": an item's number. */
const ITEM_NUMBER = /^\(?(\d{1,3})[.)]\s/u;
/** Lines an item may run to (a link, a line of description) before the next item. */
const ITEM_LINES = 3;
/** Fewer items than this are not yet a list. */
const LIST_MIN_ITEMS = 3;

/**
 * A list numbered from 1 that opens right where the text stops (the books,
 * the steps, the picks a story announces) is the story's: its short items
 * weigh less than a line costs, so the heaviest run stops before them. The
 * story runs on to the list's last item, as long as each next number comes
 * within a few lines and nothing between is furniture.
 */
function numberedListEnd(
  end: number,
  limit: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  let next = 1;
  let last = end;
  let i = end;
  while (i < limit && i - last <= ITEM_LINES) {
    const e = evidence[i];
    if (e.junk && e.junk.strength >= FURNITURE_STRENGTH) break;
    const number = ITEM_NUMBER.exec(lines[i].text)?.[1];
    if (number !== undefined) {
      if (Number(number) !== next) break;
      next++;
      last = i + 1;
    } else if (i === end) break;
    i++;
  }
  return next - 1 >= LIST_MIN_ITEMS ? last : end;
}

/** "Label: value": a row of a box of facts (a test's marks, a photo's data, an address). */
const FACT_ROW = /^[^:：]{1,40}[:：]\s*\S/u;
/** A row names one fact; a longer line saying "X: …" is a sentence or a teaser. */
const FACT_ROW_MAX_SIZE = 12;
/** Fewer rows than this are a byline and a date, not a box of facts. */
const FACT_MIN_ROWS = 3;
/** A box's heading ("Details", "Address") before its first row; a value on a line of its own between rows. */
const FACT_OTHER_LINES = 1;

/**
 * A box of facts that closes a story (its test's marks, a photo's exposure
 * data, the venue's address) is rows of "label: value": short lines that
 * weigh less than a line costs, so the heaviest run stops before them. Such
 * rows, right after the text and under at most a heading, are the story's;
 * the box ends at the first furniture, the first longer line, or where two
 * lines in a row are no rows.
 */
function factBoxEnd(
  end: number,
  limit: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  const inBox = (i: number) =>
    evidence[i].shape.size <= FACT_ROW_MAX_SIZE &&
    (evidence[i].junk?.strength ?? 0) < FURNITURE_STRENGTH;
  let rows = 0;
  let last = end;
  for (let i = end; i < limit && i - last <= FACT_OTHER_LINES && inBox(i); i++) {
    if (!FACT_ROW.test(lines[i].text)) continue;
    rows++;
    last = i + 1;
  }
  return rows >= FACT_MIN_ROWS ? last : end;
}

/** A note is a line of a dozen words or so; a longer "X: …" line is a sentence of the text. */
const NOTE_MAX_SIZE = 15;

/**
 * A story does not end on a lone "Label: value" line that weighs little: a
 * photo's credit ("Beitragsbild: …"), a source ("Quelle: …"), a link to the
 * outlet's standards, notes the page sets under the text. The story ends
 * before it; rows of such lines are a box of facts and stay.
 */
function noteTailEnd(
  region: Region,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  const last = region.end - 1;
  const isNote = (i: number) =>
    FACT_ROW.test(lines[i].text) && evidence[i].shape.size <= NOTE_MAX_SIZE;
  return last > region.start &&
    evidence[last].weight < VALLEY_WEIGHT &&
    isNote(last) &&
    !isNote(last - 1)
    ? last
    : region.end;
}

/**
 * Short sentences that close a story ("It will reopen tomorrow.") weigh less
 * than a line costs, so the heaviest run stops before them; they belong to
 * the story all the same when nothing marks them as furniture. One button
 * line among them ("Subscribe to our newsletter") does not end the story: it
 * is left out later, and the sentence after it stays; but a newsletter's
 * heading ("Newsletter") opens its box, and the sentence after it is the
 * box's pitch. A closing sentence
 * states; a question or an exclamation after the text speaks to the reader
 * ("What do you think?", "Visit our shop!") or is another story's headline.
 */
function closingSentencesEnd(
  end: number,
  limit: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  let closed = end;
  let skipped = 0;
  for (let i = end; i < limit; i++) {
    const e = evidence[i];
    if (isClosingSentence(e) && !READER_PROMPT.test(lines[i].text)) {
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

/** Ends in "?" or "!" (before closing quotes). */
export const READER_PROMPT = /[?!？！]["'”’»“‘«)\s]*$/u;
const BUTTON_LINES_BETWEEN = 1;
const BUTTON_MAX_WORDS = 6;
/** Buttons that sit inside a story; a "Related" heading or a footer ends it. */
const BUTTON_KINDS: ReadonlySet<JunkCause> = new Set(['account', 'share', 'advert', 'promotion']);

function isButtonLine(e: LineEvidence): boolean {
  return (
    e.junk !== null &&
    BUTTON_KINDS.has(e.junk.cause) &&
    e.shape.size <= BUTTON_MAX_WORDS &&
    e.label !== 'promotion'
  );
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

function proseCounts(
  region: Region,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): { words: number; sentences: number } {
  let words = 0;
  let sentences = 0;
  for (let i = region.start; i < region.end; i++) {
    const e = evidence[i];
    if (e.prose === 0 || (e.junk?.strength ?? 0) >= FURNITURE_STRENGTH) continue;
    words += e.shape.size;
    sentences += countSentences(lines[i].text);
  }
  return { words, sentences };
}

/** A full stop, question or exclamation mark ending a sentence: before a space or the end in spaced scripts, anywhere in CJK. */
const SENTENCE_END = /[.!?…](?=["'”’»)]*(?:\s|$))|[。！？]/gu;

function countSentences(text: string): number {
  return text.match(SENTENCE_END)?.length ?? 0;
}
