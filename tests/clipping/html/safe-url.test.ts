import { describe, expect, it } from 'vitest';
import {
  MAX_DATA_IMAGE_BYTES,
  pageUrl,
  safeDataImage,
  safeLinkUrl,
} from '../../../electron/clipping/html/safe-url.ts';

const base = new URL('https://news.example.com/world/story.html');

describe('safeLinkUrl', () => {
  it('keeps http(s) and mailto links', () => {
    expect(safeLinkUrl('https://example.org/a?b=1', null)).toBe('https://example.org/a?b=1');
    expect(safeLinkUrl('mailto:desk@example.com', null)).toBe('mailto:desk@example.com');
  });

  it('resolves relative links against the page, and drops them without one', () => {
    expect(safeLinkUrl('../sport/match.html', base)).toBe(
      'https://news.example.com/sport/match.html',
    );
    expect(safeLinkUrl('/about', base)).toBe('https://news.example.com/about');
    expect(safeLinkUrl('/about', null)).toBeNull();
  });

  it('drops script, data and other schemes, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:x',
      'vbscript:x',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      'ftp://example.org/x',
    ]) {
      expect(safeLinkUrl(href, base), href).toBeNull();
    }
  });

  it('drops in-page anchors and links carrying credentials', () => {
    expect(safeLinkUrl('#comments', base)).toBeNull();
    expect(safeLinkUrl('https://user:pass@example.org/', base)).toBeNull();
  });
});

describe('safeDataImage', () => {
  const png =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

  it('keeps a small raster image', () => {
    expect(safeDataImage(png)).toBe(png);
  });

  it('refuses SVG, which can carry script, and non-images', () => {
    expect(
      safeDataImage('data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+'),
    ).toBeNull();
    expect(safeDataImage('data:text/html;base64,PHNjcmlwdD4=')).toBeNull();
    expect(safeDataImage('https://example.org/a.png')).toBeNull();
  });

  it('refuses images over the size limit', () => {
    const payload = 'A'.repeat(Math.ceil(((MAX_DATA_IMAGE_BYTES + 1024) * 4) / 3));
    expect(safeDataImage(`data:image/png;base64,${payload}`)).toBeNull();
  });
});

describe('pageUrl', () => {
  it('accepts only http(s) page addresses', () => {
    expect(pageUrl('https://example.org/x')?.href).toBe('https://example.org/x');
    expect(pageUrl('javascript:alert(1)')).toBeNull();
    expect(pageUrl('not a url')).toBeNull();
  });
});
