import type { ExtractedArticle } from '../../model/article.ts';
import type { OutletMemory } from '../memory/outlet-memory.ts';
import { assembleArticles } from './assemble.ts';
import { detectLanguage } from './describe/language.ts';
import { markCaptions, markHeadlineLists } from './neighbours.ts';
import { MetaLines } from './meta-lines.ts';
import { scoreLines, type LineEvidence } from './score-lines.ts';
import { segmentLines, type PasteLine } from './segment.ts';
import { selectStories } from './select-stories.ts';
import { findStoryZones } from './stories.ts';
import type { TextAnalysis } from './trace.ts';

export interface TextCleanOptions {
  /** When the clip is made: relative times in the paste ("an hour ago") resolve against it. */
  clippedAt: Date;
  /** What the library learnt of outlets' boilerplate; the engine works without it. */
  memory?: OutletMemory;
  /** The outlet the paste comes from, when the caller knows it; else the memory may recognise it. */
  outlet?: string;
}

/** The articles a plain-text paste holds, main story first. */
export function cleanTextPaste(text: string, options: TextCleanOptions): ExtractedArticle[] {
  return analyseTextPaste(text, options).articles;
}

/**
 * The whole pipeline, with its decisions: segment the paste into lines, score
 * each line, cut the paste into story zones, select each story's text, then
 * assemble and describe the articles.
 */
export function analyseTextPaste(text: string, options: TextCleanOptions): TextAnalysis {
  const lines = segmentLines(text);
  if (lines.length === 0) return { articles: [], report: [] };
  const outlet = options.outlet ?? options.memory?.recognise(lines.map((l) => l.text)) ?? null;
  const memory = options.memory;
  const boilerplate =
    memory && outlet ? (line: string) => memory.boilerplate(outlet, line) : undefined;
  const evidence = scoreLines(lines, { boilerplate });
  const language = detectLanguage(proseSample(lines, evidence));
  const meta = new MetaLines(lines, language, options.clippedAt);
  const zones = findStoryZones(lines, evidence, meta);
  markHeadlineLists(lines, evidence, zones);
  markCaptions(lines, evidence);
  const stories = selectStories(lines, zones, evidence);
  return assembleArticles({ lines, evidence, meta, zones, stories, outlet });
}

/** Enough text to tell a language apart; the detector's cost grows with it. */
const LANGUAGE_SAMPLE = 400;

/** The page's longest prose lines: enough text to tell its language, none of its menus. */
function proseSample(lines: readonly PasteLine[], evidence: readonly LineEvidence[]): string {
  let sample = '';
  for (let i = 0; i < lines.length && sample.length < LANGUAGE_SAMPLE; i++) {
    if (evidence[i].prose >= 2 && !evidence[i].junk) sample += lines[i].text + ' ';
  }
  return sample;
}
