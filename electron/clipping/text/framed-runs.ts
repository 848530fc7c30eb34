import { PARAGRAPH_PROSE } from './prose.ts';
import type { LineEvidence } from './score-lines.ts';
import type { PasteLine } from './segment.ts';
import { sharedTerms, termsOf, TOPIC_WORD_LENGTH } from './vocabulary.ts';

/** The longest run of short lines a sentence may introduce: a listing, a table, a recipe's ingredients. */
const FRAMED_MAX_LINES = 40;
/** What a framed line is worth to the selector at least: nothing, neither story text nor a cost. */
const FRAMED_WEIGHT = 0;
/** The introducing sentence has a subject and a verb at least. */
const INTRO_MIN_WORDS = 3;
/** After the run, the story's text goes on for this many paragraphs within a few lines; a box ends on its one paragraph. */
const RESUME_LINES = 5;
const RESUME_PARAGRAPHS = 2;

/**
 * Short lines that a sentence of the text introduces ("…looks like this:",
 * "You will need:") and after which the text goes on are the story's own: a
 * code listing, a table, a list of ingredients or dates. Each cost the
 * selector what a stray short line costs, so a long run cut the story in two
 * at its first listing; framed so, they cost nothing. Furniture among them
 * still goes (it keeps its evidence), and a menu is neither introduced by a
 * sentence nor followed by the story's paragraphs. A code listing needs no
 * introduction: lines of code between two paragraphs, the one after sharing
 * a few of the words above, are framed by the story's text. Returns new evidence.
 */
export function markFramedRuns(
  lines: readonly PasteLine[],
  scored: readonly LineEvidence[],
): LineEvidence[] {
  const evidence = [...scored];
  for (let i = 0; i < lines.length; i++) {
    const intro = introduces(evidence[i]);
    if (!intro && !isParagraph(evidence[i])) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= FRAMED_MAX_LINES && isShortContent(evidence[end]))
      end++;
    if (end === i + 1 || !storyGoesOn(evidence, end)) continue;
    if (!intro && !(isListing(lines, i + 1, end) && sameSubject(lines, evidence, i, end))) continue;
    for (let k = i + 1; k < end; k++) {
      // A line a listing repeats (a decorator, a closing brace) is its own, not a menu's.
      const repeated = !intro && evidence[k].junk?.cause === 'repeated';
      evidence[k] = {
        ...evidence[k],
        weight: Math.max(evidence[k].weight, FRAMED_WEIGHT),
        junk: repeated ? null : evidence[k].junk,
      };
    }
    i = end - 1;
  }
  return evidence;
}

/** A sentence ending with a colon, which is no furniture. */
function introduces(e: LineEvidence): boolean {
  return e.shape.ending === 'colon' && e.shape.size >= INTRO_MIN_WORDS && !e.junk && e.prose > 0;
}

/** A line of the run: no paragraph, no UI label (a repeated line may be a listing's). */
function isShortContent(e: LineEvidence): boolean {
  return e.prose < PARAGRAPH_PROSE && !e.label && (!e.junk || e.junk.cause === 'repeated');
}

/** A line of code: an assignment, a call, a block's brace or colon, an import, a decorator, a comment. */
const CODE =
  /[{};]$|^(?:import|from|def|class|return|const|let|var|function|if|for|while|elif|else)\b.*[:({=]$|[\w\])]\s*=\s*\S|\w\(.*\)|^@\w+|^(?:#|\/\/)\s/u;
/** A listing is code in half its lines at least (the rest: blank-ish lines, strings, a value). */
const LISTING_SHARE = 0.5;
const LISTING_MIN_LINES = 3;

function isListing(lines: readonly PasteLine[], from: number, to: number): boolean {
  if (to - from < LISTING_MIN_LINES) return false;
  let code = 0;
  for (let k = from; k < to; k++) if (CODE.test(lines[k].text)) code++;
  return code >= LISTING_SHARE * (to - from);
}

/** Paragraphs above a listing whose words the text after it is checked against. */
const SUBJECT_LINES = 8;
/**
 * The text after a listing that speaks of it shares a few of the words above
 * it; a box after the listing (a newsletter's pitch) shares none. Less than
 * the story shares with a paragraph past a run of any short lines: code is
 * what both sides speak of, in words of its own.
 */
const SUBJECT_SHARE = 0.15;

function sameSubject(
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  last: number,
  after: number,
): boolean {
  const words = new Set<string>();
  for (let k = Math.max(0, last - SUBJECT_LINES + 1); k <= last; k++)
    if (isParagraph(evidence[k])) termsOf(lines[k].text, TOPIC_WORD_LENGTH, words);
  return sharedTerms(termsOf(lines[after].text, TOPIC_WORD_LENGTH), words) >= SUBJECT_SHARE;
}

function isParagraph(e: LineEvidence): boolean {
  return e.prose >= PARAGRAPH_PROSE && !e.junk;
}

function storyGoesOn(evidence: readonly LineEvidence[], from: number): boolean {
  if (from >= evidence.length || !isParagraph(evidence[from])) return false;
  let paragraphs = 0;
  for (let k = from; k < Math.min(evidence.length, from + RESUME_LINES); k++)
    if (isParagraph(evidence[k])) paragraphs++;
  return paragraphs >= RESUME_PARAGRAPHS;
}
