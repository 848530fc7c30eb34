import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readabilityShortcuts } from '../../../electron/clipping/html/readability-shortcuts.ts';
import { STORY_PARAGRAPHS, STORY_TITLE, wholePage } from './sample-pages.ts';

const paragraphs = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

// What the shortcuts stand in for: type names in any case (Readability creates "P" and "SPAN"), bylines found
// by rel, itemprop and class, elements hidden by style, attribute or aria-hidden, a template's content.
const PAGES = {
  'a whole page': wholePage(),
  'hidden parts and bylines': `<!DOCTYPE html><html><head><title>${STORY_TITLE}</title></head><body>
    <div class="story"><h1>${STORY_TITLE}</h1>
      <div style="display: none"><p>${STORY_PARAGRAPHS[4]} Hidden by style.</p></div>
      <div style="color: red; visibility:hidden"><p>${STORY_PARAGRAPHS[3]} Hidden from view.</p></div>
      <div hidden><p>${STORY_PARAGRAPHS[2]} Hidden by attribute.</p></div>
      <div aria-hidden="true"><p>${STORY_PARAGRAPHS[1]} Hidden from readers.</p></div>
      <div aria-hidden="true" class="fallback-image"><p>A formula kept for its picture.</p></div>
      <span class="meta-author">Ann Example</span>
      <div>${paragraphs}<div>Text in a div<br><br>that becomes paragraphs, <font>in a font</font>.</div></div>
      <template><p>${STORY_PARAGRAPHS[0]} In a template.</p></template>
    </div></body></html>`,
  'a byline by markup': `<!DOCTYPE html><html><body><article><a rel="author" href="/ann">Ann Example</a>
    <p itemprop="author"><span itemprop="name">Ann</span> Example</p>${paragraphs}</article></body></html>`,
  'too short for a first try': `<!DOCTYPE html><html><body><div class="comments"><p>${STORY_PARAGRAPHS[0]}</p></div>
    <ul><li>${STORY_PARAGRAPHS[1]}</li><li>one</li></ul><table><tr><td>${STORY_PARAGRAPHS[2]}</td></tr></table></body></html>`,
};

function read(html: string, shortcuts: boolean) {
  const { document } = parseHTML(html);
  const reader = new Readability(document as unknown as Document);
  if (shortcuts) readabilityShortcuts(reader);
  return reader.parse();
}

describe("Readability's shortcuts", () => {
  for (const [name, html] of Object.entries(PAGES))
    it(`give Readability's own answer on ${name}`, () => {
      const own = read(html, false);
      expect(own?.textContent).toBeTruthy();
      expect(read(html, true)).toEqual(own);
    });

  it('find elements by type in any case and in page order, as querySelectorAll does', () => {
    const { document } = parseHTML(
      `<html><body><div><p>One</p><ul><li>Two</li></ul></div><template><p>Not shown</p></template></body></html>`,
    );
    // Readability creates elements in capitals ("P", "SPAN"): linkedom keeps that case.
    document
      .querySelector('li')!
      .append(document.createElement('P'), document.createElement('SPAN'));
    const reader = new Readability(document as unknown as Document);
    readabilityShortcuts(reader);
    const { _getAllNodesWithTag: byTag } = reader as unknown as {
      _getAllNodesWithTag(node: ParentNode, tags: string[]): Element[];
    };
    for (const tags of [['p'], ['SPAN', 'LI', 'P'], ['ul', 'span']])
      expect([...byTag(document.body as unknown as ParentNode, tags)]).toEqual([
        ...document.body.querySelectorAll(tags.join(',')),
      ]);
  });
});
