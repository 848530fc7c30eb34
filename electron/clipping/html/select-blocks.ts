import { junkReason } from '../recognise/phrase-matcher.ts';
import { trailingCredit } from '../recognise/credit.ts';
import { bareName, bylineOf } from '../recognise/byline.ts';
import { findFurniture } from '../recognise/furniture.ts';
import { countWords, type PageBlock } from './page-blocks.ts';
import { type Element } from './page-tree.ts';

/** Why a block was left out, in words a person understands; null when it is kept. */
export type Verdict = string | null;

export const BYLINE = 'byline or date';
export const WIRE_CREDIT = 'wire credit';
const ACTION_BOX = 'box with a button (a sign-up, a teaser)';
export const BEFORE_STORY = 'before the story starts';

export interface Selection {
  /** One verdict per page block, in page order. */
  verdicts: Verdict[];
  /** Indices of the first and last block of the story (inclusive); null when none was found. */
  span: [number, number] | null;
  /** From the first to the last block chosen or kept: where the story's neighbourhood ends, for what to report as removed. */
  region: [number, number] | null;
}

// Prose: at least this long, or a whole sentence of at least SENTENCE_WORDS; at most this much of it links.
const PROSE_WORDS = 25;
const SENTENCE_WORDS = 10;
const PROSE_LINK_DENSITY = 0.3;
// Mostly links and not long: a menu, a list of related stories.
const LINK_LIST_DENSITY = 0.5;
const LINK_LIST_WORDS = 60;
// Bylines and credits are one short line.
const LINE_WORDS = 12;
// A photo's legend rarely runs longer.
const CAPTION_WORDS = 40;
// Furniture phrases give away passages this short (the text engine's measure).
const MARKED_WORDS = 30;
// Class names are a weak hint: they only tip blocks this short.
const HINTED_WORDS = 25;

// Blocks of furniture in a row that part two runs of prose into separate passages.
const RUN_BREAK = 6;
// A run beyond such a stretch with this few paragraphs, and under this share of the story's words, is a stray.
const STRAY_RUN_BLOCKS = 2;
const STRAY_RUN_SHARE = 0.3;
// Blocks this close above the story are read for what they are (a byline, a date) even when the scoring left them.
const NEAR_STORY = 8;

// Closing quotation marks of every style: German „…“ and »…« close on “ and «.
const SENTENCE_END = /[.!?。！？…:;"'”’»“‘«)\]]$/u;
const CREDIT =
  /^(?:\(?\s*(?:(?:photo|image|picture|foto|bild|crédit|credit|source|fuente|fonte|фото)s?\s*(?:copyright|credit)?\s*[:©]|©|\(c\)\s|copyright\b|image copyright))/iu;
const TRAILING_CREDIT = /\((?:photo|image|picture|credit|foto)s?:[^)]*\)\s*$/iu;
// "… map of Titan. (NASA/JPL-Caltech/ASU)", "Sakib Ali/Hindustan Times/Getty Images": a picture's sources, parted by slashes.
// "(mlharing / iStock.com)": an agency's credit in lower case, the slash set apart.
const SLASHED_CREDIT =
  /(?:\(\s*\p{Lu}[^()]*\/[^()]*\)\.?|\(\s*\p{Ll}[^()]*\s\/\s[^()]*\)\.?|^\p{Lu}[^.!?()]*\/[^.!?()]*)$/u;
// "Marco Odermatt in Beaver Creek. © AFP / Marco Bertorello": a legend that ends on its picture's copyright.
const ENDS_ON_COPYRIGHT = /(?:^|\s)©\s*(\S[^©]{1,80})$/u;
const COPYRIGHT_HOLDER_WORDS = 8;

/** A paragraph of running text: long enough, or a whole sentence, and not mostly links. */
export function isProse(block: PageBlock): boolean {
  const { type } = block.block;
  if (type !== 'paragraph' && type !== 'quote' && type !== 'list-item' && type !== 'preformatted')
    return false;
  if (block.linkDensity > PROSE_LINK_DENSITY) return false;
  return (
    block.words >= PROSE_WORDS ||
    (block.words >= SENTENCE_WORDS && SENTENCE_END.test(block.block.text))
  );
}

/** What the library knows beyond the page itself. */
export interface SelectionContext {
  /** How much a text is the outlet's boilerplate, 0–1: the share of its earlier clips that held it. */
  boilerplate?: (text: string) => number;
}

// The text engine's threshold: a line in a third of an outlet's clips is its furniture.
const BOILERPLATE_SHARE = 0.3;

/** Text that is page furniture whatever its place; null when nothing gives it away. */
function furnitureReason(block: PageBlock, context: SelectionContext): Verdict {
  const { text, type } = block.block;
  if (type === 'image' || type === 'caption') return null;
  if ((context.boilerplate?.(text) ?? 0) > BOILERPLATE_SHARE)
    return "recurs in this outlet's other clips";
  if (
    block.linkDensity >= LINK_LIST_DENSITY &&
    block.words < LINK_LIST_WORDS &&
    !isWrittenAddresses(text)
  )
    return 'links to other pages';
  if (block.words <= LINE_WORDS && (CREDIT.test(text) || TRAILING_CREDIT.test(text)))
    return 'photo credit';
  if (block.words <= CAPTION_WORDS && SLASHED_CREDIT.test(text)) return 'photo caption';
  if (block.words <= CAPTION_WORDS && endsOnCopyright(text)) return 'photo caption';
  if (block.words <= LINE_WORDS && bylineOf(text) !== null) return BYLINE;
  if (trailingCredit(text)?.cut === 0) return WIRE_CREDIT;
  if (block.hint === 'caption' && block.words <= HINTED_WORDS) return 'photo caption';
  const phrases = findFurniture(text);
  if (phrases.label) return junkReason(phrases.label);
  // A marker ("we use cookies", "sign up for") gives a short passage away; a long one only when they crowd it.
  const [marker] = phrases.markers;
  if (marker && (block.words <= MARKED_WORDS || phrases.markers.length >= 3))
    return junkReason(marker);
  return null;
}

function endsOnCopyright(text: string): boolean {
  const holder = ENDS_ON_COPYRIGHT.exec(text)?.[1];
  return holder !== undefined && countWords(holder) <= COPYRIGHT_HOLDER_WORDS;
}

// Web and mail addresses written out in full.
const WRITTEN_ADDRESS = /(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;
// Most of a line's characters in such addresses: its links are references, not a menu.
const ADDRESS_SHARE = 0.6;

/**
 * A line that spells out the addresses it links to (a source, a petition, a contact, numbered references) gives
 * them as part of the text: menus and lists of headlines link words, not addresses.
 */
function isWrittenAddresses(text: string): boolean {
  let inAddresses = 0;
  for (const match of text.matchAll(WRITTEN_ADDRESS)) inAddresses += match[0].length;
  return inAddresses >= ADDRESS_SHARE * text.replace(/\s+/g, '').length;
}

/** Before the first paragraph of prose: kickers, headlines, bylines, dates and credits. */
function headReason(block: PageBlock): string {
  const { type } = block.block;
  if (block.hint === 'byline' && block.words <= HINTED_WORDS) return BYLINE;
  if (type === 'heading') return 'headline or label above the story';
  return BEFORE_STORY;
}

/**
 * After the last paragraph of prose, only what shows a sign of furniture goes: lists and notes may end a story.
 * Prose there is a stray run the story was cut from.
 */
function tailReason(block: PageBlock): Verdict {
  const { text, type } = block.block;
  if (isProse(block)) return 'after the story ends';
  if (STRUCTURE.has(type)) return null;
  if (block.hint && block.words <= HINTED_WORDS)
    return block.hint === 'byline' ? BYLINE : 'after the story ends';
  if (type === 'heading') return 'heading with no story under it';
  if (block.words <= 3 && !SENTENCE_END.test(text)) return 'label after the story';
  return null;
}

/**
 * Decides which blocks make the story. The chosen blocks (the content scoring's
 * article, or all of a story's own element) set where the story lies; they
 * are checked against signals of page furniture (link density, credits,
 * bylines, class names), the story is trimmed to run from its first to its
 * last paragraph of prose, and prose left out from inside that run is taken
 * back unless it stands in a landmark.
 */
export function selectBlocks(
  blocks: readonly PageBlock[],
  isChosen: (block: PageBlock) => boolean,
  context: SelectionContext = {},
): Selection {
  const chosen = blocks.map(isChosen);
  // Phrase matching is the costliest signal: only blocks that may end up in or beside the story need it.
  const reasonOf = (i: number) =>
    blocks[i].inActionBox ? ACTION_BOX : furnitureReason(blocks[i], context);
  const furniture = blocks.map((_, i) => (chosen[i] ? reasonOf(i) : undefined));
  const keepable = blocks.map((_, i) => chosen[i] && furniture[i] === null);
  const headline = blocks.findIndex((b) => b.block.type === 'heading' && b.block.level === 1);
  const run = mainRun(blocks, keepable, headline);
  if (!run)
    return { verdicts: blocks.map(() => 'not part of the story'), span: null, region: null };
  const span: [number, number] = [introductionStart(blocks, run[0], headline, context), run[1]];
  const [first, last] = span;
  const region: [number, number] = [
    Math.min(first, chosen.indexOf(true)),
    Math.max(last, chosen.lastIndexOf(true)),
  ];

  const verdicts = blocks.map((b, i): Verdict => {
    const near = chosen[i] || (i >= first - NEAR_STORY && i <= last);
    if (!near) return 'not part of the story';
    const reason = furniture[i] === undefined ? reasonOf(i) : furniture[i];
    if (reason) return reason;
    if (!chosen[i] && (i < first || i > last)) return 'not part of the story';
    if (i < first) return headReason(b);
    if (i > last) return tailReason(b);
    if (repeatsPicture(blocks, i)) return 'photo caption';
    if (chosen[i]) return null;
    if (b.landmark) return 'page navigation';
    // A quotation set inside the story (an embedded post, a pull quote) belongs to it even when it is no paragraph,
    // and so do lists, tables and listings.
    return isProse(b) || b.block.type === 'quote' || STRUCTURE.has(b.block.type)
      ? null
      : 'not part of the story';
  });
  keepShortSentences(blocks, verdicts, first, last);
  keepStructureAround(blocks, verdicts, chosen, first);
  dropEmptySections(blocks, verdicts, first, last);
  dropLabelsOfLinks(blocks, verdicts);
  return { verdicts, span, region };
}

// A sentence ends on a full stop, maybe inside quotation marks ("Read more:" and "Close" do not).
const FULL_STOP = /[.!?。！？…]["'”’»“‘«)]?$/u;
// A word or two is a button's or a label's.
const SHORT_SENTENCE_WORDS = 3;

/**
 * A short sentence the scoring passed over (a line too short to score, "A question often asked: …", a one-line
 * remark under a picture) goes on with the story when it follows story text inside it and links nowhere.
 */
function keepShortSentences(
  blocks: readonly PageBlock[],
  verdicts: Verdict[],
  first: number,
  last: number,
): void {
  let previous: Verdict | undefined;
  for (let i = first; i <= last; i++) {
    const b = blocks[i];
    const { type, text } = b.block;
    if (type === 'image' || type === 'caption') continue;
    if (
      verdicts[i] === 'not part of the story' &&
      previous === null &&
      type === 'paragraph' &&
      !b.landmark &&
      !b.inForm &&
      b.linkDensity === 0 &&
      b.words >= SHORT_SENTENCE_WORDS &&
      FULL_STOP.test(text)
    )
      verdicts[i] = null;
    previous = verdicts[i];
  }
}

// A picture's description this long is its own text, not a word or two any line might share.
const ALT_CHARS = 20;

/** The description makes most of the line, maybe with a button's word before it or a credit after it. */
function legendOf(text: string, alt: string): boolean {
  return alt.length * 2 >= text.length && text.includes(alt);
}

/**
 * A paragraph right under a picture that repeats its description ("Enlarge <the alt text>", "<the alt text>
 * (Photo: …)") is its legend.
 */
function repeatsPicture(blocks: readonly PageBlock[], i: number): boolean {
  const b = blocks[i];
  if (b.block.type !== 'paragraph') return false;
  for (let j = i - 1; j >= 0 && j >= i - 2; j--) {
    const { type } = blocks[j].block;
    const alt = blocks[j].key.trim();
    if (type === 'image' && alt.length >= ALT_CHARS && legendOf(b.key.trim(), alt)) return true;
    if (type !== 'image' && type !== 'caption') return false;
  }
  return false;
}

// A label over what follows: a heading, or a short line that does not end a sentence ("Read also:", "Sources?").
const LABEL_WORDS = 6;
const LINK_REASONS = new Set([
  'links to other pages',
  junkReason('headlines'),
  junkReason('navigation'),
]);

function isLabel(block: PageBlock): boolean {
  const { type, text } = block.block;
  if (type === 'heading') return true;
  return (
    type === 'paragraph' &&
    block.words <= LABEL_WORDS &&
    !/[.!。！]$/u.test(text) &&
    !isWrittenAddresses(text)
  );
}

/**
 * A label kept in or after the story whose next block went as a list of links ("Read also:", "Further
 * information:", "About the author" over a linked name) introduced those links: it goes with them.
 */
function dropLabelsOfLinks(blocks: readonly PageBlock[], verdicts: Verdict[]): void {
  for (let i = 0; i < blocks.length; i++) {
    if (verdicts[i] !== null || !isLabel(blocks[i])) continue;
    let j = i + 1;
    while (
      j < blocks.length &&
      (blocks[j].block.type === 'image' || blocks[j].block.type === 'caption')
    )
      j++;
    const next = verdicts[j];
    if (j < blocks.length && next && LINK_REASONS.has(next))
      verdicts[i] = 'label of links left out';
  }
}

/**
 * A heading inside the story with nothing kept under it before the next heading titled a widget that was left out
 * ("More from us" over a link list, "Comments" over a form).
 */
function dropEmptySections(
  blocks: readonly PageBlock[],
  verdicts: Verdict[],
  first: number,
  last: number,
): void {
  let content = false;
  for (let i = last; i > first; i--) {
    const b = blocks[i];
    if (b.block.type === 'heading') {
      if (verdicts[i] === null && !content && verdicts[i + 1] !== null)
        verdicts[i] = 'heading with no story under it';
      content = false;
    } else if (verdicts[i] === null && b.block.type !== 'image') content = true;
  }
}

// Lists, tables and listings: short lines that belong to the story they stand beside (ingredients, steps, results).
const STRUCTURE = new Set(['list-item', 'table', 'code', 'preformatted']);

/**
 * Lists, tables and listings the scoring kept right above the story's first paragraph belong to it (a test's
 * results before its text); after the story, a heading with such content right under it does too.
 */
function keepStructureAround(
  blocks: readonly PageBlock[],
  verdicts: Verdict[],
  chosen: readonly boolean[],
  first: number,
): void {
  keepLead(blocks, verdicts, chosen, first);
  for (let i = first - 1; i >= 0; i--) {
    const b = blocks[i];
    const structure = STRUCTURE.has(b.block.type) && chosen[i] && !b.landmark;
    const kept = structure && furnitureReason(b, {}) === null;
    const heading = b.block.type === 'heading' && verdicts[i + 1] === null && i + 1 < first;
    if (kept) verdicts[i] = null;
    else if (!heading && b.block.type !== 'image' && b.block.type !== 'caption') break;
  }
  for (let i = first + 1; i < blocks.length - 1; i++) {
    if (verdicts[i] === 'heading with no story under it' && verdicts[i + 1] === null)
      verdicts[i] = null;
  }
}

// A standfirst: a sentence, or a line this long, between the headline and the first paragraph of prose.
const LEAD_WORDS = 10;

/**
 * What the scoring kept between the headline and the story's first paragraph of prose, that is a sentence or a
 * line of some length and shows no sign of furniture, opens the story: a standfirst, "This post first appeared in",
 * a subtitle. Bylines, dates and credits in between are passed over; a heading ends the search.
 */
function keepLead(
  blocks: readonly PageBlock[],
  verdicts: Verdict[],
  chosen: readonly boolean[],
  first: number,
): void {
  for (let i = first - 1; i >= 0; i--) {
    const b = blocks[i];
    const { type, text } = b.block;
    if (verdicts[i] !== BEFORE_STORY) {
      if (type === 'heading' || verdicts[i] === 'not part of the story') return;
      continue;
    }
    if (type === 'image' || type === 'caption') continue;
    const lead =
      type === 'paragraph' &&
      chosen[i] &&
      !b.landmark &&
      !b.inForm &&
      !b.hint &&
      b.linkDensity <= PROSE_LINK_DENSITY &&
      (b.words >= LEAD_WORDS || SENTENCE_END.test(text));
    if (!lead) return;
    verdicts[i] = null;
  }
}

/**
 * Where the story's text starts: paragraphs of prose the scoring passed over between the page's headline and the
 * text it chose are the story's introduction (a summary above a table of contents, a review's opening above a
 * comparison table, a standfirst: the author's own summary), unless they stand in a landmark, a form or a class
 * named for something else. A single one must read as a sentence, not as a byline or a credit.
 */
function introductionStart(
  blocks: readonly PageBlock[],
  first: number,
  headline: number,
  context: SelectionContext,
): number {
  if (headline < 0 || headline >= first) return first;
  let start = first;
  let paragraphs = 0;
  for (let i = first - 1; i > headline; i--) {
    const b = blocks[i];
    if (b.block.type !== 'paragraph' || !isProse(b) || b.landmark || b.inForm || b.hint) continue;
    if (furnitureReason(b, context) !== null) continue;
    start = i;
    paragraphs++;
  }
  if (paragraphs === 1 && !isStandfirst(blocks[start])) return first;
  return start;
}

/**
 * A lone paragraph under the headline opens the story when it is a sentence, or as long as a paragraph (many
 * standfirsts go without a full stop, as headlines do), and not a byline or credit line.
 */
function isStandfirst(block: PageBlock): boolean {
  const { text } = block.block;
  return (
    (SENTENCE_END.test(text) || block.words >= PROSE_WORDS) &&
    bylineOf(text) === null &&
    bareName(text) === null &&
    trailingCredit(text) === null
  );
}

interface Run {
  start: number;
  end: number;
  words: number;
  count: number;
  parents: Set<Element | null>;
}

/**
 * The first and last prose block of the story. Prose the scoring kept falls
 * into runs parted by stretches of furniture; the longest run is the story,
 * and a neighbouring run joins it unless it stands in other containers and
 * is a stray paragraph or two (the scoring sometimes takes in a cookie
 * notice or an author's biography from beyond the comments; the closing
 * lines after a widget inside the story share its container) or a row of
 * paragraphs each in a container of its own (the summaries of teaser cards).
 * A run between the page's headline and the story is its lead, and joins.
 */
function mainRun(
  blocks: readonly PageBlock[],
  keepable: readonly boolean[],
  headline: number,
): [number, number] | null {
  const runs: Run[] = [];
  let gap = 0;
  blocks.forEach((b, i) => {
    if (!keepable[i]) {
      gap++;
      return;
    }
    // Prose in a landmark (a summary in the page's <header>) or a form (a login box's or a sign-up's small print) may
    // stand inside the story, never start or end it.
    if (!isProse(b) || b.landmark || b.inForm) return;
    const run = runs[runs.length - 1];
    if (run && gap < RUN_BREAK) {
      run.end = i;
      run.words += b.words;
      run.count++;
      run.parents.add(b.parent);
    } else {
      runs.push({ start: i, end: i, words: b.words, count: 1, parents: new Set([b.parent]) });
    }
    gap = 0;
  });
  if (runs.length === 0) return null;
  const main = runs.reduce((a, b) => (b.words > a.words ? b : a));
  const stray = (run: Run) =>
    ![...run.parents].some((p) => main.parents.has(p)) &&
    ((run.count <= STRAY_RUN_BLOCKS && run.words < main.words * STRAY_RUN_SHARE) ||
      (run.count >= 2 && run.parents.size === run.count));
  let from = runs.indexOf(main);
  let to = from;
  // Prose the scoring kept between the page's headline (its first <h1>) and the story's text is its lead, however
  // far the page set it apart.
  const underHeadline = (run: Run) => headline >= 0 && headline < run.start;
  while (from > 0 && (!stray(runs[from - 1]) || underHeadline(runs[from - 1]))) from--;
  while (to < runs.length - 1 && !stray(runs[to + 1])) to++;
  return [runs[from].start, runs[to].end];
}
