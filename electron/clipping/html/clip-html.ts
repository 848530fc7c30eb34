import type { ExtractedArticle } from '../../model/article.ts';
import type { ExtractOptions } from '../options.ts';
import { outletBoilerplate } from '../recognise/outlet-boilerplate.ts';
import { cleanTextPaste } from '../text/clean-paste.ts';
import type { TraceEntry } from '../trace.ts';
import { describeStory } from './describe-story.ts';
import { findElement } from './element-walk.ts';
import { readPageMetadata } from './metadata.ts';
import { readPageBlocks, type PageBlock } from './page-blocks.ts';
import { attribute, hasAttribute, type Element } from './page-tree.ts';
import { parsePaste, setAside } from './parse-document.ts';
import { chooseContent } from './content-score.ts';
import type { Extent } from './to-blocks.ts';
import { pageUrl } from './safe-url.ts';
import { selectBlocks, type SelectionContext } from './select-blocks.ts';
import {
  confineToArticle,
  homeOf,
  otherArticleStories,
  splitAtHeadlines,
  storyArticles,
  storyFrom,
  type Story,
} from './stories.ts';

// A few stories' worth of headings and paragraphs; a whole page runs to hundreds of blocks.
const SELECTION_BLOCKS = 120;

/**
 * Turns the HTML flavour of a paste into the articles it holds, main story
 * first. A whole page and a copied selection go the same way: the page is
 * read into blocks, the content scoring's article and the signals of page furniture
 * decide which make the story, and pages holding several stories give one
 * article each. HTML without structure goes to the text engine, with the
 * paste's text flavour (`text`) when the caller has it.
 */
export function clipHtml(html: string, options: ExtractOptions, text = ''): ExtractedArticle[] {
  const parsed = parsePaste(html);
  if (!parsed) return clipAsText(text, options);
  const { root, head, body, isFragment } = parsed;
  const page = readPageMetadata(root, options.clippedAt, parsed.sourceUrl ?? options.url ?? null);
  const baseElement = findElement(head, (e) => e.name === 'base' && hasAttribute(e, 'href'));
  const declaredBase = baseElement && attribute(baseElement, 'href');
  const base = pageUrl(declaredBase, page.url) ?? pageUrl(page.url);
  setAside(parsed);
  const extents = new Map<Element, Extent>();
  const blocks = readPageBlocks(body, base, extents, parsed.fieldHolders);
  // Text outside any block element (a span, lines parted by <br>) has no structure to go by.
  const bare = blocks.every((b) => b.element === body);
  if (isFragment && bare) return clipAsText(text || derivedText(blocks), options);

  // A short selection without menus, headers or footers is what the person chose to keep: all of it is a
  // candidate. A select-all copy is a fragment too, but as long as a page, and read like one.
  const deliberate =
    isFragment &&
    blocks.length <= SELECTION_BLOCKS &&
    !parsed.hasPageChrome &&
    !blocks.some((b) => b.landmark);
  const scored = deliberate ? null : chooseContent(blocks, extents, page.title);
  const chooseAll = !scored || !scored.some(Boolean);
  // Matched by text, as when Readability's article was matched back to the page: a paragraph the page repeats (a
  // second layout for phones, a caption beside its gallery) counts as chosen wherever it stands.
  const keys = new Set(blocks.filter((b) => scored?.[b.index]).map((b) => b.key));
  const isChosen = chooseAll ? () => true : (b: PageBlock) => keys.has(b.key);
  const { boilerplate } = outletBoilerplate(
    () => blocks.map((b) => b.block.text),
    options,
    page.source,
  );
  const context: SelectionContext = { boilerplate };
  const units = storyArticles(blocks);
  let main = storyFrom(blocks, selectBlocks(blocks, isChosen, context), null);
  // The scoring takes sibling stories in with the main one; on a page of several, the main story is one of them.
  const home = main && units.length > 1 ? homeOf(main, units) : null;
  if (home)
    main = storyFrom(home.blocks, selectBlocks(home.blocks, isChosen, context), home.element);
  if (main) main = confineToArticle(main, blocks);
  const stories: Story[] = main ? (deliberate ? splitAtHeadlines(main) : [main]) : [];
  stories.push(...otherArticleStories(units, main, context));
  options.trace?.(traceDecisions(blocks, stories, scored));
  if (stories.length === 0) return clipAsText(text || derivedText(blocks), options);

  return stories.map((story, i) =>
    describeStory(story, {
      page,
      isMain: i === 0,
      pageTitleFirst: !isFragment,
      clippedAt: options.clippedAt,
    }),
  );
}

function derivedText(blocks: readonly PageBlock[]): string {
  return blocks.map((b) => b.block.text).join('\n');
}

function clipAsText(text: string, options: ExtractOptions): ExtractedArticle[] {
  return text.trim() ? cleanTextPaste(text, options) : [];
}

/**
 * One entry per block of the page: the article it went to, or why it was left out (inside a story,
 * or outside every story), and the signals it carried (the content scoring's choice, a landmark, a class-name hint).
 */
function traceDecisions(
  blocks: readonly PageBlock[],
  stories: readonly Story[],
  scored: readonly boolean[] | null,
): TraceEntry[] {
  const decisions = new Map<PageBlock, { story: number; verdict: string | null }>();
  stories.forEach((story, s) =>
    story.blocks.forEach((b, i) => {
      const known = decisions.get(b);
      if (!known || (known.verdict !== null && story.verdicts[i] === null))
        decisions.set(b, { story: s, verdict: story.verdicts[i] });
    }),
  );
  return blocks.map((b, index): TraceEntry => {
    const decision = decisions.get(b);
    const signals = [
      scored?.[b.index] ? 'scored' : '',
      b.landmark ? 'landmark' : '',
      b.hint ? `class:${b.hint}` : '',
    ].filter(Boolean);
    const common = { index, unit: b.block.type, text: b.block.text, weight: null, signals };
    if (!decision) return { ...common, article: null, verdict: 'outside', reason: OUTSIDE };
    if (decision.verdict === null)
      return { ...common, article: decision.story, verdict: 'body', reason: 'story text' };
    return { ...common, article: decision.story, verdict: 'removed', reason: decision.verdict };
  });
}

const OUTSIDE = 'not part of any story';
