import { junkReason } from '../recognise/phrase-matcher.ts';
import { sharedWithText } from './describe/title.ts';
import type { MetaLines } from './meta-lines.ts';
import { PARAGRAPH_PROSE } from './prose.ts';
import { FURNITURE_STRENGTH, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import type { Story } from './select-stories.ts';
import { isOutletFrame } from './stories.ts';

/** A story the paste holds, and how sure the engine is that it is one. */
export interface JudgedStory extends Story {
  /** 0–1: the main story's is 1; an extra story's says how clearly it has what a story has. */
  confidence: number;
}

/** A stretch of the paste that looked like a story and is not one, and why. */
export interface NotAStory {
  start: number;
  end: number;
  reason: string;
}

export interface Judgement {
  /** The main story first, then the other stories in the order of the paste; empty when the paste holds no article. */
  stories: JudgedStory[];
  rejected: NotAStory[];
}

/** The main story is the first at least this share of the heaviest: a page puts its own story first. */
const MAIN_SHARE = 0.2;
/**
 * The main story needs this many words of prose to be preferred to a heavier
 * one later (fewer under a header of its own, where a teaser is a sentence or two).
 */
const MAIN_MIN_WORDS = { headed: 50, bare: 80 };
/** An article says something: at least one sentence of this many words that is not page furniture. */
const SENTENCE_MIN_WORDS = 3;
/** Lines between two candidates that still make the second a part of the first (a photo line, a blank caption). */
const CONTINUATION_GAP = 2;
/** A story and its continuation both have a body: a dek or a promotion above a header, or a teaser below the story, is none. */
const CONTINUED_PARAGRAPHS = 2;

/** What an extra story needs, by what its header names: under its outlet a short story will do, under a byline alone more is asked. */
const EXTRA_BODY = {
  outlet: { sentences: 3, words: 40 },
  byline: { sentences: 5, words: 80 },
};
/** A headline shares words with its story's opening; a user name or a rating line shares none. */
const TITLE_SHARED = 0.25;

/** How sure the engine is of an extra story, as a logistic of what it has (hand-set: there are too few related stories to fit it). */
const CONFIDENCE_WEIGHT = {
  /** Where nothing speaks for the story. */
  bias: -2.5,
  /** Its outlet is named in its header: how aggregators and portals list related stories; without it the engine is never sure. */
  outlet: 2.5,
  /** A writer's name. */
  byline: 0.6,
  /** A published time. */
  time: 0.4,
  /** Per sentence past the least an extra story needs, up to SENTENCES_COUNTED more. */
  sentence: 0.05,
  /** How much its headline shares with its text (0–1). */
  titleShared: 0.5,
};
const SENTENCES_COUNTED = 10;
/** Extra stories at least this sure are ticked in the preview. */
export const CONFIDENT = 0.6;

/**
 * Decides which candidate stories are stories. A candidate right after the
 * previous one, under a header that names no outlet (a dated photo line, an
 * analysis box's byline), continues it. The main story is the first heavy
 * candidate outside a comments section, and must say something; the others
 * need what a story has: a headline about their own text, an outlet or a
 * writer in their header, and several sentences. Comment threads, teasers and
 * items of other lists are set aside with their reason.
 */
export function judgeStories(
  candidates: readonly Story[],
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): Judgement {
  const merged = mergeContinuations(candidates, lines, evidence, meta);
  const comments = commentSections(evidence);
  const inComments = (s: Story) => comments.some(([a, b]) => s.zone.start >= a && s.zone.start < b);
  const heaviest = Math.max(0, ...merged.map((s) => s.region.mass));
  // A teaser says something too, but the page is about the story it points to.
  const says = merged.filter((s) => saysSomething(s, evidence));
  const full = says.filter((s) => !isTeaser(s, lines, evidence));
  const first =
    full.find(
      (s) =>
        !inComments(s) &&
        !amidMenu(s, evidence) &&
        s.words >= (s.zone.header ? MAIN_MIN_WORDS.headed : MAIN_MIN_WORDS.bare) &&
        s.region.mass >= MAIN_SHARE * heaviest,
    ) ??
    // None long enough: a story under its own header (a title with its date or byline) over a bare blurb.
    heaviestOf(full.filter((s) => !inComments(s) && s.zone.header)) ??
    heaviestOf(says.filter((s) => !inComments(s))) ??
    heaviestOf(says);
  // A page may print its story's headline over a teaser of it too: the longer text under it is the story.
  const main =
    first && heaviestOf(says.filter((s) => s === first || sameHeadline(s, first, lines)));
  const rejected: NotAStory[] = [];
  const extras: JudgedStory[] = [];
  for (const story of merged) {
    if (story === main) continue;
    if (sameHeadline(story, main, lines)) {
      rejected.push({ start: story.zone.start, end: story.region.end, reason: SAME_STORY });
      continue;
    }
    // Readers' comments name no outlet; a story under one is a story, wherever it stands.
    const verdict =
      inComments(story) && !headerNames(story, lines, meta).outlet
        ? { reason: junkReason('comments') }
        : judgeExtra(story, lines, meta);
    if ('confidence' in verdict) extras.push({ ...story, confidence: verdict.confidence });
    else rejected.push({ start: story.zone.start, end: story.region.end, reason: verdict.reason });
  }
  if (!main) return { stories: [], rejected };
  return { stories: [{ ...main, confidence: 1 }, ...extras], rejected };
}

/** Menu lines on each side that make a bare run of text a menu's blurb. */
const MENU_SIDE_LINES = 2;

/**
 * A run of text with no header of its own that stands between lines the page
 * prints again (a menu's items, above and below it) is the blurb of a
 * mega-menu describing a section, not the page's story: it is the main story
 * only where nothing else is.
 */
function amidMenu(story: Story, evidence: readonly LineEvidence[]): boolean {
  if (story.zone.header) return false;
  const repeated = (i: number) => evidence[i]?.junk?.cause === 'repeated';
  for (let k = 1; k <= MENU_SIDE_LINES; k++)
    if (!repeated(story.region.start - k) || !repeated(story.region.end - 1 + k)) return false;
  return true;
}

/** Lines after a story where the link to read the rest of it stands. */
const READ_MORE_REACH = 2;

/** A paragraph and a "Read more" link, or a paragraph cut short with "…": a teaser of a story elsewhere. */
function isTeaser(
  story: Story,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): boolean {
  if (paragraphsIn(story, evidence) > 1) return false;
  const last = evidence[story.region.end - 1];
  if (last?.shape.trailingEllipsis) return true;
  for (
    let i = story.region.end;
    i < Math.min(lines.length, story.region.end + READ_MORE_REACH);
    i++
  )
    if (evidence[i].label === 'headlines') return true;
  return false;
}

/** Both stand under the same headline. */
function sameHeadline(a: Story, b: Story | undefined, lines: readonly PasteLine[]): boolean {
  const [x, y] = [a.zone.header?.title, b?.zone.header?.title];
  return (
    x !== undefined && y !== undefined && x !== y && fold(lines[x].text) === fold(lines[y].text)
  );
}

function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

function heaviestOf(stories: readonly Story[]): Story | undefined {
  let best: Story | undefined;
  for (const s of stories) if (!best || s.region.mass > best.region.mass) best = s;
  return best;
}

/** The story holds at least one sentence that is not furniture. */
function saysSomething(story: Story, evidence: readonly LineEvidence[]): boolean {
  for (let i = story.region.start; i < story.region.end; i++) {
    const e = evidence[i];
    if ((e.junk?.strength ?? 0) >= FURNITURE_STRENGTH || e.prose === 0) continue;
    if (e.shape.size >= SENTENCE_MIN_WORDS && (e.shape.ending === 'stop' || e.shape.stops > 0))
      return true;
  }
  return false;
}

/** What the lines of a story's header name. */
function headerNames(story: Story, lines: readonly PasteLine[], meta: MetaLines) {
  const header = story.zone.header?.meta ?? [];
  return {
    outlet: header.some((i) => isOutletFrame(i, lines) || meta.outletBesideTime(i) !== null),
    byline: header.some((i) => meta.byline(i) !== null),
    time: header.some((i) => meta.isTimeLine(i)),
  };
}

/**
 * A candidate that starts right where the previous one's text ends, under a
 * header that names no outlet, is the same story going on: a subheading with
 * a byline, a photo line with a date.
 */
function mergeContinuations(
  candidates: readonly Story[],
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): Story[] {
  const out: Story[] = [];
  for (const story of candidates) {
    const previous = out[out.length - 1];
    if (previous && continues(previous, story, lines, evidence, meta)) {
      out[out.length - 1] = {
        zone: { ...previous.zone, end: story.zone.end },
        region: {
          start: previous.region.start,
          end: story.region.end,
          mass: previous.region.mass + story.region.mass,
        },
        words: previous.words + story.words,
        sentences: previous.sentences + story.sentences,
      };
    } else out.push(story);
  }
  return out;
}

function continues(
  previous: Story,
  story: Story,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): boolean {
  if (!story.zone.header || story.zone.start - previous.region.end > CONTINUATION_GAP) return false;
  if (
    paragraphsIn(previous, evidence) < CONTINUED_PARAGRAPHS ||
    paragraphsIn(story, evidence) < CONTINUED_PARAGRAPHS
  )
    return false;
  for (let i = previous.region.end; i < story.zone.start; i++)
    if ((evidence[i].junk?.strength ?? 0) >= FURNITURE_STRENGTH) return false;
  return !headerNames(story, lines, meta).outlet;
}

function paragraphsIn(story: Story, evidence: readonly LineEvidence[]): number {
  let count = 0;
  for (let i = story.region.start; i < story.region.end; i++)
    if (evidence[i].prose >= PARAGRAPH_PROSE && !evidence[i].junk) count++;
  return count;
}

/** From a comments heading to the next heading of another kind ("Related articles"), or the end. */
function commentSections(evidence: readonly LineEvidence[]): [number, number][] {
  const sections: [number, number][] = [];
  let start = -1;
  evidence.forEach((e, i) => {
    if (!e.junk) return;
    if (e.junk.cause === 'comments') {
      if (start < 0) start = i;
    } else if (start >= 0 && e.label && e.label !== 'comments') {
      sections.push([start, i]);
      start = -1;
    }
  });
  if (start >= 0) sections.push([start, evidence.length]);
  return sections;
}

/** An extra story's confidence, or why it is not a story. */
function judgeExtra(
  story: Story,
  lines: readonly PasteLine[],
  meta: MetaLines,
): { confidence: number } | { reason: string } {
  const header = story.zone.header;
  if (!header) return { reason: OTHER_TEXT };
  const names = headerNames(story, lines, meta);
  const needs = names.outlet ? EXTRA_BODY.outlet : names.byline ? EXTRA_BODY.byline : null;
  const least = needs ?? EXTRA_BODY.outlet;
  if (story.sentences < least.sentences || story.words < least.words) return { reason: TEASER };
  if (!needs) return { reason: OTHER_TEXT };
  const body = lines
    .slice(story.region.start, story.region.end)
    .map((l) => l.text)
    .join(' ');
  const shared = sharedWithText(lines[header.title].text, body);
  if (shared < TITLE_SHARED) return { reason: OTHER_TEXT };
  const w = CONFIDENCE_WEIGHT;
  const logit =
    w.bias +
    (names.outlet ? w.outlet : 0) +
    (names.byline ? w.byline : 0) +
    (names.time ? w.time : 0) +
    w.sentence * Math.min(SENTENCES_COUNTED, story.sentences - needs.sentences) +
    w.titleShared * shared;
  return { confidence: 1 / (1 + Math.exp(-logit)) };
}

const TEASER = 'teaser of another story';
const SAME_STORY = 'the story again, under its own headline';
const OTHER_TEXT = 'not a story of its own';
