import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { capNesting, MAX_NESTING } from '../../../electron/clipping/html/cap-nesting.ts';
import { clipHtml } from '../../../electron/clipping/html/clip-html.ts';
import { textOfHtml } from '../../../electron/files/html-text.ts';
import { storyText } from '../../../electron/model/article.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');
const FIRST =
  'The council voted on Tuesday to keep the library open through the winter, after a petition signed by two thousand residents.';
const SECOND =
  'The library will open its reading room on Sundays as well, and the council will look again at its budget in the spring.';

const nested = (depth: number, inner = `<p>${FIRST}</p><p>${SECOND}</p>`) =>
  `<!DOCTYPE html><html lang="en"><head><title>Library stays open</title></head><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}<p>After the nest.</p></body></html>`;

/** How deep elements that hold others nest (a line break may stand inside the deepest of them). */
function depthOf(html: string): number {
  const { document } = parseHTML(html);
  let deepest = 0;
  const pending: [Element, number][] = [[document.documentElement as unknown as Element, 1]];
  while (pending.length) {
    const [element, depth] = pending.pop() as [Element, number];
    if (element.firstChild) deepest = Math.max(deepest, depth);
    for (let child = element.firstElementChild; child; child = child.nextElementSibling)
      pending.push([child, depth + 1]);
  }
  return deepest;
}

describe('deeply nested HTML', () => {
  it('keeps the text of a paste 100,000 elements deep', () => {
    const [article] = clipHtml(nested(100_000), { clippedAt });
    expect(storyText(article.blocks)).toContain(FIRST);
    expect(storyText(article.blocks)).toContain(SECOND);
  });

  it('reads the same file as an import without overflowing the stack', () => {
    const text = textOfHtml(nested(100_000));
    expect(text.split('\n')).toEqual([FIRST, SECOND, 'After the nest.']);
  });

  it('flattens what lies below the limit into one level, keeping paragraphs apart and the page after it', () => {
    const capped = capNesting(nested(5_000));
    expect(depthOf(capped)).toBeLessThanOrEqual(MAX_NESTING);
    expect(textOfHtml(capped).split('\n')).toEqual(textOfHtml(nested(5_000)).split('\n'));
  });

  it('leaves a page within the limit exactly as it was', () => {
    const page = nested(MAX_NESTING - 10, '<p>one<p>two<li>three<li>four<br/><img src=x>');
    expect(capNesting(page)).toBe(page);
  });

  it('counts depth as the parser does: unclosed paragraphs and list items do not nest', () => {
    const page = `<html><body><ul>${'<li>item'.repeat(5 * MAX_NESTING)}</ul>${'<p>para'.repeat(5 * MAX_NESTING)}</body></html>`;
    expect(capNesting(page)).toBe(page);
  });

  it('drops a script standing below the limit with its code, never showing it as text', () => {
    const page = nested(MAX_NESTING + 50, `<script>alert("x<div>")</script><p>${FIRST}</p>`);
    const capped = capNesting(page);
    expect(capped).not.toContain('alert');
    expect(textOfHtml(capped)).toContain(FIRST);
  });

  it('gives the later stages a document that no longer grows with the nesting', () => {
    const small = capNesting(nested(20_000));
    const large = capNesting(nested(40_000));
    expect(large.length).toBe(small.length);
    expect(depthOf(large)).toBeLessThanOrEqual(MAX_NESTING);
  });
});
