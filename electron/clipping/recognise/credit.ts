import { WIRE_AGENCIES } from './wire-agencies.ts';
import { alternatives } from './alternatives.ts';

const NAMES = alternatives(Object.values(WIRE_AGENCIES).flat());
const CANONICAL = new Map(
  Object.entries(WIRE_AGENCIES).flatMap(([credit, names]) =>
    names.map((n) => [n, credit] as const),
  ),
);

/**
 * A credit closing a paragraph: "… spending. REUTERS", "… (AP)", "… - AFP".
 * A bare agency name counts only in capitals after a stop, so that "… told
 * Reuters." stays a sentence.
 */
const TRAILING = new RegExp(
  `(?:(?<=[.!?"”’'])\\s*|\\s+[-–—/]\\s*|\\s*\\()(${NAMES})\\)?\\s*\\.?$`,
  'u',
);
const ALONE = new RegExp(`^[\\s(/–—-]*(${NAMES})[\\s)/.]*$`, 'u');
/** "(Reuters) -", "WASHINGTON (AP) —": the credit at the head of a wire story. */
const LEADING = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{M} .,'’-]*\\s)?\\((${NAMES})\\)\\s*[-–—:]`,
  'u',
);

export interface CreditFound {
  credit: string;
  /** Where the credit starts in the text; `text.slice(0, cut)` is the paragraph without it. */
  cut: number;
}

/** A credit is short: only the end of a paragraph is searched for one. */
const TAIL = 48;

/** A credit at the end of a paragraph, or a line that is nothing but a credit (cut = 0). */
export function trailingCredit(text: string): CreditFound | null {
  if (text.length <= TAIL) {
    const alone = ALONE.exec(text);
    if (alone) return { credit: CANONICAL.get(alone[1])!, cut: 0 };
  }
  const offset = Math.max(0, text.length - TAIL);
  const match = TRAILING.exec(text.slice(offset));
  if (!match) return null;
  const name = match[1];
  const dashed = /[-–—/(]/.test(match[0].slice(0, match[0].indexOf(name)));
  // "… told Reuters." is a sentence; "… REUTERS" and "… dpa" (its own spelling) are credits.
  if (!dashed && name !== name.toUpperCase() && name !== name.toLowerCase()) return null;
  return { credit: CANONICAL.get(name)!, cut: offset + match.index };
}

/** The agency named at the head of a wire story: "(Reuters) -", "LONDON (AP) —". */
export function leadingCredit(text: string): string | null {
  const match = LEADING.exec(text);
  return match ? CANONICAL.get(match[1])! : null;
}
