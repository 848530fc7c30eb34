import { isHidden, type Extent } from './to-blocks.ts';
import { attribute, parentElement, type Element } from './page-tree.ts';

// Inputs a person types text into; checkboxes, buttons and hidden values take part in forms that have text fields.
const TEXT_INPUT = /^(?:text|email|search|tel|url|password|number)$/i;
// A box of fields is small: a field's label, a line above it, a heading. A story around a field is far longer.
const BOX_WORDS = 60;
const PAGE_PARTS = new Set(['body', 'html', 'main', 'article']);

/** A control a person types into: a `<textarea>`, or an `<input>` of a text type (text when it names none). */
export function isTextField(element: Element): boolean {
  if (element.name === 'textarea') return true;
  if (element.name !== 'input') return false;
  const type = attribute(element, 'type');
  return type === null || TEXT_INPUT.test(type.trim());
}

/**
 * Blocks of a box of text fields that has no `<form>` around it (a script sends it): "Report an error" over a
 * table of labelled fields, a sign-up line over an e-mail field. They are a form to the reader as much as one in a
 * `<form>` is. The box is the largest element around a field's holder that stays small. Returns the blocks' indices.
 */
export function fieldBoxes(
  blocks: readonly { words: number }[],
  holders: readonly Element[],
  extents: ReadonlyMap<Element, Extent>,
): Set<number> {
  const before = [0];
  for (const b of blocks) before.push(before[before.length - 1] + b.words);
  const boxed = new Set<number>();
  for (const holder of holders) {
    let box: Extent | null = null;
    for (
      let node: Element | null = holder;
      node && !PAGE_PARTS.has(node.name);
      node = parentElement(node)
    ) {
      const extent = extents.get(node);
      // A field in a hidden box (a dialog the page opens on a click) is no part of what the reader saw.
      if (!extent && !box && isHidden(node)) break;
      if (!extent) continue;
      if (before[extent.end] - before[extent.first] > BOX_WORDS) break;
      box = extent;
    }
    if (box) for (let i = box.first; i < box.end; i++) boxed.add(i);
  }
  return boxed;
}
