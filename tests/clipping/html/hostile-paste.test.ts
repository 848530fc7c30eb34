import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clipHtml } from '../../../electron/clipping/html/clip-html.ts';
import { MAX_DATA_IMAGE_BYTES } from '../../../electron/clipping/html/safe-url.ts';
import { storyText, type ExtractedArticle } from '../../../electron/model/article.ts';

const hostile = readFileSync(new URL('../../fixtures/hostile-paste.html', import.meta.url), 'utf8');
const clippedAt = new Date('2025-07-23T10:00:00Z');

function everyLinkAndImage(articles: ExtractedArticle[]) {
  const blocks = articles.flatMap((a) => a.blocks);
  return {
    hrefs: blocks
      .flatMap((b) => b.marks ?? [])
      .filter((m) => m.kind === 'link')
      .map((m) => m.href),
    srcs: blocks.filter((b) => b.src !== undefined).map((b) => b.src as string),
  };
}

describe('a hostile paste', () => {
  const articles = clipHtml(hostile, { clippedAt });
  const json = JSON.stringify(articles);

  it('still yields the story', () => {
    expect(articles).toHaveLength(1);
    expect(articles[0].title).toBe('Harbour reopens after the storm');
    expect(storyText(articles[0].blocks)).toContain(
      'The harbour at Westport reopened on Friday morning',
    );
    expect(storyText(articles[0].blocks)).toContain('traders will sell from tents on the quay');
  });

  it('keeps no script, handler, frame, form, refresh or style of any kind', () => {
    for (const needle of [
      'alert',
      'javascript',
      'vbscript',
      'script',
      'onerror',
      'onload',
      'onclick',
      'iframe',
      'srcdoc',
      'refresh',
      'url(',
      'evil.example',
      'svg',
      '<',
      'noscript',
      'fallback',
      'textarea',
      'option',
    ]) {
      expect(json.toLowerCase(), needle).not.toContain(needle);
    }
  });

  it('keeps the text of unsafe links without their target, and safe links with theirs', () => {
    const text = storyText(articles[0].blocks);
    expect(text).toContain('Harbour master Per Olsen said');
    expect(text).toContain('some crews stayed to repair their nets and engines');
    expect(everyLinkAndImage(articles).hrefs).toEqual([
      'https://coast-herald.example/council',
      'mailto:desk@coast-herald.example',
    ]);
  });

  it('keeps a small raster data: image, and neither SVG nor oversized ones', () => {
    const { srcs } = everyLinkAndImage(articles);
    expect(srcs).toHaveLength(1);
    expect(srcs[0]).toMatch(/^data:image\/png;base64,/);
    expect(srcs[0].length).toBeLessThan(MAX_DATA_IMAGE_BYTES);
    expect(articles[0].blocks.find((b) => b.type === 'image' && !b.src)?.text).toBe(
      'Boats back in the harbour',
    );
  });

  it('ignores a javascript: <base> and page address', () => {
    expect(articles[0].url).toBeNull();
  });
});
