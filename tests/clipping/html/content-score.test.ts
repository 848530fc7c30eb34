import { getOuterHTML } from 'domutils';
import { describe, expect, it } from 'vitest';
import { chooseContent } from '../../../electron/clipping/html/content-score.ts';
import { readPageBlocks } from '../../../electron/clipping/html/page-blocks.ts';
import { parsePaste } from '../../../electron/clipping/html/parse-document.ts';
import type { Element } from '../../../electron/clipping/html/page-tree.ts';
import type { Extent } from '../../../electron/clipping/html/to-blocks.ts';
import { STORY_PARAGRAPHS } from './sample-pages.ts';

/** The texts the scoring takes for the article, and the page's markup before and after. */
function choose(body: string, title: string | null = null) {
  const parsed = parsePaste(`<!DOCTYPE html><html><head></head><body>${body}</body></html>`);
  if (!parsed) throw new Error('unparsable test page');
  const before = getOuterHTML(parsed.body);
  const extents = new Map<Element, Extent>();
  const blocks = readPageBlocks(parsed.body, null, extents);
  const chosen = chooseContent(blocks, extents, title);
  return {
    texts: blocks.filter((_, i) => chosen[i]).map((b) => b.block.text),
    unchanged: getOuterHTML(parsed.body) === before,
  };
}

const story = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
const links = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/s/${i}">Other story number ${i}</a></li>`,
  ).join('');

describe('chooseContent', () => {
  it('takes the container of the prose, not the menus, link lists and comments around it', () => {
    const { texts, unchanged } = choose(
      `<div class="menu"><ul>${links(6)}</ul></div>
       <div class="main-column"><div class="story-body">${story}</div>
         <div class="more"><ul>${links(8)}</ul></div></div>
       <div class="comments"><p>Great article, thanks, I agree with every word of it, truly.</p></div>`,
    );
    expect(texts).toEqual(STORY_PARAGRAPHS);
    expect(unchanged).toBe(true);
  });

  it('takes a paragraph beside the best container, and leaves a heading repeating the title', () => {
    const aside = 'A lone paragraph set beside the body of the story, long enough to belong to it.';
    const { texts } = choose(
      `<div class="wrap"><h1>Dam gives way above Lindholm</h1><p>${aside}</p><div class="body">${story}</div></div>`,
      'Dam gives way above Lindholm',
    );
    expect(texts).toEqual([aside, ...STORY_PARAGRAPHS]);
  });

  it('tries again with fewer rules when the first article is short', () => {
    // Every paragraph stands in a container named like a comment thread: the first pass strips them all.
    const { texts } = choose(`<div class="comment-thread">${story}</div>`);
    expect(texts).toEqual(STORY_PARAGRAPHS);
  });
});
