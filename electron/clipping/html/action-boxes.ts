import type { SourcedBlock } from './to-blocks.ts';
import { parentElement, contains, type Element } from './page-tree.ts';

/** What the boxes are found by: a block's DOM place, length and links. */
export type BoxCandidate = Pick<SourcedBlock, 'block' | 'element'> & {
  words: number;
  linkDensity: number;
};

// A button: a word or a few, all of it a link ("Subscribe", "Read more", "Sign up now").
const BUTTON_WORDS = 4;
const BUTTON_LINK_DENSITY = 0.9;
// The box says something of its own: a block above the button that is not mostly links.
const OWN_TEXT_LINK_DENSITY = 0.5;
// A box: the button and a heading or a line or two above it, short, in one element of their own.
const BOX_BLOCKS = 4;
const BOX_WORDS = 60;
// How far up from the button its box may be.
const BOX_DEPTH = 4;
const PAGE_PARTS = new Set(['body', 'html', 'main', 'article']);

/**
 * Blocks that make a small box ending on a button: a newsletter sign-up ("Breaking News Emails / Get alerts… /
 * SUBSCRIBE"), a teaser card ("headline / summary / Read more"), a promotion. A story's text does not end its
 * container on a lone link: such a box offers something else. Returns the indices of the boxes' blocks.
 */
export function actionBoxes(blocks: readonly BoxCandidate[]): Set<number> {
  const boxed = new Set<number>();
  blocks.forEach((button, i) => {
    if (
      button.words === 0 ||
      button.words > BUTTON_WORDS ||
      button.linkDensity < BUTTON_LINK_DENSITY ||
      button.block.type === 'image'
    )
      return;
    // The button's own element is the box when the link stands loose in it, after the box's other blocks; the box
    // is the largest element around it that stays small and ends on it (a title over a message and its button).
    let widest = i;
    let box: Element | null = button.element;
    for (let depth = 0; box && depth < BOX_DEPTH && !PAGE_PARTS.has(box.name); depth++) {
      if (i + 1 < blocks.length && contains(box, blocks[i + 1].element)) break;
      let from = i;
      let words = button.words;
      let text = false;
      while (from > 0 && i - from < BOX_BLOCKS && contains(box, blocks[from - 1].element)) {
        from--;
        words += blocks[from].words;
        text ||= blocks[from].linkDensity < OWN_TEXT_LINK_DENSITY;
      }
      if (i - from >= BOX_BLOCKS || words > BOX_WORDS) break;
      // Links and nothing else are a list of links, judged as one.
      if (from < i && !text) break;
      widest = from;
      box = parentElement(box);
    }
    for (let j = widest; j < i && widest < i; j++) boxed.add(j);
    if (widest < i) boxed.add(i);
  });
  return boxed;
}
