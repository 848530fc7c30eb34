import type { ArticleMeta, Block, RemovedPart } from '../../../model/article.ts';
import type { MetaLines } from '../meta-lines.ts';
import type { LineEvidence } from '../score-lines.ts';
import type { PasteLine } from '../segment.ts';
import type { Story } from '../select-stories.ts';
import { leadingCredit, trailingCredit } from '../../recognise/credit.ts';
import { findDateline } from '../../recognise/dateline.ts';
import { detectLanguage } from '../../recognise/language.ts';
import { splitSentences } from '../../recognise/sentences.ts';
import { bareName } from '../../recognise/byline.ts';
import { outletInHeader } from './source.ts';
import { pickTitle } from './title.ts';
import { shapeOf } from '../line-shape.ts';

/** How far around the title the byline and the time are looked for when the header did not name them. */
const META_REACH_BEFORE = 3;
const META_REACH_AFTER = 8;
/** The time may stand in the text's first lines ("Updated 10:42"), under a standfirst. */
const META_REACH_INTO_TEXT = 2;
/** "(Reuters) -" opens the story's first paragraph, after a standfirst at most. */
const LEADING_CREDIT_BLOCKS = 3;
/** Longest name made from a story's opening words when it has no title line. */
const UNTITLED_MAX = 120;
/** A bare name counts as the byline only right under the title. */
const NAME_REACH = 3;

export interface StoryText {
  story: Story;
  blocks: readonly Block[];
  removed: readonly RemovedPart[];
  /** The first line that may be this story's header: the one after the text of the story above it. */
  floor: number;
}

/**
 * A story's metadata, read from its header, the lines around its title and its
 * text. The main story (`main` given) takes the page's outlet and language when
 * its header names none; the others tell their own language.
 */
export function describeStory(
  { story, blocks, removed, floor }: StoryText,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
  main: { source: string | null } | null,
): ArticleMeta & {
  titleLine: number | null;
  /** The title is the whole first block, a headline the text began with (no closing stop, unlike a one-sentence lede). */
  titleIsFirstBlock: boolean;
} {
  const titleLine = pickTitle(story, floor, blocks, lines, evidence, meta);
  const near = metaCandidates(story, titleLine, lines.length);
  const names = namesUnderTitle(titleLine, story, lines, evidence);
  // Two bare names under a title are its outlet, then its writer ("The Guardian" / "Maria Costa").
  const [outletUnderTitle, writerUnderTitle] = names.length >= 2 ? names : [null, names[0] ?? null];
  const byline = firstOf(near, (i) => meta.byline(i)) ?? writerUnderTitle;
  const time = firstOf(near, (i) => {
    const found =
      meta.isTimeLine(i) || meta.byline(i) || betweenTitleAndText(i, titleLine, story)
        ? meta.time(i)
        : null;
    return found?.dated ? found : null;
  });
  const body = blocks.map((b) => b.text).join('\n');
  const title = titleLine !== null ? lines[titleLine].text : openingWords(blocks[0]?.text ?? '');
  return {
    titleLine,
    titleIsFirstBlock:
      titleLine === null &&
      blocks.length > 1 &&
      blocks[0].text === title &&
      shapeOf(title).ending !== 'stop',
    title,
    source: outletInHeader(story.zone, lines, meta) ?? outletUnderTitle ?? main?.source ?? null,
    byline,
    published: time ? time.date.toISOString() : null,
    publishedAgo: time?.ago ?? null,
    dateline: findDateline(blocks),
    credit: creditOf(
      blocks,
      removed,
      near.map((i) => meta.withoutTime(i)),
    ),
    language: (main ? meta.language : null) ?? detectLanguage(body) ?? meta.language,
    url: null,
  };
}

/** The bare names between the title and the text, where an outlet and a byline stand. */
function namesUnderTitle(
  titleLine: number | null,
  story: Story,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
): string[] {
  const names: string[] = [];
  if (titleLine === null) return names;
  for (let i = titleLine + 1; i < Math.min(story.region.start, titleLine + NAME_REACH); i++) {
    const name = evidence[i].junk ? null : bareName(lines[i].text);
    if (name) names.push(name);
  }
  return names;
}

/**
 * Between the title and the text stand the byline, the date and the reading
 * time: a day named there is the story's, whatever words surround it
 * ("Publié le 4 mars 2025 à 18h12, mis à jour à 19h30").
 */
function betweenTitleAndText(i: number, titleLine: number | null, story: Story): boolean {
  return titleLine !== null && i > titleLine && i < story.region.start;
}

/**
 * A story without a title line is named by its first sentence, cut short of a
 * headline's length at a space or a mark, never inside a word (in scripts
 * without spaces, at a comma), and marked as cut with "…".
 */
function openingWords(text: string): string {
  const [first = ''] = splitSentences(text);
  if (first.length <= UNTITLED_MAX) return first;
  let cut = UNTITLED_MAX;
  while (cut > 0 && insideWord(first, cut)) cut--;
  const head = first.slice(0, cut).replace(/[\s\p{P}]+$/u, '');
  return head ? `${head}…` : first;
}

/** A letter or digit: a cut before one would cut a word (in scripts without spaces, a run of them). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Cutting the text before position `i` would cut a word, or a character written as two UTF-16 units. */
function insideWord(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  if (unit >= 0xdc00 && unit <= 0xdfff) return true;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

/** Lines that may hold the byline and time: the header's, then those around the title and at the top of the text. */
function metaCandidates(story: Story, titleLine: number | null, count: number): number[] {
  const header = story.zone.header?.meta ?? [];
  const anchor = titleLine ?? story.region.start;
  const from = Math.max(story.zone.start, anchor - META_REACH_BEFORE);
  const to = Math.min(
    count,
    Math.max(anchor + META_REACH_AFTER, story.region.start + META_REACH_INTO_TEXT),
  );
  const around: number[] = [];
  for (let i = from; i < to; i++) if (i !== titleLine && !header.includes(i)) around.push(i);
  return [...header, ...around];
}

function firstOf<T>(indices: readonly number[], read: (i: number) => T | null): T | null {
  for (const i of indices) {
    const value = read(i);
    if (value !== null) return value;
  }
  return null;
}

/** The wire credit: cut from the end of the text, opening it ("(Reuters) -"), or standing by the byline. */
function creditOf(
  blocks: readonly Block[],
  removed: readonly RemovedPart[],
  metaTexts: readonly string[],
): string | null {
  for (const part of removed) {
    const found = trailingCredit(part.text);
    if (part.reason === 'wire credit' && found) return found.credit;
  }
  for (const block of blocks.slice(0, LEADING_CREDIT_BLOCKS)) {
    const found = leadingCredit(block.text);
    if (found) return found;
  }
  for (const text of metaTexts) {
    const found = trailingCredit(text);
    if (found?.cut === 0) return found.credit;
  }
  return null;
}
