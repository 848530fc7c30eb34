import type { JunkKind } from './junk-phrases.ts';
import { junkPhrases, type PhraseMatch } from './phrase-matcher.ts';
import { splitSentences } from './sentences.ts';

/** What the furniture phrases say about one piece of text. */
export interface FurnitureFinding {
  /** The text is nothing but UI labels of this kind ("Share", "Most read"). */
  label: JunkKind | null;
  /** Kinds of marker phrases found in it ("we use cookies"), one entry per distinct place. */
  markers: JunkKind[];
  /** The text opens with a prefix of this kind ("Tags: …", "Read more: …") and does not read as a sentence. */
  prefix: JunkKind | null;
  /** Button labels are glued to the start of a sentence ("Sign Up Sign Up 'Tourists…'"). */
  glued: boolean;
  /** A "Read more: <headline>" link stands in the text, maybe run into a sentence. */
  linked: boolean;
}

/** Labels must cover this share of the letters for the text to be a label. */
const LABEL_COVER = 0.8;
const LETTER = /\p{L}/u;
// A short aside in brackets holding a number: a widget's count of votes, comments or stars.
const COUNTER = /\([^()]{0,40}\d[^()]{0,40}\)/gu;

export function findFurniture(text: string): FurnitureFinding {
  return furnitureIn(text, junkPhrases.find(text));
}

/**
 * What the phrases say about a line, once button labels glued to the start of
 * a sentence are set aside ("Advertisement Heavy rain flooded…" is a sentence
 * of the story). One search of the phrases serves both readings.
 */
export function findLineFurniture(text: string): FurnitureFinding {
  const matches = junkPhrases.find(text);
  const split = leadingLabelsEnd(text, matches);
  if (split === null) return furnitureIn(text, matches);
  const offset = text.length - text.slice(split).trimStart().length;
  const rest = text.slice(offset);
  const shifted = matches
    .filter((m) => m.start >= offset)
    .map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
  return { ...furnitureIn(rest, shifted), glued: true };
}

function furnitureIn(text: string, matches: readonly PhraseMatch[]): FurnitureFinding {
  const starts = new Set<number>();
  const markers: JunkKind[] = [];
  for (const m of matches) {
    if (m.tier !== 'marker' || starts.has(m.start)) continue;
    starts.add(m.start);
    markers.push(m.kind);
  }
  const linked = matches.some(
    (m) => m.tier === 'prefix' && m.kind === 'headlines' && SEPARATOR.test(text.slice(m.end)),
  );
  return {
    label: labelKind(text, matches),
    markers,
    prefix: prefixKind(text, matches),
    glued: false,
    linked,
  };
}

/**
 * The marker phrases left in a paragraph once the boxes glued to the start of
 * its sentences are cut: many left make it a notice; few, a story paragraph
 * with a newsletter box flattened into it.
 */
export function markersOutsideGluedBoxes(text: string): number {
  const rest = splitSentences(text).map(
    (sentence) => splitLeadingLabels(sentence)?.rest ?? sentence,
  );
  return findFurniture(rest.join(' ')).markers.length;
}

/** Before a list of tags no separator is needed; before a headline one is ("Related: …"), or the words are the headline's. */
const OPENS_AT = /^[\s"'“‘«([•·▪►▶-]*$/u;
const SEPARATOR = /^\s*[:|»›>\-–—]/u;
const SENTENCE_END = /[.!?。！？]["'”’»)]?$/u;

function prefixKind(text: string, matches: readonly PhraseMatch[]): JunkKind | null {
  if (SENTENCE_END.test(text)) return null;
  for (const m of matches) {
    if (m.tier !== 'prefix' || !OPENS_AT.test(text.slice(0, m.start))) continue;
    if (m.kind === 'navigation' || SEPARATOR.test(text.slice(m.end))) return m.kind;
  }
  return null;
}

/** The kind of UI label the text consists of, when labels cover nearly all its letters. */
function labelKind(text: string, matches: readonly PhraseMatch[]): JunkKind | null {
  const labels = matches.filter((m) => m.tier === 'label');
  if (labels.length === 0) return null;
  const covered = new Uint8Array(text.length);
  let longest = labels[0];
  for (const m of labels) {
    covered.fill(1, m.start, m.end);
    if (m.end - m.start > longest.end - longest.start) longest = m;
  }
  // A counter beside the labels ("(95 votes: 4.7 of 5)", "(12)") is a number the widget shows, not words of its own.
  for (const counter of text.matchAll(COUNTER))
    covered.fill(1, counter.index, counter.index + counter[0].length);
  let letters = 0;
  let coveredLetters = 0;
  for (let i = 0; i < text.length; i++) {
    if (!LETTER.test(text[i])) continue;
    letters++;
    if (covered[i]) coveredLetters++;
  }
  return letters > 0 && coveredLetters / letters >= LABEL_COVER ? longest.kind : null;
}

/**
 * Button labels glued to the start of a sentence ("Sign Up Sign Up 'Tourists
 * are…'", "Advertisement Heavy rain…"), split from it, when what follows reads
 * as a sentence of its own. Only account, share, advert and promotion labels:
 * a section name opening a sentence is often a word of the sentence.
 */
export function splitLeadingLabels(text: string): { labels: string; rest: string } | null {
  const end = leadingLabelsEnd(text, junkPhrases.find(text));
  return end === null ? null : { labels: text.slice(0, end).trim(), rest: text.slice(end).trim() };
}

/** A headline linked from a story is a few words long. */
const LINKED_HEADLINE_WORDS = { min: 3, max: 16 };

/**
 * "Read more: <headline> <sentence>": a link to another story run into the
 * sentence after it, when the paste lost the line break between them. The
 * sentence starts at the first capitalised word followed by a lower-case one
 * a headline's length in ("Lire aussi : La SNCF augmente ses tarifs | Les
 * élus locaux ont salué…"); in scripts without case nothing is cut.
 */
export function splitLinkedHeadline(text: string): { labels: string; rest: string } | null {
  const prefix = junkPhrases
    .find(text)
    .find(
      (m) =>
        m.tier === 'prefix' &&
        m.kind === 'headlines' &&
        OPENS_AT.test(text.slice(0, m.start)) &&
        SEPARATOR.test(text.slice(m.end)),
    );
  if (!prefix) return null;
  const headlineAt = prefix.end + SEPARATOR.exec(text.slice(prefix.end))![0].length;
  const words = text.slice(headlineAt).trim().split(' ');
  for (
    let k = LINKED_HEADLINE_WORDS.min;
    k <= LINKED_HEADLINE_WORDS.max && k + 1 < words.length;
    k++
  ) {
    if (!/^["'“‘«(]?\p{Lu}/u.test(words[k]) || !/^\p{Ll}/u.test(words[k + 1])) continue;
    const rest = words.slice(k).join(' ');
    return startsSentence(rest)
      ? { labels: text.slice(0, text.length - rest.length).trim(), rest }
      : null;
  }
  return null;
}

/**
 * Where the glued labels end, or null when there are none or what follows is
 * not a sentence. A run of labels may be a whole promotion box flattened onto
 * the sentence ("Sign up for our briefing Get the news in your inbox
 * Subscribe The planes…"): promotion phrases with a few words between them,
 * ending on a button.
 */
function leadingLabelsEnd(text: string, matches: readonly PhraseMatch[]): number | null {
  let end = 0;
  let cut = 0;
  let promoted = false;
  for (const m of matches) {
    // Inside a promotion box any phrase links the run ("Get the news in your inbox"); only its buttons end it.
    const cuttable = CUTTABLE.has(m.kind);
    if (!cuttable && !promoted) continue;
    const gap = m.start > end ? text.slice(end, m.start) : '';
    if (gap.trim() && !(promoted && bridgeable(gap))) break;
    promoted ||= cuttable && m.tier === 'marker';
    if (m.end <= end) continue;
    end = m.end;
    if (cuttable && m.tier === 'label') cut = end;
  }
  return cut > 0 && startsSentence(text.slice(cut).trim()) ? cut : null;
}

/** Words of a promotion box between its phrases: a few, with no sentence ending among them. */
const MAX_BRIDGE_WORDS = 5;
function bridgeable(gap: string): boolean {
  return !/[.!?。！？]/u.test(gap) && gap.trim().split(/\s+/).length <= MAX_BRIDGE_WORDS;
}

const CUTTABLE = new Set<JunkKind>(['account', 'share', 'advert', 'promotion']);
/** After a cut, at least this many words must remain for the cut to be worth making. */
const MIN_REST_WORDS = 3;

/** Text that reads as a whole sentence: it starts like one and ends with a stop. */
function startsSentence(text: string): boolean {
  return (
    text.split(/\s+/).length >= MIN_REST_WORDS &&
    /^["'“‘«(\p{Lu}\p{N}]/u.test(text) &&
    /[.!?。！？]["'”’»)]?$/u.test(text)
  );
}
