import { describe, expect, it } from 'vitest';
import {
  cleanByline,
  cleanPageTitle,
  normaliseLanguage,
  plausibleByline,
  readPageMetadata,
} from '../../../electron/clipping/html/metadata.ts';
import { parsePaste } from '../../../electron/clipping/html/parse-document.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

function metadataOf(html: string, url: string | null = null) {
  const parsed = parsePaste(html);
  if (!parsed) throw new Error('unparsable test page');
  return readPageMetadata(parsed.root, clippedAt, url);
}

const page = (head: string, body = '<p>Text.</p>', htmlAttributes = '') =>
  `<!DOCTYPE html><html${htmlAttributes}><head>${head}</head><body>${body}</body></html>`;

describe('readPageMetadata', () => {
  it('reads <title>, without the outlet it ends with', () => {
    const meta = metadataOf(
      page('<title>Dam bursts after a week of rain | The Valley Gazette</title>'),
    );
    expect(meta.title).toBe('Dam bursts after a week of rain');
    expect(meta.source).toBe('The Valley Gazette');
  });

  it('reads Open Graph', () => {
    const meta = metadataOf(
      page(`
      <title>Ignored | Site</title>
      <meta property="og:title" content="Dam bursts after a week of rain">
      <meta property="og:site_name" content="Valley Gazette">
      <meta property="og:url" content="https://gazette.example/dam">
      <meta property="og:locale" content="en_GB">
      <meta property="article:published_time" content="2025-07-20T08:30:00+02:00">
      <meta property="article:author" content="https://gazette.example/staff/ann">`),
    );
    expect(meta).toMatchObject({
      title: 'Dam bursts after a week of rain',
      source: 'Valley Gazette',
      url: 'https://gazette.example/dam',
      language: 'en-GB',
      published: '2025-07-20T06:30:00.000Z',
      // An author given as a URL is not a name.
      byline: null,
    });
  });

  it('reads Twitter cards and author meta', () => {
    const meta = metadataOf(
      page(`
      <meta name="twitter:title" content="Rain closes the ring road">
      <meta name="author" content="By Ann Example">`),
    );
    expect(meta.title).toBe('Rain closes the ring road');
    expect(meta.byline).toBe('Ann Example');
  });

  it('prefers JSON-LD NewsArticle, inside an @graph, over meta tags', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', name: 'Not the outlet of this story' },
        { '@type': 'WebPage', name: 'Page name' },
        {
          '@type': ['NewsArticle'],
          headline: 'Dam bursts after a week of rain',
          author: [
            { '@type': 'Person', name: 'Ann Example' },
            { '@type': 'Person', name: 'Bo Sample' },
          ],
          datePublished: '2025-07-20T08:30:00Z',
          publisher: { '@type': 'Organization', name: 'Valley Gazette' },
          inLanguage: 'de-CH',
        },
      ],
    };
    const meta = metadataOf(
      page(`
      <meta property="og:title" content="Dam bursts – live">
      <script type="application/ld+json">${JSON.stringify(ld)}</script>`),
    );
    expect(meta).toMatchObject({
      title: 'Dam bursts after a week of rain',
      byline: 'Ann Example, Bo Sample',
      published: '2025-07-20T08:30:00.000Z',
      source: 'Valley Gazette',
      language: 'de-CH',
    });
  });

  it('ignores malformed JSON-LD and falls back to the other sources', () => {
    const meta = metadataOf(
      page(`
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken",</script>
      <meta property="og:title" content="From Open Graph">`),
    );
    expect(meta.title).toBe('From Open Graph');
  });

  it('reads <time datetime>, byline markup and <html lang> from the body', () => {
    const meta = metadataOf(
      page(
        '',
        `
      <article>
        <h1>Dam bursts</h1>
        <p class="byline">By <a rel="author" href="/staff/ann">Ann Example</a></p>
        <time datetime="2025-07-21T06:00:00Z">Monday</time>
        <p>Text of the story.</p>
      </article>`,
        ' lang="fr-ca"',
      ),
    );
    expect(meta).toMatchObject({
      title: 'Dam bursts',
      byline: 'Ann Example',
      published: '2025-07-21T06:00:00.000Z',
      language: 'fr-CA',
    });
  });

  it('reads itemprop markup', () => {
    const meta = metadataOf(
      page(
        '',
        `
      <div itemprop="author" itemscope><span itemprop="name">Bo Sample</span></div>
      <meta itemprop="datePublished" content="2025-06-30">`,
      ),
    );
    expect(meta.byline).toBe('Bo Sample');
    expect(meta.published).toBe('2025-06-30T00:00:00.000Z');
  });

  it('takes a class name for a byline only when the text looks like a name', () => {
    expect(metadataOf(page('', '<h3 class="author-box">Comments</h3>')).byline).toBeNull();
    expect(metadataOf(page('', '<div class="story-byline">By Ann Example</div>')).byline).toBe(
      'Ann Example',
    );
  });

  it('resolves relative and textual dates against the moment of the clip', () => {
    expect(metadataOf(page('', '<time>2 hours ago</time>')).published).toBe(
      '2025-07-23T08:00:00.000Z',
    );
    expect(
      metadataOf(page('', '<span class="post-date">July 19, 2025</span>')).published?.slice(0, 10),
    ).toBe('2025-07-19');
    // A day without a year that would lie after the clip is last year's.
    expect(metadataOf(page('', '<time>Nov 19</time>')).published?.slice(0, 10)).toBe('2024-11-19');
    expect(metadataOf(page('', '<time>1時間前</time>', ' lang="ja"')).published).toBe(
      '2025-07-23T09:00:00.000Z',
    );
    expect(
      metadataOf(page('', '<time>vor 2 Tagen</time>', ' lang="de"')).published?.slice(0, 10),
    ).toBe('2025-07-21');
  });

  it('keeps how long before the clip a relative date was, and only then', () => {
    expect(metadataOf(page('', '<time>2 hours ago</time>')).publishedAgo).toEqual({
      amount: 2,
      unit: 'hour',
    });
    expect(metadataOf(page('', '<time>vor 2 Tagen</time>', ' lang="de"')).publishedAgo).toEqual({
      amount: 2,
      unit: 'day',
    });
    expect(metadataOf(page('', '<time>July 19, 2025</time>')).publishedAgo).toBeNull();
    expect(
      metadataOf(page('', '<time datetime="2025-07-23T08:00:00Z">2 hours ago</time>')).publishedAgo,
    ).toBeNull();
  });

  it('reads a fragment the way Chrome puts a selection on the clipboard', () => {
    const meta = metadataOf(
      `<meta charset='utf-8'><h1 style="font-size: 2em;">Dam bursts</h1><p style="color: rgb(0, 0, 0);">By Ann Example</p><time datetime="2025-07-21T06:00:00Z" style="color: gray;">Monday</time><p>Text.</p>`,
    );
    expect(meta).toMatchObject({
      title: 'Dam bursts',
      published: '2025-07-21T06:00:00.000Z',
      language: null,
      url: null,
    });
  });

  it("takes the page address the clipboard gave over the page's own", () => {
    const meta = metadataOf(
      page('<link rel="canonical" href="https://gazette.example/canonical">'),
      'https://gazette.example/seen',
    );
    expect(meta.url).toBe('https://gazette.example/seen');
    expect(metadataOf(page('<link rel="canonical" href="javascript:alert(1)">')).url).toBeNull();
  });

  it('drops placeholder dates and decodes entities escaped twice', () => {
    const meta = metadataOf(
      page(`
      <meta property="og:title" content="Q&amp;amp;A: &amp;#8216;Why the dam broke&amp;#8217;">
      <meta property="article:published_time" content="0001-01-01T00:00:00Z">`),
    );
    expect(meta.title).toBe('Q&A: ‘Why the dam broke’');
    expect(meta.published).toBeNull();
  });
});

describe('cleanPageTitle', () => {
  it('keeps titles without an outlet whole', () => {
    expect(cleanPageTitle('Rain - and more rain - in the valley', null).title).toBe(
      'Rain - and more rain - in the valley',
    );
  });

  it('drops the outlet from either end', () => {
    expect(
      cleanPageTitle('Valley Gazette | Dam bursts after a week of rain', 'Valley Gazette'),
    ).toEqual({
      title: 'Dam bursts after a week of rain',
      outlet: 'Valley Gazette',
    });
  });
});

describe('normaliseLanguage', () => {
  it('writes tags the BCP 47 way and refuses what is not one', () => {
    expect(normaliseLanguage('EN_us')).toBe('en-US');
    expect(normaliseLanguage('pt-br, en')).toBe('pt-BR');
    expect(normaliseLanguage('x')).toBeNull();
    expect(normaliseLanguage('')).toBeNull();
  });
});

describe('bylines', () => {
  it('drop the word for "by", in several languages, and refuse what is no name', () => {
    expect(cleanByline('By Ann Example')).toBe('Ann Example');
    expect(cleanByline('Текст: Венера Ерофеева')).toBe('Венера Ерофеева');
    expect(cleanByline('Ann Example')).toBe('Ann Example');
    expect(cleanByline('humans.txt')).toBeNull();
    expect(cleanByline('https://gazette.example/staff/ann')).toBeNull();
  });

  it('from a weak source are believed only when shaped like names', () => {
    expect(plausibleByline('Lisa Kaczke and Trevor J. Mitchell')).toBe(
      'Lisa Kaczke and Trevor J. Mitchell',
    );
    expect(plausibleByline('By Ann Example')).toBe('Ann Example');
    expect(plausibleByline('Comments')).toBeNull();
    expect(plausibleByline('The Russian and Syrian defense ministries')).toBeNull();
    expect(plausibleByline('Nama (wajib)')).toBeNull();
  });
});

describe('the outlet a person would write', () => {
  const outletOf = (head: string) => {
    const paste = parsePaste(
      `<!DOCTYPE html><html><head>${head}</head><body><p>x</p></body></html>`,
    );
    return paste && readPageMetadata(paste.root, clippedAt).source;
  };

  it('takes og:site_name over the company behind the page', () => {
    expect(
      outletOf(
        '<meta property="og:site_name" content="Deccan Herald"><meta name="publisher" content="The Printers (Mysore) Private Limited"><title>Trade deal | Deccan Herald</title>',
      ),
    ).toBe('Deccan Herald');
  });

  it('never gives a copyright line or a company form, nor a trailing full stop', () => {
    expect(outletOf('<meta name="publisher" content="(c) ООО «Хёрст Шкулёв Паблишинг»">')).toBe(
      'Хёрст Шкулёв Паблишинг',
    );
    expect(outletOf('<meta name="publisher" content="© 2021 Deutsche Welle (www.dw.com)">')).toBe(
      'Deutsche Welle',
    );
    expect(outletOf('<meta property="og:site_name" content="CityAM.">')).toBe('CityAM');
    expect(outletOf('<meta property="og:site_name" content="oe24 GmbH">')).toBe('oe24');
    expect(outletOf('<meta property="og:site_name" content="U.S.">')).toBe('U.S.');
  });

  it('prefers the name the page gives in most places, and a name to a company', () => {
    // Reuters names its section as its site; its publisher and its title say Reuters.
    expect(
      outletOf(
        '<meta property="og:site_name" content="U.S."><title>Oil falls | Reuters</title><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Reuters"}}</script>',
      ),
    ).toBe('Reuters');
    expect(
      outletOf(
        '<title>t-distributed stochastic neighbor embedding - Wikipedia</title><script type="application/ld+json">{"@type":"Article","publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}</script>',
      ),
    ).toBe('Wikipedia');
  });

  it("never gives a template's placeholder the site left unfilled", () => {
    expect(
      outletOf(
        '<meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}"><link rel="canonical" href="https://www.mpg.de/x">',
      ),
    ).toBe('mpg.de');
  });

  it('falls back on the domain, without www.', () => {
    expect(outletOf('<link rel="canonical" href="https://www.wday.ru/stars/x">')).toBe('wday.ru');
  });
});
