import type { ExtractedArticle } from '../../model/article.ts';
import type { ExtractOptions } from '../options.ts';
import { outletBoilerplate } from '../recognise/outlet-boilerplate.ts';
import { assembleArticles, type TextAnalysis } from './assemble.ts';
import { detectLanguage } from '../recognise/language.ts';
import { markCaptions, markHeadlineLists, markNotices } from './neighbours.ts';
import { markFramedRuns } from './framed-runs.ts';
import { MetaLines } from './meta-lines.ts';
import { PARAGRAPH_PROSE } from './prose.ts';
import { scoreLines, type LineEvidence } from './score-lines.ts';
import { segmentLines, type PasteLine } from './segment.ts';
import { judgeStories } from './judge-stories.ts';
import { selectStories } from './select-stories.ts';
import { findStoryZones } from './stories.ts';

export type { TextAnalysis } from './assemble.ts';

/** The articles a plain-text paste holds, main story first. */
export function cleanTextPaste(text: string, options: ExtractOptions): ExtractedArticle[] {
  const { articles, trace } = analyseTextPaste(text, options);
  options.trace?.(trace);
  return articles;
}

/**
 * The whole pipeline, with its decisions: segment the paste into lines, score
 * each line, cut the paste into story zones, select each story's text, then
 * assemble and describe the articles.
 */
export function analyseTextPaste(text: string, options: ExtractOptions): TextAnalysis {
  const lines = segmentLines(text);
  if (lines.length === 0) return { articles: [], trace: [], leftovers: [] };
  const { outlet, boilerplate } = outletBoilerplate(() => lines.map((l) => l.text), options);
  const notices = markNotices(lines, scoreLines(lines, { boilerplate }));
  const scored = markFramedRuns(lines, notices);
  const language = detectLanguage(proseSample(lines, scored));
  const meta = new MetaLines(lines, language, options.clippedAt);
  const zones = findStoryZones(lines, scored, meta);
  const evidence = markCaptions(lines, markHeadlineLists(lines, scored, zones));
  const candidates = selectStories(lines, zones, evidence);
  const judgement = judgeStories(candidates, lines, evidence, meta);
  return assembleArticles({ lines, evidence, meta, zones, judgement, outlet });
}

/** Enough text to tell a language apart; the detector's cost grows with it. */
const LANGUAGE_SAMPLE = 400;

/** The page's longest prose lines: enough text to tell its language, none of its menus. */
function proseSample(lines: readonly PasteLine[], evidence: readonly LineEvidence[]): string {
  let sample = '';
  for (let i = 0; i < lines.length && sample.length < LANGUAGE_SAMPLE; i++) {
    if (evidence[i].prose >= PARAGRAPH_PROSE && !evidence[i].junk) sample += lines[i].text + ' ';
  }
  return sample;
}
