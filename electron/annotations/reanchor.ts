import type { Annotation } from '../model/clip.ts';
import { anchorQuote } from './anchor.ts';
import { describeRange } from './selectors.ts';

/**
 * Maps offsets of `before` to `after` when one stretch of text was replaced
 * (what an edit does): offsets before it stay, offsets after it shift, offsets
 * inside it go to its start. Only a hint: anchoring checks the text.
 */
export function offsetMapper(before: string, after: string): (offset: number) => number {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before.charCodeAt(head) === after.charCodeAt(head)) head++;
  let tail = 0;
  while (
    tail < limit - head &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  )
    tail++;
  const shift = after.length - before.length;
  return (offset) =>
    offset <= head ? offset : offset >= before.length - tail ? offset + shift : head;
}

/**
 * Places each annotation in the new text. One that is found again follows its
 * passage (its selectors now describe where it is); one that is not is kept
 * where it was described, marked orphaned, never moved to a look-alike.
 * `before` is the text the positions were taken in; null when unknown, and
 * then the positions are only a hint of nearness.
 */
export function reanchorAnnotations(
  annotations: readonly Annotation[],
  before: string | null,
  after: string,
): Annotation[] {
  if (before === after) return annotations.map((a) => ({ ...a }));
  const map = before === null ? (offset: number) => offset : offsetMapper(before, after);
  return annotations.map((annotation) => {
    // An orphan's position describes a text that is gone: only its words can find it again.
    const hint = annotation.orphaned
      ? undefined
      : { start: map(annotation.position.start), end: map(annotation.position.end) };
    const found = anchorQuote(after, annotation.quote, hint);
    if (!found) return { ...annotation, orphaned: true };
    return { ...annotation, ...describeRange(after, found.start, found.end), orphaned: false };
  });
}
