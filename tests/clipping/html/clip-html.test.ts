import { describe, expect, it } from 'vitest';
import { clipHtml } from '../../../electron/clipping/html/clip-html.ts';
import { OutletMemory } from '../../../electron/clipping/memory/outlet-memory.ts';
import type { TraceEntry } from '../../../electron/clipping/trace.ts';
import { storyText } from '../../../electron/model/article.ts';
import { copiedSelection, STORY_PARAGRAPHS, STORY_TITLE, wholePage } from './sample-pages.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

const story = (title: string, paragraphs: string[]) =>
  `<h2>${title}</h2>${paragraphs.map((p) => `<p>${p}</p>`).join('')}`;

const OTHER_PARAGRAPHS = [
  'The council voted on Monday evening to build a second bridge over the river, ending a debate that has divided the town for more than a decade.',
  'Supporters said the bridge would take lorries out of the old centre, while opponents warned that the cost would leave little for the schools in the coming years.',
  'Construction is due to begin next spring and should take two years, the council said, with the old bridge kept open for walkers and cyclists.',
];

describe('clipHtml', () => {
  it('takes the story out of a whole page, without menus, related links or footer', () => {
    const [article, ...others] = clipHtml(wholePage(), { clippedAt });
    expect(others).toEqual([]);
    expect(article.title).toBe(STORY_TITLE);
    expect(article.source).toBe('Valley Gazette');
    expect(article.byline).toBe('Ann Example');
    expect(article.published).toBe('2025-07-22T05:10:00.000Z');
    expect(article.language).toBe('en');
    expect(article.url).toBe('https://gazette.example/news/dam');
    expect(storyText(article.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
  });

  it("opens the story with a deck set as a subheading in the story's own container", () => {
    const deck =
      'Residents had left for the school on the hill before the reservoir broke, the mayor said';
    const page = (header: string, body: string) =>
      `<html lang="en"><body><div class="title"><h1>${STORY_TITLE}</h1>${header}</div><div class="text">${body}${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const [article] = clipHtml(page('', `<h3>${deck}</h3>`), { clippedAt });
    expect(article.title).toBe(STORY_TITLE);
    expect(storyText(article.blocks)).toBe([deck, ...STORY_PARAGRAPHS].join('\n\n'));
    // Beside the headline, in the page's title block, it stays out as a subtitle; a short heading over the text is no deck.
    for (const [header, body] of [
      [`<h3>${deck}</h3>`, ''],
      ['', '<h3>The night of the flood</h3>'],
    ]) {
      const [beside] = clipHtml(page(header, body), { clippedAt });
      expect(storyText(beside.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
    }
  });

  it('keeps a relative time as precise as the page gave it', () => {
    const page = `<html lang="en"><body><article><h1>${STORY_TITLE}</h1><time>3 hours ago</time>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const [article] = clipHtml(page, { clippedAt });
    expect(article.published).toBe('2025-07-23T07:00:00.000Z');
    expect(article.publishedAgo).toEqual({ amount: 3, unit: 'hour' });
  });

  it('leaves out a box of text fields a script sends, with no <form> around it', () => {
    const field = (label: string, control: string) =>
      `<tr><td><label for="f">${label}</label></td><td>${control}</td></tr>`;
    const report = `<div id="report"><h4>Report an error</h4><p>Would you like to tell us something, or have you spotted a mistake in this story?</p>
      <table>${field('Spelling', '<input type="checkbox">')}${field('Facts', '<input type="checkbox">')}${field('Your e-mail address*', '<input type="text">')}${field('What is wrong*', '<textarea></textarea>')}</table></div>`;
    const page = `<html lang="en"><body><h1>${STORY_TITLE}</h1>${report}<div>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const [article] = clipHtml(page, { clippedAt });
    expect(storyText(article.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
  });

  it('tells what it left out around the story, and why', () => {
    const [article] = clipHtml(wholePage(), { clippedAt });
    expect(article.removed).toContainEqual({
      text: STORY_TITLE,
      reason: 'headline, kept as the title',
      before: 0,
    });
    expect(article.removed).toContainEqual({
      text: 'By Ann Example',
      reason: 'byline or date',
      before: 0,
    });
  });

  it('gives the same body for a copied selection as for the whole page', () => {
    const [fromPage] = clipHtml(wholePage(), { clippedAt });
    const fromSelection = clipHtml(copiedSelection(), { clippedAt });
    expect(fromSelection).toHaveLength(1);
    expect(fromSelection[0].blocks).toEqual(fromPage.blocks);
    expect(fromSelection[0].title).toBe(STORY_TITLE);
    expect(fromSelection[0].byline).toBe('Ann Example');
    // No <html lang> on a selection: the language is told from the text.
    expect(fromSelection[0].language).toBe('en');
  });

  it('gives each <article> with a headline and prose of its own an article, the main story first', () => {
    const html = `<!DOCTYPE html><html><head><title>Valley Gazette</title></head><body>
      <article><h2><a href="https://gazette.example/bridge">Council approves a second bridge</a></h2>
        <time datetime="2025-07-21T18:00:00Z">Monday</time>${OTHER_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
      <article><h2>${STORY_TITLE}</h2><p class="byline">By Ann Example</p>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>
      <article><h2><a href="/c">Festival moves to August</a></h2><p>A short teaser of one line.</p></article>
    </body></html>`;
    const articles = clipHtml(html, { clippedAt });
    expect(articles.map((a) => storyText(a.blocks))).toEqual([
      STORY_PARAGRAPHS.join('\n\n'),
      OTHER_PARAGRAPHS.join('\n\n'),
    ]);
    expect(articles[1]).toMatchObject({
      title: 'Council approves a second bridge',
      url: 'https://gazette.example/bridge',
      published: '2025-07-21T18:00:00.000Z',
    });
  });

  it('keeps the sections of one page together when each stands in an <article> and none holds most of it', () => {
    const extra =
      'Insurers say most policies in the valley cover flood damage, and claims can be made online or at the town hall until the end of the month.';
    const answers = [
      STORY_PARAGRAPHS.slice(0, 3),
      [...STORY_PARAGRAPHS.slice(3), OTHER_PARAGRAPHS[0]],
      [...OTHER_PARAGRAPHS.slice(1), extra],
    ];
    const sections = answers
      .map(
        (a, i) =>
          `<article><h2>Question ${i + 1}?</h2>${a.map((p) => `<p>${p}</p>`).join('')}</article>`,
      )
      .join('');
    const html = `<!DOCTYPE html><html><head><title>Floods: your questions</title></head><body>
      <main><h1>Floods: your questions answered</h1>${sections}</main></body></html>`;
    const articles = clipHtml(html, { clippedAt });
    expect(articles).toHaveLength(1);
    expect(storyText(articles[0].blocks).split('\n\n')).toEqual([
      ...answers[0],
      'Question 2?',
      ...answers[1],
      'Question 3?',
      ...answers[2],
    ]);
  });

  it('splits a copied selection that spans several stories at their headlines, keeping subheadings', () => {
    const html = `<meta charset='utf-8'>${story(STORY_TITLE, STORY_PARAGRAPHS.slice(0, 3))}<h3>What happens next</h3><p>${STORY_PARAGRAPHS[4]}</p>${story('Council approves a second bridge', OTHER_PARAGRAPHS)}`;
    const articles = clipHtml(html, { clippedAt });
    expect(articles.map((a) => a.title)).toEqual([STORY_TITLE, 'Council approves a second bridge']);
    expect(articles[0].blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(storyText(articles[1].blocks)).toBe(OTHER_PARAGRAPHS.join('\n\n'));
  });

  it('splits a selection Windows wrapped in <html><body> the same way', () => {
    const selection = `${story(STORY_TITLE, STORY_PARAGRAPHS)}${story('Council approves a second bridge', OTHER_PARAGRAPHS)}`;
    const titles = (html: string) => clipHtml(html, { clippedAt }).map((a) => a.title);
    expect(titles(`<meta charset='utf-8'>${selection}`)).toEqual([
      STORY_TITLE,
      'Council approves a second bridge',
    ]);
    expect(
      titles(`<html><body><!--StartFragment-->${selection}<!--EndFragment--></body></html>`),
    ).toEqual([STORY_TITLE, 'Council approves a second bridge']);
  });

  it('reads a select-all copy, long as a page, like a page rather than like a chosen selection', () => {
    const replies = Array.from(
      { length: 130 },
      (_, i) => `<div class="reply">Thanks for this report number ${i}</div>`,
    ).join('');
    const html = `<meta charset='utf-8'><div class="story">${copiedSelection()}</div><div class="replies">${replies}</div>`;
    const [article] = clipHtml(html, { clippedAt });
    expect(storyText(article.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
  });

  it('reads the Windows clipboard format, whose header gives the page address that relative links resolve against', () => {
    const fragment = `<html><body><!--StartFragment--><h1>${STORY_TITLE}</h1>${STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}<p>More at <a href="/news/dam-live">the live page</a>, said the editors on Tuesday evening.</p><!--EndFragment--></body></html>`;
    const header =
      'Version:0.9\r\nStartHTML:0000000105\r\nEndHTML:0000001000\r\nStartFragment:0000000141\r\nEndFragment:0000000900\r\nSourceURL:https://gazette.example/news/dam\r\n';
    const [article] = clipHtml(header + fragment, { clippedAt });
    expect(article.url).toBe('https://gazette.example/news/dam');
    expect(article.blocks.flatMap((b) => b.marks ?? [])).toContainEqual({
      kind: 'link',
      start: 8,
      end: 21,
      href: 'https://gazette.example/news/dam-live',
    });
  });

  it('titles each story of a selection by its own headline, not by the first <h1> of the paste', () => {
    const html = `<meta charset='utf-8'>${story(STORY_TITLE, STORY_PARAGRAPHS)}<h1>Council approves a second bridge</h1>${OTHER_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}`;
    expect(clipHtml(html, { clippedAt }).map((a) => a.title)).toEqual([
      STORY_TITLE,
      'Council approves a second bridge',
    ]);
  });

  it('keeps a one-paragraph selection as HTML, with its link, titled by its words', () => {
    const sentence = 'The council voted on Monday to build a second bridge over the river.';
    const [article] = clipHtml(
      `<meta charset='utf-8'><p style="color: red">${sentence.replace('second bridge', '<a href="https://gazette.example/bridge">second bridge</a>')}</p>`,
      { clippedAt },
    );
    expect(article.title).toBe(sentence);
    expect(article.blocks).toEqual([
      {
        type: 'paragraph',
        text: sentence,
        marks: [{ kind: 'link', start: 39, end: 52, href: 'https://gazette.example/bridge' }],
      },
    ]);
  });

  it('hands HTML without structure to the text engine, with the text flavour when there is one', () => {
    const html = `<meta charset='utf-8'><span>${STORY_TITLE}<br>${STORY_PARAGRAPHS[0]}<br>${STORY_PARAGRAPHS[1]}</span>`;
    const [fromHtml] = clipHtml(html, { clippedAt });
    expect(fromHtml.title).toBe(STORY_TITLE);
    expect(fromHtml.blocks.map((b) => b.text)).toEqual(STORY_PARAGRAPHS.slice(0, 2));
    const [fromText] = clipHtml(html, { clippedAt }, `Another title\n${STORY_PARAGRAPHS[2]}`);
    expect(fromText.title).toBe('Another title');
  });

  it("resolves links against the page's <base>, and survives a malformed one", () => {
    const withBase = (href: string) =>
      wholePage()
        .replace('<head>', `<head><base href="${href}">`)
        .replace(
          STORY_PARAGRAPHS[4],
          `${STORY_PARAGRAPHS[4]} <a href="report.pdf">Read the report</a>.`,
        );
    const linkOf = (html: string) =>
      clipHtml(html, { clippedAt })[0]
        .blocks.flatMap((b) => b.marks ?? [])
        .find((m) => m.kind === 'link')?.href;
    expect(linkOf(withBase('/files/'))).toBe('https://gazette.example/files/report.pdf');
    expect(linkOf(withBase('http://['))).toBe('https://gazette.example/news/report.pdf');
  });

  it('returns nothing for an empty paste', () => {
    expect(clipHtml('', { clippedAt })).toEqual([]);
    expect(clipHtml('<p> </p>', { clippedAt })).toEqual([]);
  });

  it('explains its decisions when asked', () => {
    const entries: TraceEntry[] = [];
    clipHtml(wholePage(), { clippedAt, trace: (trace) => entries.push(...trace) });
    expect(
      entries.some(
        (e) =>
          e.article === 0 &&
          e.verdict === 'body' &&
          e.unit === 'paragraph' &&
          e.text.includes('The dam above the village'),
      ),
    ).toBe(true);
    expect(entries).toContainEqual(
      expect.objectContaining({
        unit: 'paragraph',
        verdict: 'removed',
        reason: 'byline or date',
        signals: ['class:byline'],
        text: 'By Ann Example',
      }),
    );
    expect(
      entries.some(
        (e) =>
          e.unit === 'list-item' &&
          e.verdict !== 'body' &&
          e.text === 'Council approves new bridge',
      ),
    ).toBe(true);
  });

  it("reads a wire story's dateline and credit", () => {
    const html = `<!DOCTYPE html><html><head><title>Dam bursts</title></head><body><article><h1>Dam bursts</h1>
      <p>LINDHOLM, Norway (Reuters) - ${STORY_PARAGRAPHS[0]}</p>${STORY_PARAGRAPHS.slice(1)
        .map((p) => `<p>${p}</p>`)
        .join('')}
      <p>Reuters</p></article></body></html>`;
    const [article] = clipHtml(html, { clippedAt });
    expect(article.dateline).toBe('LINDHOLM, Norway');
    expect(article.credit).toBe('REUTERS');
    expect(article.removed).toContainEqual({
      text: 'Reuters',
      reason: 'wire credit',
      before: STORY_PARAGRAPHS.length,
    });
  });

  it("leaves out what the library has seen in most of the outlet's clips", () => {
    const appeal =
      'The Valley Gazette is read by the whole valley every morning, and it is yours to keep going.';
    const html = wholePage().replace('</article>', `<p>${appeal}</p></article>`);
    expect(storyText(clipHtml(html, { clippedAt })[0].blocks)).toContain(appeal);
    const memory = new OutletMemory();
    for (let i = 0; i < 3; i++) memory.learn('Valley Gazette', `Another story ${i}\n${appeal}`);
    const [article] = clipHtml(html, { clippedAt, memory });
    expect(storyText(article.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
    expect(article.removed).toContainEqual({
      text: appeal,
      reason: "recurs in this outlet's other clips",
      before: STORY_PARAGRAPHS.length,
    });
  });
});

describe('a page whose <html>, <head> or <body> come late', () => {
  it('still reads its body (conditional comments, a script before <head>, a second <html>)', () => {
    const body = STORY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
    const html = `<!DOCTYPE html>
<!--[if IE 8]><html class="ie8" lang="en"><![endif]-->
<!--[if gt IE 9]><!--><html lang="en"><!--<![endif]-->
<script>var consent = 1;</script>
<head><title>${STORY_TITLE} | Valley Gazette</title></head>
<body><article><h1>${STORY_TITLE}</h1>${body}</article></body></html>`;
    const [article] = clipHtml(html, { clippedAt });
    expect(article.title).toBe(STORY_TITLE);
    expect(storyText(article.blocks)).toBe(STORY_PARAGRAPHS.join('\n\n'));
  });
});
