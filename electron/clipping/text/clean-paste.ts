import type { ExtractedArticle } from '../../model/article.ts';
import { detectLanguage } from './describe/language.ts';
import { markHeadlineLists } from './headline-lists.ts';
import { keepLines } from './keep-lines.ts';
import { MetaLines } from './meta-lines.ts';
import { buildBlocks } from './paragraphs.ts';
import { scoreLines, type LineEvidence } from './score-lines.ts';
import { segmentLines, type PasteLine } from './segment.ts';
import { heaviestRun, type Region } from './select-region.ts';
import { BODY_REACH, bodyStartOf, findStoryZones, type StoryZone } from './stories.ts';

export interface TextCleanOptions {
  clippedAt: Date;
}

/** A story needs this many words of prose to stand on its own rather than be a teaser. */
const MIN_STORY_WORDS = 80;
/** The main story is the first one at least this share of the heaviest: the page's own story comes first on it. */
const MAIN_SHARE = 0.2;

interface Story {
  zone: StoryZone;
  region: Region;
  words: number;
}

export function cleanTextPaste(text: string, options: TextCleanOptions): ExtractedArticle[] {
  const lines = segmentLines(text);
  if (lines.length === 0) return [];
  const evidence = scoreLines(lines);
  const language = detectLanguage(proseSample(lines, evidence));
  const meta = new MetaLines(lines, language, options.clippedAt);
  const zones = findStoryZones(lines, evidence, meta);
  markHeadlineLists(lines, evidence, zones);
  const weights = evidence.map((e) => e.weight);
  const stories: Story[] = [];
  for (const zone of zones) {
    const from = bodyStartOf(zone);
    const region = heaviestRun(weights, from, zone.end, zone.header ? from + BODY_REACH : zone.end);
    if (region) stories.push({ zone, region, words: proseWords(region, evidence) });
  }
  if (stories.length === 0) stories.push(wholePaste(lines));
  return orderStories(stories).map((story) => toArticle(story, lines, evidence, meta, language));
}

/** A paste too short or too plain to weigh is kept whole, its first line as the title when there is more. */
function wholePaste(lines: readonly PasteLine[]): Story {
  const start = lines.length > 1 ? 1 : 0;
  const region = { start, end: lines.length, mass: 0 };
  return { zone: { header: null, start: 0, end: lines.length }, region, words: 0 };
}

function orderStories(stories: Story[]): Story[] {
  if (stories.length === 0) return [];
  const heaviest = Math.max(...stories.map((s) => s.region.mass));
  const standing = stories.filter((s) => s.words >= MIN_STORY_WORDS);
  const main =
    standing.find((s) => s.region.mass >= MAIN_SHARE * heaviest) ??
    stories.find((s) => s.region.mass === heaviest)!;
  return [main, ...standing.filter((s) => s !== main)];
}

function toArticle(
  story: Story,
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
  language: string | null,
): ExtractedArticle {
  const fates = keepLines(lines, story.region, evidence, meta);
  const { blocks, removed } = buildBlocks(lines, story.region.start, fates);
  const titleLine = story.zone.header?.title ?? Math.max(0, story.region.start - 1);
  return {
    title: lines[titleLine].text,
    source: null,
    byline: null,
    published: null,
    dateline: null,
    credit: null,
    language,
    url: null,
    blocks,
    removed,
  };
}

function proseWords(region: Region, evidence: readonly LineEvidence[]): number {
  let words = 0;
  for (let i = region.start; i < region.end; i++) {
    const e = evidence[i];
    if (e.prose > 0 && (e.junk?.strength ?? 0) < 1) words += e.shape.words;
  }
  return words;
}

/** The page's longest prose lines: enough text to tell its language, none of its menus. */
function proseSample(lines: readonly PasteLine[], evidence: readonly LineEvidence[]): string {
  return lines
    .filter((_, i) => evidence[i].prose >= 2 && !evidence[i].junk)
    .map((l) => l.text)
    .join(' ')
    .slice(0, 2000);
}
