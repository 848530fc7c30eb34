import type { Block, ExtractedArticle, RemovedPart } from '../../model/article.ts';
import { describeStory } from './describe/describe-story.ts';
import { copyrightHolder } from './describe/source.ts';
import { keepLines, type LineFate } from './keep-lines.ts';
import type { MetaLines } from './meta-lines.ts';
import { buildBlocks } from './paragraphs.ts';
import { leadStart, standfirst } from './lead.ts';
import { FURNITURE_STRENGTH, type LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import type { JudgedStory, Judgement } from './judge-stories.ts';
import type { StoryZone } from './stories.ts';
import type { TraceEntry } from '../trace.ts';

/** The articles of a paste, with what the engine decided of each of its units. */
export interface TextAnalysis {
  articles: ExtractedArticle[];
  /** When the paste holds no article: its parts, each with why it is not one, so that any can be kept on purpose. */
  leftovers: RemovedPart[];
  /** Per unit of the paste (line, or sentence of a flattened line): what the engine decided and why. */
  trace: TraceEntry[];
}

export interface Analysed {
  lines: readonly PasteLine[];
  evidence: readonly LineEvidence[];
  meta: MetaLines;
  zones: readonly StoryZone[];
  judgement: Judgement;
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
  const { stories } = analysed.judgement;
  const reasons = reasonOfEachLine(evidence, analysed.judgement);
  if (stories.length === 0) return nothingFound(lines, evidence, reasons);
  const owners = ownerOfEachLine(lines.length, stories);
  const linesOf = stories.map((): number[] => []);
  owners.forEach((owner, i) => linesOf[owner].push(i));
  const floors = floorOfEachStory(stories);
  const pageOutlet = analysed.outlet ?? copyrightHolder(lines, stories[0].region.end);
  const trace: TraceEntry[] = lines.map((line, i) => ({
    index: i,
    unit: line.flat === null ? 'line' : 'sentence',
    text: line.text,
    article: owners[i],
    verdict: 'outside',
    reason: reasons[i],
    weight: evidence[i].weight,
    signals: [],
  }));
  const articles = stories.map((chosen, k): ExtractedArticle => {
    const describe = (story: JudgedStory, kept = evidence) => {
      const fates = keepLines(lines, story.region, kept, meta);
      const { blocks, removed: inside } = buildBlocks(lines, story.region.start, fates);
      const description = describeStory(
        { story, blocks, removed: inside, floor: floors[k] },
        lines,
        evidence,
        meta,
        k === 0 ? { source: pageOutlet } : null,
      );
      return { story, fates, blocks, inside, description };
    };
    let described = describe(chosen);
    const start = leadStart(
      described.description.titleLine,
      chosen.region.start,
      lines,
      evidence,
      meta,
    );
    if (start < chosen.region.start) {
      const led = describe({ ...chosen, region: { ...chosen.region, start } });
      if (led.description.titleLine === described.description.titleLine) described = led;
    }
    const lead = standfirst(
      described.description.titleLine,
      described.story.region.start,
      evidence,
    );
    if (lead !== null) {
      const kept = evidence.map((e, i) => (i === lead ? { ...e, junk: null } : e));
      const led = describe(described.story, kept);
      if (led.description.titleLine === described.description.titleLine) described = led;
    }
    const { story, fates, blocks, inside } = described;
    const { titleLine, titleIsFirstBlock, ...description } = described.description;
    const header = new Set([
      ...(story.zone.header?.meta ?? []),
      ...(titleLine !== null ? [titleLine] : []),
    ]);
    const before: RemovedPart[] = [];
    const after: RemovedPart[] = [];
    linesOf[k].forEach((i) => {
      if (i === titleLine || (i >= story.region.start && i < story.region.end)) return;
      const reason = header.has(i) ? 'story header' : reasons[i];
      if (i < story.region.start) before.push({ text: lines[i].text, reason, before: 0 });
      else after.push({ text: lines[i].text, reason, before: blocks.length });
    });
    reportStory(trace, story, k, fates, titleLine, header);
    const removed = [...before, ...inside, ...after];
    return {
      ...description,
      confidence: story.confidence,
      // The body does not repeat the headline the title was taken from.
      ...(titleIsFirstBlock ? withoutFirstBlock(blocks, removed) : { blocks, removed }),
    };
  });
  return { articles, trace, leftovers: [] };
}

/** The body without its first block, each removed part still standing before the same block. */
function withoutFirstBlock(blocks: readonly Block[], removed: readonly RemovedPart[]) {
  return {
    blocks: blocks.slice(1),
    removed: removed.map((part) => ({ ...part, before: Math.max(0, part.before - 1) })),
  };
}

/**
 * Why each line is not story text, unless it turns out to be: its own
 * furniture evidence, else the reason its stretch is not a story, else that it
 * stands outside every story.
 */
function reasonOfEachLine(evidence: readonly LineEvidence[], judgement: Judgement): string[] {
  const reasons = evidence.map((e) =>
    e.junk && e.junk.strength >= FURNITURE_STRENGTH ? e.junk.reason : '',
  );
  for (const part of judgement.rejected)
    for (let i = part.start; i < part.end; i++) reasons[i] ||= part.reason;
  return reasons.map((r, i) => r || (evidence[i].junk?.reason ?? OUTSIDE));
}

/** No article: the paste's parts, consecutive lines left out for the same reason making one part. */
function nothingFound(
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  reasons: readonly string[],
): TextAnalysis {
  const leftovers: RemovedPart[] = [];
  lines.forEach((line, i) => {
    const last = leftovers[leftovers.length - 1];
    if (last && reasons[i - 1] === reasons[i]) last.text += '\n' + line.text;
    else leftovers.push({ text: line.text, reason: reasons[i], before: 0 });
  });
  const trace = lines.map((line, i): TraceEntry => ({
    index: i,
    unit: line.flat === null ? 'line' : 'sentence',
    text: line.text,
    article: null,
    verdict: 'outside',
    reason: reasons[i],
    weight: evidence[i].weight,
    signals: [],
  }));
  return { articles: [], trace, leftovers };
}

/** Each line's story: the one whose zone starts last at or before it; the main story (0) where none does. */
function ownerOfEachLine(count: number, stories: readonly JudgedStory[]): number[] {
  const starts = stories
    .map((s, k) => ({ start: s.zone.start, k }))
    .sort((a, b) => a.start - b.start);
  const owners = new Array<number>(count).fill(0);
  // Each story's lines run to the next story's start: each line is filled once, however many stories.
  starts.forEach(({ start, k }, n) => owners.fill(k, start, starts[n + 1]?.start ?? count));
  return owners;
}

/** For each story, the end of the last story text above it (0 for none): its header is looked for below. */
function floorOfEachStory(stories: readonly JudgedStory[]): number[] {
  const ends = stories.map((s) => s.region.end).sort((a, b) => a - b);
  return stories.map((story) => {
    // The greatest end at or before the story's start, by binary search.
    let [low, high] = [0, ends.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if (ends[mid] <= story.region.start) low = mid + 1;
      else high = mid;
    }
    return low > 0 ? ends[low - 1] : 0;
  });
}

function reportStory(
  report: TraceEntry[],
  story: JudgedStory,
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
