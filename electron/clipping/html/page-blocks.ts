import { actionBoxes } from './action-boxes.ts';
import { fieldBoxes } from './field-boxes.ts';
import { elementToBlocks, type Extent, type SourcedBlock } from './to-blocks.ts';
import { attribute, parentElement, type Element } from './page-tree.ts';

/** What a class or id says the block is, read from the block's element and its near ancestors. */
export type ClassHint = 'furniture' | 'byline' | 'caption' | null;

/** A block of the whole page with the facts about its place in the DOM, read before anything moves nodes. */
export interface PageBlock extends SourcedBlock {
  index: number;
  /** The text with spaces collapsed: how blocks are matched and counted. */
  key: string;
  /** See `countWords`. */
  words: number;
  linkDensity: number;
  /** Inside `<nav>`, the page's `<header>`, `<footer>`, `<aside>` or their ARIA roles: page furniture by declaration. */
  landmark: boolean;
  hint: ClassHint;
  /** The outermost `<article>` it stands in, if any: the unit of a story on pages that hold several. */
  article: Element | null;
  /**
   * Inside a `<form>` holding a small part of the page: a login box, a newsletter sign-up, a comment form. (Some
   * sites wrap the whole page in one form, which says nothing.)
   */
  inForm: boolean;
  /** The element holding the block's element, as the page had it (read once, in page order). */
  parent: Element | null;
  /** Part of a small box ending on a button: a sign-up, a teaser card (see `action-boxes.ts`). */
  inActionBox: boolean;
}

const LANDMARK_TAGS = new Set(['nav', 'header', 'footer', 'aside']);
// A <header> inside these heads the article or section (its headline and standfirst), not the page: no banner.
const SECTIONING = new Set(['article', 'main', 'section']);
const LANDMARK_ROLES = /^(navigation|banner|contentinfo|complementary|search|menu|menubar)$/i;

// Weak: a class name is a guess by the page's author about its own layout, so it only tips short blocks.
const FURNITURE_CLASS =
  /(?:^|[-_\s])(?:related|share|sharing|social|promo|newsletter|subscribe|subscription|signup|comments?|footer|sidebar|widget|advert|ads?|sponsored|sponsor|recommend\w*|popular|trending|most-?read|tags|breadcrumbs?|pagination|pager|cookie|consent|outbrain|taboola|author-?bio|bio)(?:$|[-_\s])/i;
const BYLINE_CLASS =
  /byline|author|dateline|timestamp|publish|posted|(?:^|[-_\s])date(?:$|[-_\s])/i;
const CAPTION_CLASS = /caption|credit|(?:^|[-_\s])(?:photo|image|img)-?(?:info|source|courtesy)/i;

const HINT_DEPTH = 2;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_ALL = new RegExp(CJK.source, 'gu');

/** Whitespace-separated words, counting two characters of Chinese, Japanese or Korean as one. */
export function countWords(text: string): number {
  if (CJK.test(text)) {
    const cjk = text.match(CJK_ALL)?.length ?? 0;
    return countWords(text.replace(CJK_ALL, ' ')) + Math.ceil(cjk / 2);
  }
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code <= 32 || code === 0xa0 || code === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

// Classes on these describe a whole page or story ("post author-jane status-publish"), never one block.
const HINT_STOP = new Set(['article', 'main', 'body', 'html']);

function classHint(element: Element): ClassHint {
  let node: Element | null = element;
  for (
    let depth = 0;
    node && depth <= HINT_DEPTH && !HINT_STOP.has(node.name);
    depth++, node = parentElement(node)
  ) {
    const names = `${attribute(node, 'class') ?? ''} ${attribute(node, 'id') ?? ''}`;
    if (names.length < 2) continue;
    if (CAPTION_CLASS.test(names)) return 'caption';
    if (BYLINE_CLASS.test(names)) return 'byline';
    if (FURNITURE_CLASS.test(names)) return 'furniture';
  }
  return null;
}

interface Ancestry {
  landmark: boolean;
  sectioned: boolean;
  article: Element | null;
  form: Element | null;
}

/** Where an element stands, read up its ancestors until one already known, without recursion. */
function ancestry(element: Element, cache: Map<Element, Ancestry>): Ancestry {
  const unknown: Element[] = [];
  let node: Element | null = element;
  let outer: Ancestry = { landmark: false, sectioned: false, article: null, form: null };
  for (; node; node = parentElement(node)) {
    const known = cache.get(node);
    if (known) {
      outer = known;
      break;
    }
    unknown.push(node);
  }
  for (let i = unknown.length - 1; i >= 0; i--) {
    const tag = unknown[i].name;
    const role = attribute(unknown[i], 'role');
    const articleHeader = tag === 'header' && outer.sectioned;
    outer = {
      landmark:
        outer.landmark ||
        (LANDMARK_TAGS.has(tag) && !articleHeader) ||
        (role !== null && LANDMARK_ROLES.test(role)),
      sectioned: outer.sectioned || SECTIONING.has(tag),
      article: outer.article ?? (tag === 'article' ? unknown[i] : null),
      form: outer.form ?? (tag === 'form' ? unknown[i] : null),
    };
    cache.set(unknown[i], outer);
  }
  return outer;
}

// A form holding less than this share of the page's words is a part of it (a login box), not its wrapper.
const FORM_SHARE = 0.5;

/**
 * Reads every block of the page with its DOM facts, boxes included. Fills `extents` (see `Extent`) when given;
 * with them, blocks around the text fields `fieldHolders` hold count as a form (see `fieldBoxes`).
 */
export function readPageBlocks(
  root: Element,
  base: URL | null,
  extents?: Map<Element, Extent>,
  fieldHolders: readonly Element[] = [],
): PageBlock[] {
  const cache = new Map<Element, Ancestry>();
  const forms = new Map<Element, number>();
  let total = 0;
  // Fields spelled out rather than spread: spreading thousands of blocks was the costliest line of the engine.
  const blocks = elementToBlocks(root, { base, extents }).map(
    ({ block, element, linkChars }, index) => {
      const place = ancestry(element, cache);
      const words = countWords(block.text);
      total += words;
      if (place.form) forms.set(place.form, (forms.get(place.form) ?? 0) + words);
      return {
        block,
        element,
        linkChars,
        index,
        key: block.text.replace(/\s+/g, ' '),
        words,
        linkDensity: block.text.length ? linkChars / block.text.length : 0,
        landmark: place.landmark,
        article: place.article,
        inForm: place.form !== null,
        parent: parentElement(element),
        hint: classHint(element),
        inActionBox: false,
      };
    },
  );
  for (const i of actionBoxes(blocks)) blocks[i].inActionBox = true;
  if (forms.size > 0)
    for (const b of blocks)
      if (b.inForm) b.inForm = forms.get(ancestry(b.element, cache).form!)! < FORM_SHARE * total;
  if (extents) for (const i of fieldBoxes(blocks, fieldHolders, extents)) blocks[i].inForm = true;
  return blocks;
}
