import type { PageBlock } from './page-blocks.ts';
import {
  isProse,
  selectBlocks,
  type Selection,
  type SelectionContext,
  type Verdict,
} from './select-blocks.ts';
import { type Element } from './page-tree.ts';

/** One story of a paste: its share of the page's blocks and the verdict on each. */
export interface Story {
  blocks: readonly PageBlock[];
  verdicts: Verdict[];
  /** The first and last block of the story's text, as indices into `blocks`. */
  span: [number, number];
  /** The story's neighbourhood (see `Selection.region`): what it left out there is reported as removed. */
  region: [number, number];
  /** The heading the story stands under, when it has one of its own. */
  headline: PageBlock | null;
  /** The `<article>` element holding the story, when there is one: its own byline and date are read from it. */
  element: Element | null;
}

// A story needs this much prose of its own; teaser cards of related stories have a line or a paragraph.
const MIN_STORY_WORDS = 80;
const MIN_STORY_PARAGRAPHS = 2;

export const HEADLINE_REASON = 'headline, kept as the title';

function proseWords(blocks: readonly PageBlock[], verdicts?: readonly Verdict[]): number {
  return blocks.reduce(
    (sum, b, i) => (isProse(b) && (!verdicts || verdicts[i] === null) ? sum + b.words : sum),
    0,
  );
}

// How far above the story's first paragraph its headline may stand (bylines, dates, a photo between).
const HEADLINE_REACH = 8;

/** Where the last heading before the story's first block stands, if nothing but furniture is between; -1 if none. */
function headlineBefore(blocks: readonly PageBlock[], first: number): number {
  for (let i = first - 1; i >= 0 && i >= first - HEADLINE_REACH; i--) {
    if (blocks[i].block.type === 'heading') return i;
    if (isProse(blocks[i])) return -1;
  }
  return -1;
}

// A deck reads as a sentence: a label or a section title over the story is shorter.
const DECK_WORDS = 10;

/**
 * Where the headline stands when the heading right above the story is its deck (a standfirst set as a
 * subheading): a sentence-long heading without links, in the story's own container, under a heading of a higher
 * rank with nothing but furniture between. -1 when it is no deck.
 */
function headlineOverDeck(blocks: readonly PageBlock[], at: number, first: number): number {
  const deck = blocks[at];
  if (deck.parent !== blocks[first].parent || deck.words < DECK_WORDS || deck.linkDensity > 0)
    return -1;
  const level = deck.block.level ?? 9;
  for (let i = at - 1; i >= 0 && i >= at - HEADLINE_REACH; i--) {
    const b = blocks[i];
    if (b.block.type === 'heading') return (b.block.level ?? 9) < level ? i : -1;
    if (isProse(b)) return -1;
  }
  return -1;
}

export function storyFrom(
  blocks: readonly PageBlock[],
  selection: Selection,
  element: Element | null,
): Story | null {
  if (!selection.span || !selection.region) return null;
  const first = selection.span[0];
  let headlineAt = headlineBefore(blocks, first);
  const verdicts = [...selection.verdicts];
  let span = selection.span;
  const over = headlineAt < 0 ? -1 : headlineOverDeck(blocks, headlineAt, first);
  // The page put its deck with the story's text: it opens the story, under the headline above it.
  if (over >= 0) {
    verdicts[headlineAt] = null;
    span = [headlineAt, span[1]];
    headlineAt = over;
  }
  const headline = headlineAt < 0 ? null : blocks[headlineAt];
  if (headline) verdicts[headlineAt] = HEADLINE_REASON;
  const region: [number, number] = [
    headline ? Math.min(selection.region[0], headlineAt) : selection.region[0],
    selection.region[1],
  ];
  return { blocks, verdicts, span, region, headline, element };
}

/**
 * Splits a copied selection that spans several stories at its headlines:
 * the headings at the level of the first story's headline (or above) each
 * start a story, provided each has prose of its own; subheadings stay in
 * their story.
 */
export function splitAtHeadlines(story: Story): Story[] {
  const level = story.headline?.block.level;
  if (!level) return [story];
  const starts = [story.span[0]];
  story.blocks.forEach((b, i) => {
    if (
      i > story.span[0] &&
      i <= story.span[1] &&
      story.verdicts[i] === null &&
      b.block.type === 'heading' &&
      (b.block.level ?? 9) <= level
    ) {
      starts.push(i);
    }
  });
  const parts: Story[] = [];
  starts.forEach((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1] - 1 : story.span[1];
    const previous = parts[parts.length - 1];
    const words = proseWords(
      story.blocks.slice(start, end + 1),
      story.verdicts.slice(start, end + 1),
    );
    if (previous && words < MIN_STORY_WORDS) {
      previous.span = [previous.span[0], end];
      return;
    }
    parts.push({
      ...story,
      span: [start, end],
      headline: k === 0 ? story.headline : story.blocks[start],
    });
  });
  if (parts.length === 1) return [story];
  return parts.map((part, k) => {
    const verdicts = story.verdicts.map((v, i) =>
      i < part.span[0] || i > part.span[1] ? 'another story of the paste' : v,
    );
    if (k > 0) verdicts[part.span[0]] = HEADLINE_REASON;
    const span: [number, number] = [k > 0 ? part.span[0] + 1 : part.span[0], part.span[1]];
    const region: [number, number] = [
      k > 0 ? part.span[0] : story.region[0],
      k < parts.length - 1 ? part.span[1] : story.region[1],
    ];
    return { ...part, verdicts, span, region };
  });
}

/** The blocks of one outermost `<article>` element. */
export interface ArticleUnit {
  element: Element;
  blocks: PageBlock[];
}

/**
 * The `<article>` elements that hold a story of their own: a heading and
 * enough prose. Teaser cards of related stories, one line each, do not.
 */
export function storyArticles(blocks: readonly PageBlock[]): ArticleUnit[] {
  const groups = new Map<Element, PageBlock[]>();
  for (const b of blocks) {
    if (!b.article) continue;
    const group = groups.get(b.article);
    if (group) group.push(b);
    else groups.set(b.article, [b]);
  }
  return [...groups]
    .filter(([, group]) => group.some((b) => b.block.type === 'heading'))
    .filter(
      ([, group]) =>
        proseWords(group) >= MIN_STORY_WORDS &&
        group.filter(isProse).length >= MIN_STORY_PARAGRAPHS,
    )
    .map(([element, group]) => ({ element, blocks: group }));
}

// The share of the story's kept words its home must hold: when no <article> holds half, they are sections of one page.
const HOME_SHARE = 0.5;

/**
 * The article element holding most of the story's text, when the story runs over several; null when none holds
 * half of it (an FAQ or a guide whose every section is an <article>: the page is one story).
 */
export function homeOf(story: Story, units: readonly ArticleUnit[]): ArticleUnit | null {
  let home: ArticleUnit | null = null;
  let best = 0;
  const total = story.blocks.reduce(
    (sum, b, i) => (story.verdicts[i] === null ? sum + b.words : sum),
    0,
  );
  for (const unit of units) {
    const members = new Set(unit.blocks);
    const words = story.blocks.reduce(
      (sum, b, i) => (story.verdicts[i] === null && members.has(b) ? sum + b.words : sum),
      0,
    );
    if (words > best) {
      home = unit;
      best = words;
    }
  }
  return best >= HOME_SHARE * total ? home : null;
}

/** Each story article the main story does not stand in, judged as a story of its own. */
export function otherArticleStories(
  units: readonly ArticleUnit[],
  main: Story | null,
  context: SelectionContext,
): Story[] {
  const mainBlocks = new Set(main ? main.blocks.filter((_, i) => main.verdicts[i] === null) : []);
  return units
    .filter((unit) => !unit.blocks.some((b) => mainBlocks.has(b)))
    .map((unit) =>
      storyFrom(
        unit.blocks,
        selectBlocks(unit.blocks, () => true, context),
        unit.element,
      ),
    )
    .filter((story): story is Story => story !== null);
}

// The share of a story's kept words the <article> holding the page's headline must hold to be the story's own.
const ARTICLE_SHARE = 1 / 3;

/**
 * When the page's headline (its first `<h1>`) stands in an `<article>` that holds a good share of the story's
 * words, what the story kept outside it (a sign-in blurb above, a licence box below) is not the story: the page
 * said where its article is.
 */
export function confineToArticle(story: Story, pageBlocks: readonly PageBlock[]): Story {
  const home = pageBlocks.find((b) => b.block.type === 'heading' && b.block.level === 1)?.article;
  if (!home) return story;
  let inside = 0;
  let total = 0;
  story.blocks.forEach((b, i) => {
    if (story.verdicts[i] !== null) return;
    total += b.words;
    if (b.article === home) inside += b.words;
  });
  if (inside === total || inside < total * ARTICLE_SHARE) return story;
  const verdicts = story.verdicts.map((v, i) =>
    v === null && story.blocks[i].article !== home ? 'outside the story’s article' : v,
  );
  return { ...story, verdicts };
}
