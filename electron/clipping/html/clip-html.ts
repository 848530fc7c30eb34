import type { ExtractedArticle } from '../../model/article.ts';
import type { OutletMemory } from '../memory/outlet-memory.ts';
import { cleanTextPaste } from '../text/clean-paste.ts';
import { describeStory } from './describe-story.ts';
import { readPageMetadata } from './metadata.ts';
import { readPageBlocks, type PageBlock } from './page-blocks.ts';
import { parsePaste, setAside } from './parse-document.ts';
import { readabilityChoice } from './readability-signal.ts';
import { pageUrl } from './safe-url.ts';
import { selectBlocks, type SelectionContext } from './select-blocks.ts';
import {
  homeOf,
  otherArticleStories,
  splitAtHeadlines,
  storyArticles,
  storyFrom,
  type Story,
} from './stories.ts';

// A few stories' worth of headings and paragraphs; a whole page runs to hundreds of blocks.
const SELECTION_BLOCKS = 120;

export interface HtmlClipOptions {
  clippedAt: Date;
  /** The text flavour of the same paste, for when the HTML has no structure to use. */
  text?: string;
  /** The address of the page the paste came from, when the caller knows it: relative links resolve against it. */
  url?: string;
  /** What the library learnt of outlets' boilerplate; the engine works without it. */
  memory?: OutletMemory;
  /** The paste's outlet, when the caller knows it; else the memory may recognise it. */
  outlet?: string;
  /** Receives one line per block of the page: kept (+) or left out (-) and why. */
  debug?: (line: string) => void;
}

/**
 * Turns the HTML flavour of a paste into the articles it holds, main story
 * first. A whole page and a copied selection go the same way: the page is
 * read into blocks, Readability's article and the signals of page furniture
 * decide which make the story, and pages holding several stories give one
 * article each. HTML without structure goes to the text engine.
 */
export function clipHtml(html: string, options: HtmlClipOptions): ExtractedArticle[] {
  const parsed = parsePaste(html);
  if (!parsed) return clipAsText(options.text ?? '', options);
  const { document, isFragment } = parsed;
  const page = readPageMetadata(
    document,
    options.clippedAt,
    parsed.sourceUrl ?? options.url ?? null,
  );
  const declaredBase = document.head.querySelector('base[href]')?.getAttribute('href');
  const base = pageUrl(declaredBase, page.url) ?? pageUrl(page.url);
  setAside(parsed);
  const blocks = readPageBlocks(document.body, base);
  // Text outside any block element (a span, lines parted by <br>) has no structure to go by.
  const bare = blocks.every((b) => b.element === document.body);
  if (isFragment && bare) return clipAsText(options.text || derivedText(blocks), options);

  // A short selection without menus, headers or footers is what the person chose to keep: all of it is a
  // candidate. A select-all copy is a fragment too, but as long as a page, and read like one.
  const deliberate =
    isFragment &&
    blocks.length <= SELECTION_BLOCKS &&
    !parsed.hasPageChrome &&
    !blocks.some((b) => b.landmark);
  const choice = deliberate ? null : readabilityChoice(document);
  const chooseAll = !choice || choice.keys.size === 0;
  const isChosen = chooseAll ? () => true : (b: PageBlock) => choice.keys.has(b.key);
  const context = memoryContext(blocks, page.source, options);
  const units = storyArticles(blocks);
  let main = storyFrom(blocks, selectBlocks(blocks, isChosen, context), null);
  // Readability takes sibling stories in with the main one; on a page of several, the main story is one of them.
  const home = main && units.length > 1 ? homeOf(main, units) : null;
  if (home)
    main = storyFrom(home.blocks, selectBlocks(home.blocks, isChosen, context), home.element);
  const stories: Story[] = main ? (deliberate ? splitAtHeadlines(main) : [main]) : [];
  stories.push(...otherArticleStories(units, main, context));
  if (options.debug) traceDecisions(blocks, stories, choice?.keys ?? new Set(), options.debug);
  if (stories.length === 0) return clipAsText(options.text || derivedText(blocks), options);

  return stories.map((story, i) =>
    describeStory(story, {
      page,
      isMain: i === 0,
      pageTitleFirst: !isFragment,
      readabilityByline: choice?.byline ?? null,
      clippedAt: options.clippedAt,
    }),
  );
}

/** The library's memory of the paste's outlet: named by the caller, recognised by the memory, or the page's own name. */
function memoryContext(
  blocks: readonly PageBlock[],
  pageSource: string | null,
  options: HtmlClipOptions,
): SelectionContext {
  const { memory } = options;
  if (!memory) return {};
  const outlet = options.outlet ?? memory.recognise(blocks.map((b) => b.block.text)) ?? pageSource;
  return outlet ? { boilerplate: (text) => memory.boilerplate(outlet, text) } : {};
}

function derivedText(blocks: readonly PageBlock[]): string {
  return blocks.map((b) => b.block.text).join('\n');
}

function clipAsText(text: string, options: HtmlClipOptions): ExtractedArticle[] {
  return text.trim() ? cleanTextPaste(text, options) : [];
}

/**
 * One line per block of the page: "+2" when kept in the second article, " -" and the reason when left out,
 * then the signals it carried (Readability's choice, a landmark, a class-name hint) and its text.
 */
function traceDecisions(
  blocks: readonly PageBlock[],
  stories: readonly Story[],
  chosen: ReadonlySet<string>,
  debug: (line: string) => void,
): void {
  const decisions = new Map<PageBlock, { story: number; verdict: string | null }>();
  stories.forEach((story, s) =>
    story.blocks.forEach((b, i) => {
      const known = decisions.get(b);
      if (!known || (known.verdict !== null && story.verdicts[i] === null))
        decisions.set(b, { story: s, verdict: story.verdicts[i] });
    }),
  );
  for (const b of blocks) {
    const decision = decisions.get(b);
    const kept = decision?.verdict === null;
    const mark = kept ? `+${decision.story + 1}` : ' -';
    const why = kept ? '' : `[${decision?.verdict ?? 'not part of any story'}] `;
    const signals = [
      chosen.has(b.key) && 'readability',
      b.landmark && 'landmark',
      b.hint && `class:${b.hint}`,
    ].filter(Boolean);
    const shown = signals.length ? `{${signals.join(',')}} ` : '';
    debug(
      `${mark} ${b.block.type.padEnd(12)} ${why}${shown}${JSON.stringify(b.block.text.slice(0, 100))}`,
    );
  }
}
