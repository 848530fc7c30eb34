import { isOutletName } from '../recognise/beside-time.ts';
import type { MetaLines } from './meta-lines.ts';
import { PARAGRAPH_PROSE } from './prose.ts';
import { FURNITURE_STRENGTH, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';

/** The lines that introduce a story: its title and the outlet, time and byline lines around it. */
export interface StoryHeader {
  /** First line of the header. */
  start: number;
  title: number;
  /** The header's meta lines (outlet, time, byline), before and after the title. */
  meta: number[];
}

/** A stretch of the paste that can hold one story: from its header (if any) to the next header. */
export interface StoryZone {
  header: StoryHeader | null;
  start: number;
  end: number;
}

/** A paragraph starts a body: a headline followed by one is a story's title. */
const BODY_PROSE = PARAGRAPH_PROSE;
/** How far a title may stand from its first paragraph (deks, bylines, captions come between). */
export const BODY_REACH = 7;
/** How far before or after a title its outlet, time and byline lines may stand. */
const META_BEFORE = 3;
const META_AFTER = 4;
/** Story text that must come before a comments heading for it to end the story (a share bar at the top may say "Comments"). */
const MASS_BEFORE_COMMENTS = 5;

/**
 * Cuts the paste into story zones. A zone starts at a story header: a
 * headline-shaped line with a paragraph soon after it and a time, byline or
 * outlet line next to it. That is what separates the stories of an aggregator
 * page, and a story from the teasers (headline, date, excerpt) after it, while
 * a widget inside a story (headlines with no dates) leaves the story whole.
 */
export function findStoryZones(
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): StoryZone[] {
  const headers: StoryHeader[] = [];
  const prose = bodyProse(lines, evidence);
  // The first paragraph under the last header.
  let lastBody = -1;
  for (let i = 0; i < lines.length; i++) {
    const previous = headers[headers.length - 1];
    if (previous && i <= lastLineOf(previous)) continue;
    const header = headerAt(i, lines, evidence, meta, prose);
    if (!header || (header.body === lastBody && isStandfirst(header, previous))) continue;
    headers.push(closestTitle(header, lines, evidence, meta, prose));
    lastBody = header.body;
  }
  const zones: StoryZone[] = [];
  if (headers.length === 0 || headers[0].start > 0) {
    zones.push({ header: null, start: 0, end: headers[0]?.start ?? lines.length });
  }
  headers.forEach((header, k) => {
    zones.push({ header, start: header.start, end: headers[k + 1]?.start ?? lines.length });
  });
  return zones.map((zone) => ({ ...zone, end: commentsBarrier(zone, lines, evidence) }));
}

/**
 * A headline-shaped line right under a header's title and its time or byline
 * lines, above the same first paragraph, is the story's standfirst, not the
 * title of another story that borrows the header's date.
 */
function isStandfirst(header: StoryHeader, previous: StoryHeader): boolean {
  for (let j = previous.title + 1; j < header.title; j++)
    if (!previous.meta.includes(j)) return false;
  return true;
}

/** The first line after the header, where the story's text may begin. */
export function bodyStartOf(zone: StoryZone): number {
  return zone.header ? lastLineOf(zone.header) + 1 : zone.start;
}

function lastLineOf(header: StoryHeader): number {
  return Math.max(header.title, ...header.meta);
}

/**
 * How much each unit reads like a story's text: its own prose score, or for a
 * sentence of a flattened line, the whole line's, whose short sentences each
 * score little.
 */
function bodyProse(lines: readonly PasteLine[], evidence: readonly LineEvidence[]): number[] {
  const flatTotals = new Map<number, number>();
  lines.forEach((line, i) => {
    if (line.flat !== null)
      flatTotals.set(line.flat, (flatTotals.get(line.flat) ?? 0) + evidence[i].prose);
  });
  return lines.map((line, i) =>
    line.flat !== null ? flatTotals.get(line.flat)! : evidence[i].prose,
  );
}

function headerAt(
  i: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
  prose: readonly number[],
): (StoryHeader & { body: number }) | null {
  if (!isTitleShaped(lines[i].text, evidence[i])) return null;
  let body = -1;
  for (let j = i + 1; j < Math.min(lines.length, i + 1 + BODY_REACH); j++) {
    if (evidence[j].label === 'comments') return null;
    if (prose[j] >= BODY_PROSE && (evidence[j].junk?.strength ?? 0) < FURNITURE_STRENGTH) {
      body = j;
      break;
    }
  }
  if (body < 0) return null;
  const before: number[] = [];
  for (let j = i - 1; j >= Math.max(0, i - META_BEFORE); j--) {
    if (!isHeaderMeta(j, lines, evidence, meta)) break;
    before.unshift(j);
  }
  const after: number[] = [];
  for (let j = i + 1; j < Math.min(body, i + 1 + META_AFTER); j++) {
    if (isHeaderMeta(j, lines, evidence, meta)) after.push(j);
  }
  // Checked last: telling a date line is the dearest test, and most headline-shaped lines have no meta beside them.
  if (before.length + after.length === 0 || meta.isMeta(i)) return null;
  return { start: before[0] ?? i, title: i, meta: [...before, ...after], body };
}

/**
 * Of the headline-shaped lines above one first paragraph (a breadcrumb, a
 * contact line, the title), the title is the one nearest its time or byline.
 */
function closestTitle(
  header: StoryHeader & { body: number },
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
  prose: readonly number[],
): StoryHeader {
  let best = header;
  for (let i = header.title + 1; i < header.body; i++) {
    const other = headerAt(i, lines, evidence, meta, prose);
    if (other && other.body === header.body && metaDistance(other) < metaDistance(best))
      best = other;
  }
  const { body: _body, ...chosen } = best;
  return chosen;
}

function metaDistance(header: StoryHeader): number {
  return Math.min(...header.meta.map((m) => Math.abs(m - header.title)));
}

/**
 * A headline: a handful of words, not furniture, and without a closing stop,
 * unless it is short and laid out like a heading (some headlines end with one:
 * "They just might be."). A line set off like a paragraph that ends like a
 * sentence ("Remember the quest for a slogan?") is the story's first paragraph.
 */
export function isTitleShaped(text: string, e: LineEvidence): boolean {
  const shape = e.shape;
  if ((e.junk && e.junk.cause !== 'repeated' && e.junk.cause !== 'listed') || e.field) return false;
  if (
    shape.size < TITLE_SIZE.min ||
    shape.size > TITLE_SIZE.max ||
    shape.listItem ||
    shape.address ||
    shape.digits > TITLE_MAX_DIGITS
  )
    return false;
  if (/[,;:：，]["'”’»)]?$/u.test(text)) return false;
  if (e.layout === 'paragraph' && shape.ending === 'stop') return false;
  if (!/[.。]["'”’»)]?$/u.test(text)) return true;
  return e.layout === 'run-in' && shape.size <= STOPPED_TITLE_SIZE && shape.stops === 0;
}

/** A headline runs from a few words to a long sentence's length. */
export const TITLE_SIZE = { min: 3, max: 30 };
/** A line of figures (scores, prices, a ticker) is no headline. */
const TITLE_MAX_DIGITS = 0.3;
/** A headline ending with a stop is short: longer such lines are captions and teasers. */
const STOPPED_TITLE_SIZE = 15;

/**
 * An outlet, date or byline line of a header. A line that is all furniture
 * ("Trending now", "Sign in") is none of these, whatever time it seems to name.
 */
function isHeaderMeta(
  j: number,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): boolean {
  if (evidence[j].prose >= BODY_PROSE || evidence[j].label || evidence[j].field) return false;
  return meta.isBylineOrDate(j) || isOutletFrame(j, lines);
}

/**
 * "Straits Times" … "- Straits Times": a short name printed again a line or
 * two later, once behind a dash or bar. A name merely repeated ("Related" …
 * "Related") is not an outlet.
 */
export function isOutletFrame(j: number, lines: readonly PasteLine[]): boolean {
  const name = bareName(lines[j].text);
  if (
    !name ||
    name.split(' ').length > OUTLET_MAX_WORDS ||
    !isOutletName(outletName(lines[j].text))
  )
    return false;
  for (
    let k = Math.max(0, j - OUTLET_FRAME_REACH);
    k <= Math.min(lines.length - 1, j + OUTLET_FRAME_REACH);
    k++
  ) {
    if (k === j || bareName(lines[k].text) !== name) continue;
    if (FRAMED.test(lines[k].text) || FRAMED.test(lines[j].text)) return true;
  }
  return false;
}

/** An outlet's name is a few words, printed again within a few lines. */
const OUTLET_MAX_WORDS = 6;
const OUTLET_FRAME_REACH = 3;
const FRAMED = /^[\s\-–—|·•]+\S/u;

function bareName(text: string): string {
  return outletName(text).toLowerCase();
}

/** The name in an outlet line, without the dash or bar that frames it. */
export function outletName(text: string): string {
  return text.replace(/^[\s\-–—|·•]+/u, '').trim();
}

/**
 * A comments heading ends the zone's story, once some story text stands
 * before it: readers' comments are not the story. Some comments lines head
 * no thread: a counter in the story's header ("Kommentare: 10") with the
 * story's paragraphs right under it, outweighing the text above; or a
 * "Comment" button with the story's text further down, outweighing the text
 * above several times. Under a thread's heading, such a run is one comment.
 */
function commentsBarrier(
  zone: StoryZone,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): number {
  let mass = 0;
  let below: Float64Array | null = null;
  for (let i = bodyStartOf(zone); i < zone.end; i++) {
    const e = evidence[i];
    if (e.junk?.cause === 'comments' && mass >= MASS_BEFORE_COMMENTS) {
      below ??= heaviestRunsBelow(zone, evidence);
      const counter = FIGURE.test(lines[i].text) && paragraphsAfter(i, zone.end, evidence) > mass;
      if (!counter && below[i + 1 - zone.start] <= STORY_BELOW_SHARE * mass) return i;
    }
    if (!e.junk) mass += e.prose;
  }
  return zone.end;
}

/** Lines after a comments heading before its first comment's text (a name, a date, a reply button). */
const COMMENT_LEAD_LINES = 4;

/**
 * Under a thread's heading each comment is parted from the next by its
 * name, date and reply button, so no run of text there outweighs the story
 * above it this many times; the story's own text does.
 */
const STORY_BELOW_SHARE = 3;
const FIGURE = /\p{N}/u;

/** For each line of the zone (and its end), the weight of the heaviest run of lines at or below it: one pass up. */
function heaviestRunsBelow(zone: StoryZone, evidence: readonly LineEvidence[]): Float64Array {
  const best = new Float64Array(zone.end - zone.start + 1);
  let run = 0;
  for (let i = zone.end - 1; i >= zone.start; i--) {
    run = evidence[i].weight + Math.max(0, run);
    best[i - zone.start] = Math.max(run, best[i + 1 - zone.start]);
  }
  return best;
}

/** The prose of the first run of paragraphs soon after a line. */
function paragraphsAfter(i: number, end: number, evidence: readonly LineEvidence[]): number {
  const isParagraph = (e: LineEvidence) => e.prose >= BODY_PROSE && !e.junk;
  let j = i + 1;
  while (j < Math.min(end, i + 1 + COMMENT_LEAD_LINES) && !isParagraph(evidence[j])) j++;
  let prose = 0;
  for (; j < end && isParagraph(evidence[j]); j++) prose += evidence[j].prose;
  return prose;
}
