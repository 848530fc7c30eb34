import type { Block } from '../../../model/article.ts';
import type { MetaLines } from '../meta-lines.ts';
import type { LineEvidence } from '../score-lines.ts';
import type { PasteLine } from '../segment.ts';
import type { Story } from '../select-stories.ts';
import { isTitleShaped, TITLE_SIZE } from '../stories.ts';
import { termsOf } from '../vocabulary.ts';

/** How far above a story's text its title is looked for. */
const TITLE_REACH = 40;
/** A header may have taken the dek for the title; the title then stands just above it. */
const ABOVE_HEADER = 3;
/** Headlines rarely run longer; a longer line is more often the dek. */
const LONG_TITLE = 20;
/** How much of the story's text a title is compared with: headlines reuse the lede's words. */
const BODY_SAMPLE = 2000;
/** Sharing this many words with the text is as good as sharing all: a short line shares all its few words by chance. */
const SHARED_ENOUGH = 4;
/** Words this long count: shorter ones are small words any two texts share. */
const TERM_LENGTH = 3;
/** Fewer words than this are a kicker or a section label rather than a headline. */
const FULL_HEADLINE_SIZE = 4;
/** Slack for the sums' rounding, so that skipping a line that cannot win never changes which one does. */
const ROUNDING = 1e-9;
/** A line shorter than this stands inside a longer one by chance. */
const ECHO_MIN_CHARS = 12;
/** A breadcrumb: led by a trail's arrow, or with one between its steps ("> Blogs > Asia", "Home › World"). */
const BREADCRUMB = /^\s*[>›]|\s[>›]\s/;

/** What makes a line the story's title rather than another line above its text. */
const TITLE_WEIGHT = {
  /** Headlines reuse the lede's words: the strongest sign. */
  sharedWithBody: 3,
  /** Shaped like a headline (see `isTitleShaped`). */
  shaped: 1,
  /** A few words at least. */
  fullHeadline: 1,
  /** Printed again on the page (breadcrumb, share text). */
  echoed: 1,
  /** The line the story's header chose. */
  header: 1,
  /** A byline or date stands right under it. */
  bylineOrDateBelow: 1,
  /** All capitals: a kicker or a section name more often than a headline. */
  shouting: 0.5,
  /** Set off as a paragraph: more often a standfirst. */
  setOffAsParagraph: 1,
  /** Listed under a "Related" heading: another story's headline. */
  listed: 1,
  /** Right under a shorter headline about the same story: its dek. */
  dek: 0.5,
  /** Longer than headlines run. */
  long: 1,
  /**
   * A quantity among quantities ("5 eggs" under "350 g flour"): an item of an
   * ingredient list, whose words the method repeats, which outweighs it.
   */
  amongQuantities: 3,
  /** Per line between it and the text: the nearer of two candidates wins a tie. */
  perLineAbove: 0.05,
};

/**
 * The line that is the story's title. Of the headline-shaped lines above its
 * text (and its header's title), the one that shares most words with the
 * story's opening, stands nearest to it, and that the page repeats (pages
 * print their title again in the breadcrumb or the share text).
 */
export function pickTitle(
  story: Story,
  floor: number,
  blocks: readonly Block[],
  lines: readonly PasteLine[],
  evidence: readonly LineEvidence[],
  meta: MetaLines,
): number | null {
  const body = termsOf(
    blocks
      .map((b) => b.text)
      .join(' ')
      .slice(0, BODY_SAMPLE),
    TERM_LENGTH,
  );
  const sharedWithBody = (i: number) => {
    const terms = termsOf(lines[i].text, TERM_LENGTH);
    const count = [...terms].filter((t) => body.has(t)).length;
    return (count / Math.max(terms.size, 1) + Math.min(count, SHARED_ENOUGH) / SHARED_ENOUGH) / 2;
  };
  /** Line `i` is the dek of a headline right above it: longer, about the story too, and neither of them furniture. */
  const isDek = (i: number) => {
    const above = i - 1;
    if (
      above < 0 ||
      evidence[above].junk ||
      evidence[i].junk ||
      !isTitleShaped(lines[above].text, evidence[above])
    )
      return false;
    return (
      evidence[i].shape.size > evidence[above].shape.size &&
      sharedWithBody(above) >= DEK_HEADLINE_SHARED
    );
  };
  const headed = story.zone.header?.title ?? null;
  // The header takes the headline-shaped line nearest its byline or time, which may be the dek under the headline.
  const header = headed !== null && isDek(headed) ? headed - 1 : headed;
  // A header may have taken a line near the text for the title (a dek, a language switch); the title may stand above it.
  const from = Math.max(
    floor,
    Math.min(story.zone.start - ABOVE_HEADER, story.region.start - TITLE_REACH),
  );
  const texts = new Set<string>();
  for (let i = from; i < story.region.start; i++) texts.add(lines[i].text);
  let best: number | null = null;
  let bestScore = -Infinity;
  for (let i = story.region.start - 1; i >= from; i--) {
    const e = evidence[i];
    const titleShaped = isTitleShaped(lines[i].text, e);
    // Right above a byline or a date, a headline may end like a sentence ("They just might be.").
    const mayBeShaped =
      titleShaped || (!e.junk && e.shape.size <= LONG_TITLE && i + 1 < lines.length);
    const plain = e.junk || e.shape.ending === 'stop' || e.shape.size > TITLE_SIZE.max;
    if ((!mayBeShaped && plain) || e.shape.size < 1 || BREADCRUMB.test(lines[i].text)) continue;
    const shared = sharedWithBody(i);
    const dek = isDek(i);
    const score = (shaped: boolean, dated: boolean, echoed: boolean) =>
      TITLE_WEIGHT.sharedWithBody * shared +
      (shaped ? TITLE_WEIGHT.shaped : 0) +
      (e.shape.size >= FULL_HEADLINE_SIZE ? TITLE_WEIGHT.fullHeadline : 0) +
      (echoed ? TITLE_WEIGHT.echoed : 0) +
      (i === header ? TITLE_WEIGHT.header : 0) +
      (dated ? TITLE_WEIGHT.bylineOrDateBelow : 0) -
      (e.shape.shouting ? TITLE_WEIGHT.shouting : 0) -
      (e.layout === 'paragraph' ? TITLE_WEIGHT.setOffAsParagraph : 0) -
      (e.junk?.cause === 'listed' ? TITLE_WEIGHT.listed : 0) -
      (dek ? TITLE_WEIGHT.dek : 0) -
      (e.shape.size > LONG_TITLE ? TITLE_WEIGHT.long : 0) -
      (amongQuantities(i, lines) ? TITLE_WEIGHT.amongQuantities : 0) -
      TITLE_WEIGHT.perLineAbove * (story.region.start - 1 - i);
    // Date parsing and the echo search are dear: a line that could not win with every sign for it is not looked at further.
    if (score(true, true, true) <= bestScore - ROUNDING) continue;
    const shaped = titleShaped || (mayBeShaped && meta.isMeta(i + 1));
    if ((!shaped && plain) || meta.isMeta(i)) continue;
    const echoed = e.junk?.cause === 'repeated' || containedElsewhere(lines[i].text, texts);
    const full = score(shaped, bylineOrDateBelow(i, lines.length, meta), echoed);
    if (full > bestScore) {
      best = i;
      bestScore = full;
    }
  }
  return best ?? header;
}

/** How far under a title its byline or date stands. */
const META_BELOW = 2;

/** A byline or a dated line stands right under the line, as under a story's title. */
function bylineOrDateBelow(i: number, count: number, meta: MetaLines): boolean {
  for (let j = i + 1; j <= Math.min(count - 1, i + META_BELOW); j++) {
    if (meta.isBylineOrDate(j)) return true;
  }
  return false;
}

/** A headline shares this much with the story's text (a section label above a headline shares nothing). */
const DEK_HEADLINE_SHARED = 0.5;

/** How much of a headline's words a text holds (0–1): a headline reuses its story's words. */
export function sharedWithText(headline: string, text: string): number {
  const terms = termsOf(headline, TERM_LENGTH);
  const inText = termsOf(text.slice(0, BODY_SAMPLE), TERM_LENGTH);
  let shared = 0;
  for (const t of terms) if (inText.has(t)) shared++;
  return terms.size ? shared / terms.size : 0;
}

/** The line stands again inside a longer line ("Share this story: <title>"). */
function containedElsewhere(text: string, texts: ReadonlySet<string>): boolean {
  if (text.length < ECHO_MIN_CHARS) return false;
  for (const other of texts) if (other !== text && other.includes(text)) return true;
  return false;
}

/** A number and a word: "350 g flour", "1½ cups rice", "5 Eier (Gr. M)"; not a date or a share ("20% off"). */
const QUANTITY = /^\(?\d[\d.,/½¼¾]*\s*\p{L}/u;

/** The line names a quantity, and so does the line above or below it. */
function amongQuantities(i: number, lines: readonly PasteLine[]): boolean {
  if (!QUANTITY.test(lines[i].text)) return false;
  return (
    (i > 0 && QUANTITY.test(lines[i - 1].text)) ||
    (i + 1 < lines.length && QUANTITY.test(lines[i + 1].text))
  );
}
