import type { JunkKind } from '../signals/junk-phrases.ts';
import { junkPhrases, type PhraseMatch } from '../signals/phrase-matcher.ts';

/** What the furniture phrases say about one piece of text. */
export interface FurnitureFinding {
  /** The text is nothing but UI labels of this kind ("Share", "Most read"). */
  label: JunkKind | null;
  /** Kinds of marker phrases found in it ("we use cookies"), one entry per distinct place. */
  markers: JunkKind[];
}

/** Labels must cover this share of the letters for the text to be a label. */
const LABEL_COVER = 0.8;
const LETTER = /\p{L}/u;

export function findFurniture(text: string): FurnitureFinding {
  const matches = junkPhrases.find(text);
  const starts = new Set<number>();
  const markers: JunkKind[] = [];
  for (const m of matches) {
    if (m.tier !== 'marker' || starts.has(m.start)) continue;
    starts.add(m.start);
    markers.push(m.kind);
  }
  return { label: labelKind(text, matches), markers };
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
 * The labels that open a passage before its real text ("Sign Up Sign Up 'Tourists are…'"),
 * as the length to cut, or 0. Only account, share and advert labels: a section
 * name opening a sentence is often a word of the sentence.
 */
export function leadingLabelsLength(text: string): number {
  let end = 0;
  for (const m of junkPhrases.find(text)) {
    if (m.tier !== 'label' || !CUTTABLE.has(m.kind)) continue;
    if (m.start > end && text.slice(end, m.start).trim()) break;
    end = Math.max(end, m.end);
  }
  return end;
}

const CUTTABLE = new Set<JunkKind>(['account', 'share', 'advert', 'promotion']);
