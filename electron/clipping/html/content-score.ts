import type { PageBlock } from './page-blocks.ts';
import { cleanArticle, hasBlockInside, ownText } from './content-clean.ts';
import { readNames, type Names } from './readability-names.ts';
import type { Extent } from './to-blocks.ts';
import {
  attribute,
  bodyOf,
  elementChildren,
  rootElement,
  parentElement,
  firstElementChild,
  lastElementChild,
  nextElementSibling,
  type Element,
} from './page-tree.ts';

const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;
const SCORED = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
const TAG_SCORE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};
const MIN_SCORED_CHARS = 25;
const ANCESTOR_LEVELS = 5;
const TOP_CANDIDATES = 5;
const ARTICLE_CHARS = 500;
const BYLINE_CHARS = 100;

interface Flags {
  stripUnlikely: boolean;
  weighClasses: boolean;
  clean: boolean;
}

const PASSES: Flags[] = [
  { stripUnlikely: true, weighClasses: true, clean: true },
  { stripUnlikely: false, weighClasses: true, clean: true },
  { stripUnlikely: false, weighClasses: false, clean: true },
  { stripUnlikely: false, weighClasses: false, clean: false },
];

/**
 * Which of the page's blocks make its article (one flag per block), by Readability's method: paragraphs scored by
 * their commas and length, the score handed up to their containers, the best container and its worthy siblings
 * taken, containers that look like furniture cleaned out of it. It runs over the blocks already read, with each
 * element's extent among them: the DOM is neither cloned nor changed and no subtree is walked again. When the
 * article is short, Readability starts again on a fresh copy of the page with fewer rules; here each retry is one
 * more pass over the blocks, and the longest result stands when none is long enough.
 */
export function chooseContent(
  blocks: readonly PageBlock[],
  extents: ReadonlyMap<Element, Extent>,
  title: string | null,
): boolean[] {
  const names = new Map<Element, Names>();
  const namesOf = (element: Element): Names => {
    let known = names.get(element);
    if (!known) {
      known = readNames(element);
      names.set(element, known);
    }
    return known;
  };
  const text = blocks.map((b) => (b.block.type === 'image' ? 0 : b.block.text.length));
  const commas = blocks.map((b) => b.block.text.match(COMMAS)?.length ?? 0);
  const links = blocks.map((b) => (b.block.type === 'image' ? 0 : b.linkChars));
  let best: { chosen: boolean[]; chars: number } | null = null;
  for (const flags of PASSES) {
    const chosen = onePass(blocks, extents, namesOf, { text, links, commas, title }, flags);
    let chars = 0;
    for (let i = 0; i < blocks.length; i++) if (chosen[i]) chars += text[i];
    if (chars >= ARTICLE_CHARS) return chosen;
    if (!best || chars > best.chars) best = { chosen, chars };
  }
  return best!.chosen;
}

/** Per block: characters of text, of them inside links, and commas. */
interface Measures {
  text: readonly number[];
  links: readonly number[];
  commas: readonly number[];
  /** The page's title, whose repetition as a heading Readability leaves out. */
  title: string | null;
}

function onePass(
  blocks: readonly PageBlock[],
  extents: ReadonlyMap<Element, Extent>,
  namesOf: (element: Element) => Names,
  { text, links, commas, title }: Measures,
  flags: Flags,
): boolean[] {
  // Elements Readability would have taken out of the page before scoring, and the blocks inside them.
  const removed = new Map<Element, boolean>();
  // Readability scores a section as one paragraph of all its text, besides the paragraphs in it.
  const sections: Element[] = [];
  const isRemoved = (element: Element): boolean => {
    const chain: Element[] = [];
    let answer = false;
    for (let node: Element | null = element; node; node = parentElement(node)) {
      const known = removed.get(node);
      if (known !== undefined) {
        answer = known;
        break;
      }
      chain.push(node);
      const own = namesOf(node);
      if (own.modal || (flags.stripUnlikely && own.unlikely)) {
        answer = true;
        break;
      }
    }
    // Every element passed on the way up stands inside the answer's element, or under none.
    for (const node of chain) {
      removed.set(node, answer);
      if (!answer && node.name === 'section') sections.push(node);
    }
    return answer;
  };
  // Readability tests the root's names too: a root named like furniture leaves it nothing to score, and it takes
  // the whole body.
  const root = blocks[0] && rootElement(blocks[0].element);
  const rootless = !!root && flags.stripUnlikely && namesOf(root).unlikely;
  const alive = blocks.map((b) => rootless || !isRemoved(b.element));
  // Readability takes the page's first byline and its first heading repeating the title out of the article.
  const repeated = title ? blocks.findIndex((b, i) => alive[i] && repeatsTitle(b, title)) : -1;
  if (repeated >= 0) alive[repeated] = false;
  const byline = blocks.findIndex(
    (b, i) => alive[i] && namesOf(b.element).byline && b.key.trim().length < BYLINE_CHARS,
  );
  for (
    let i = byline;
    i >= 0 && i < blocks.length && blocks[i].element === blocks[byline].element;
    i++
  )
    alive[i] = false;
  // Prefix sums of the text and link characters of the blocks still in the page.
  const chars = new Float64Array(blocks.length + 1);
  const linked = new Float64Array(blocks.length + 1);
  const commaSums = new Float64Array(blocks.length + 1);
  for (let i = 0; i < blocks.length; i++) {
    chars[i + 1] = chars[i] + (alive[i] ? text[i] : 0);
    linked[i + 1] = linked[i] + (alive[i] ? links[i] : 0);
    commaSums[i + 1] = commaSums[i] + (alive[i] ? commas[i] : 0);
  }
  const charsIn = (e: Extent) => chars[e.end] - chars[e.first];
  const linkDensity = (e: Extent) => {
    const all = charsIn(e);
    return all ? (linked[e.end] - linked[e.first]) / all : 0;
  };

  const scores = new Map<Element, number>();
  const weightOf = (element: Element) => (flags.weighClasses ? namesOf(element).weight : 0);
  const hand = (first: Element, length: number, commaCount: number) => {
    const score = 2 + commaCount + Math.min(Math.floor(length / 100), 3);
    let level = 0;
    for (
      let node: Element | null = first;
      node && level < ANCESTOR_LEVELS;
      node = parentElement(node), level++
    ) {
      // The root has no element above it: no candidate.
      if (!parentElement(node)) break;
      let current = scores.get(node);
      if (current === undefined) current = (TAG_SCORE[node.name] ?? 0) + weightOf(node);
      scores.set(node, current + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
    }
  };
  blocks.forEach((b, i) => {
    // A table of data scores by its cells, which are short.
    const { type } = b.block;
    if (!alive[i] || text[i] < MIN_SCORED_CHARS || type === 'image' || type === 'table') return;
    const first = scoredParent(b.element, extents, linkDensity);
    if (first) hand(first, text[i], commas[i]);
  });
  for (const section of sections) {
    const extent = extents.get(section);
    const length = extent ? charsIn(extent) : 0;
    const parent = parentElement(section);
    if (extent && length >= MIN_SCORED_CHARS && parent)
      hand(parent, length, commaSums[extent.end] - commaSums[extent.first]);
  }

  const top: [Element, number][] = [];
  for (const [element, raw] of scores) {
    const extent = extents.get(element);
    const score = raw * (1 - (extent ? linkDensity(extent) : 0));
    scores.set(element, score);
    let at = top.findIndex(([, s]) => score > s);
    if (at < 0) at = top.length;
    if (at < TOP_CANDIDATES) {
      top.splice(at, 0, [element, score]);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
  }
  const body = blocks[0] && bodyOf(blocks[0].element);
  if (rootless || top.length === 0 || top[0][0].name === 'body') {
    // No container stands out: the whole page is the article, cleaned.
    const chosen = alive.slice();
    const roots = body ? elementChildren(body) : [];
    if (flags.clean && body)
      cleanArticle(blocks, extents, roots, chosen, { text, links }, namesOf, flags.weighClasses);
    return chosen;
  }

  let candidate = betterAncestor(top);
  // A parent scoring better than its child, a few levels up, holds more of the story.
  let score = scores.get(candidate) ?? 0;
  const threshold = score / 3;
  for (let parent = parentElement(candidate); parent && parent.name !== 'body';) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) {
      parent = parentElement(parent);
      continue;
    }
    if (parentScore < threshold) break;
    if (parentScore > score) {
      candidate = parent;
      break;
    }
    score = parentScore;
    parent = parentElement(parent);
  }
  // An only child gives way to its parent, whose siblings may hold the rest of the story.
  for (
    let up = parentElement(candidate);
    up && up.name !== 'body' && childrenInPage(up, isRemoved).length === 1;
    up = parentElement(candidate)
  )
    candidate = up;

  const chosen = blocks.map(() => false);
  const parent = parentElement(candidate);
  const siblings = parent ? childrenInPage(parent, isRemoved) : [candidate];
  const topScore = scores.get(candidate) ?? (TAG_SCORE[candidate.name] ?? 0) + weightOf(candidate);
  const siblingThreshold = Math.max(10, topScore * 0.2);
  const className = attribute(candidate, 'class') ?? '';
  const roots: Element[] = [];
  for (const sibling of siblings) {
    const extent = extents.get(sibling);
    if (!extent) continue;
    let append = sibling === candidate;
    if (!append) {
      const bonus = className && attribute(sibling, 'class') === className ? topScore * 0.2 : 0;
      const own = scores.get(sibling);
      if (own !== undefined && own + bonus >= siblingThreshold) append = true;
      else if (isParagraph(sibling, extent, blocks)) {
        const density = linkDensity(extent);
        const length = charsIn(extent);
        const content = blocksText(blocks, extent, alive);
        append =
          (length > 80 && density < 0.25) ||
          (length < 80 && length > 0 && density === 0 && /\.( |$)/.test(content));
      }
    }
    if (!append) continue;
    roots.push(sibling);
    for (let i = extent.first; i < extent.end; i++) chosen[i] = alive[i];
  }
  if (flags.clean)
    cleanArticle(blocks, extents, roots, chosen, { text, links }, namesOf, flags.weighClasses);
  return chosen;
}

/**
 * The element a block's score goes to first: the paragraph holding it (a `<div>` with no block inside reads as
 * one), else the element the text stands loose in, which Readability wraps in a paragraph of its own. A `<div>`
 * holding a lone paragraph and no text of its own is passed over, as Readability unwraps it.
 */
function scoredParent(
  element: Element,
  extents: ReadonlyMap<Element, Extent>,
  linkDensity: (e: Extent) => number,
): Element | null {
  const tag = element.name;
  if (tag === 'h1' || tag === 'li' || tag === 'th') return null;
  if (!SCORED.has(tag) && tag !== 'div' && tag !== 'tr') return element;
  let parent = parentElement(element);
  if (tag === 'p' && parent?.name === 'div' && elementChildren(parent).length === 1) {
    const extent = extents.get(parent);
    if (extent && linkDensity(extent) < 0.25 && !ownText(parent)) parent = parentElement(parent);
  }
  if (tag === 'div' && hasBlockInside(element, extents)) return element;
  return parent;
}

function isParagraph(element: Element, extent: Extent, blocks: readonly PageBlock[]): boolean {
  const tag = element.name;
  if (tag === 'p') return true;
  if (tag !== 'div') return false;
  // Readability unwraps a division holding a lone paragraph.
  const only = firstElementChild(element);
  if (only && only === lastElementChild(element) && only.name === 'p' && !ownText(element))
    return true;
  for (let i = extent.first; i < extent.end; i++) if (blocks[i].element !== element) return false;
  return extent.images === 0;
}

function blocksText(
  blocks: readonly PageBlock[],
  extent: Extent,
  alive: readonly boolean[],
): string {
  let out = '';
  for (let i = extent.first; i < extent.end; i++) if (alive[i]) out += blocks[i].block.text + ' ';
  return out.trim();
}

function childrenInPage(parent: Element, isRemoved: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  for (let child = firstElementChild(parent); child; child = nextElementSibling(child))
    if (!isRemoved(child)) out.push(child);
  return out;
}

/**
 * When three of the other top candidates score near the best and stand in one container, that container holds
 * the story: the best alone is one part of it.
 */
function betterAncestor(top: readonly [Element, number][]): Element {
  const [best, bestScore] = top[0];
  const near = top.slice(1).filter(([, s]) => s / bestScore >= 0.75);
  if (near.length < 3) return best;
  const ancestorsOf = near.map(([e]) => {
    const set = new Set<Element>();
    for (let node = parentElement(e); node; node = parentElement(node)) set.add(node);
    return set;
  });
  for (let node = parentElement(best); node && node.name !== 'body'; node = parentElement(node)) {
    if (ancestorsOf.filter((set) => set.has(node)).length >= 3) return node;
  }
  return best;
}

/** Readability's `_headerDuplicatesTitle`: an `<h1>` or `<h2>` with few words the title lacks. */
function repeatsTitle(block: PageBlock, title: string): boolean {
  const tag = block.element.name;
  if (tag !== 'h1' && tag !== 'h2') return false;
  const words = (text: string) => text.toLowerCase().split(/\W+/).filter(Boolean);
  const inTitle = words(title);
  const heading = words(block.block.text);
  if (!inTitle.length || !heading.length) return false;
  const own = heading.filter((w) => !inTitle.includes(w));
  return 1 - own.join(' ').length / heading.join(' ').length > 0.75;
}
