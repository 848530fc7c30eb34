import type { ExtractedArticle, RemovedPart } from '../../model/article.ts';
import { describeStory } from './describe/describe-story.ts';
import { copyrightHolder } from './describe/source.ts';
import { keepLines, type LineFate } from './keep-lines.ts';
import type { MetaLines } from './meta-lines.ts';
import { buildBlocks } from './paragraphs.ts';
import type { LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import type { Story } from './select-stories.ts';
import type { StoryZone } from './stories.ts';
import type { TraceEntry } from '../trace.ts';

/** The articles of a paste, with what the engine decided of each of its units. */
export interface TextAnalysis {
  articles: ExtractedArticle[];
  /** Per unit of the paste (line, or sentence of a flattened line): what the engine decided and why. */
  trace: TraceEntry[];
}

export interface Analysed {
  lines: readonly PasteLine[];
  evidence: readonly LineEvidence[];
  meta: MetaLines;
  zones: readonly StoryZone[];
  stories: readonly Story[];
  /** The outlet the caller named or the memory recognised. */
  outlet: string | null;
}

const OUTSIDE = 'outside the story text';

/**
 * Builds the articles from the selected stories: blocks from each story's kept
 * lines, its metadata, and everything else of the paste as removed parts, each
 * line given to the story whose stretch of the paste holds it (the main story
 * takes what belongs to none), so that any of it can be put back.
 */
export function assembleArticles(analysed: Analysed): TextAnalysis {
  const { lines, evidence, meta } = analysed;
  const stories = analysed.stories.length > 0 ? analysed.stories : [wholePaste(lines)];
  const owners = ownerOfEachLine(lines.length, stories);
  const pageOutlet = analysed.outlet ?? copyrightHolder(lines);
  const trace: TraceEntry[] = lines.map((line, i) => ({
    index: i,
    unit: line.flat === null ? 'line' : 'sentence',
    text: line.text,
    article: owners[i],
    verdict: 'outside',
    reason: evidence[i].junk?.reason ?? OUTSIDE,
    weight: evidence[i].weight,
    signals: [],
  }));
  const articles = stories.map((story, k): ExtractedArticle => {
    const fates = keepLines(lines, story.region, evidence, meta);
    const { blocks, removed: inside } = buildBlocks(lines, story.region.start, fates);
    const floor = Math.max(
      0,
      ...stories
        .filter((other) => other.region.end <= story.region.start)
        .map((other) => other.region.end),
    );
    const { titleLine, ...description } = describeStory(
      { story, blocks, removed: inside, floor },
      lines,
      evidence,
      meta,
      k === 0 ? { source: pageOutlet } : null,
    );
    const header = new Set([
      ...(story.zone.header?.meta ?? []),
      ...(titleLine !== null ? [titleLine] : []),
    ]);
    const before: RemovedPart[] = [];
    const after: RemovedPart[] = [];
    owners.forEach((owner, i) => {
      if (owner !== k || i === titleLine || (i >= story.region.start && i < story.region.end))
        return;
      const reason = header.has(i) ? 'story header' : (evidence[i].junk?.reason ?? OUTSIDE);
      if (i < story.region.start) before.push({ text: lines[i].text, reason, before: 0 });
      else after.push({ text: lines[i].text, reason, before: blocks.length });
    });
    reportStory(trace, story, k, fates, titleLine, header);
    return { ...description, blocks, removed: [...before, ...inside, ...after] };
  });
  return { articles, trace };
}

/** A paste too short or too plain to weigh is kept whole; its first line is the title when there is more. */
function wholePaste(lines: readonly PasteLine[]): Story {
  const region = { start: lines.length > 1 ? 1 : 0, end: lines.length, mass: 0 };
  return { zone: { header: null, start: 0, end: lines.length }, region, words: 0 };
}

/** Each line's story: the one whose zone starts last at or before it; the main story (0) where none does. */
function ownerOfEachLine(count: number, stories: readonly Story[]): number[] {
  const starts = stories
    .map((s, k) => ({ start: s.zone.start, k }))
    .sort((a, b) => a.start - b.start);
  const owners = new Array<number>(count).fill(0);
  for (const { start, k } of starts) owners.fill(k, start);
  return owners;
}

function reportStory(
  report: TraceEntry[],
  story: Story,
  k: number,
  fates: readonly LineFate[],
  titleLine: number | null,
  header: ReadonlySet<number>,
): void {
  for (const i of header)
    Object.assign(report[i], { article: k, verdict: 'header', reason: 'story header' });
  if (titleLine !== null)
    Object.assign(report[titleLine], { article: k, verdict: 'title', reason: 'title' });
  fates.forEach((fate, offset) => {
    const entry = report[story.region.start + offset];
    entry.article = k;
    if (!fate.keep) Object.assign(entry, { verdict: 'removed', reason: fate.reason });
    else {
      const cuts = [...fate.before, ...fate.after].map((c) => `cut ${c.reason}`);
      Object.assign(entry, { verdict: 'body', reason: cuts.join('; ') || 'story text' });
    }
  });
}
