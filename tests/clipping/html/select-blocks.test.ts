import { describe, expect, it } from 'vitest';
import { readPageBlocks, type PageBlock } from '../../../electron/clipping/html/page-blocks.ts';
import { parsePaste } from '../../../electron/clipping/html/parse-document.ts';
import { selectBlocks } from '../../../electron/clipping/html/select-blocks.ts';
import { STORY_PARAGRAPHS } from './sample-pages.ts';

/** Selects from a page with a chosen set given by hand (the content scoring's choice, in the engine). */
function select(html: string, chosen: (b: PageBlock) => boolean = () => true) {
  const parsed = parsePaste(html);
  if (!parsed) throw new Error('unparsable test page');
  const blocks = readPageBlocks(parsed.body, null);
  const { verdicts } = selectBlocks(blocks, chosen);
  return {
    kept: blocks.filter((_, i) => verdicts[i] === null).map((b) => b.block.text),
    reason: (text: string) => verdicts[blocks.findIndex((b) => b.block.text === text)],
  };
}

const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('');

describe('selectBlocks', () => {
  it('starts the story at its first paragraph, leaving the kicker, headline, byline and date above', () => {
    const { kept, reason } = select(
      `<p>World</p><h1>Dam bursts</h1><p>By Ann Example</p><p>Updated 6:55 AM</p>${paragraphs(STORY_PARAGRAPHS)}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason('Dam bursts')).toBe('headline or label above the story');
    expect(reason('By Ann Example')).toBe('byline or date');
  });

  it('opens the story with a standfirst between the headline and the first paragraph', () => {
    const standfirst = 'Nobody was hurt.';
    const { kept, reason } = select(
      `<p>World</p><h1>Dam bursts</h1><p>Lindholm, 22 July</p><p>${standfirst}</p><p>By Ann Example</p>${paragraphs(STORY_PARAGRAPHS)}`,
    );
    expect(kept).toEqual([standfirst, ...STORY_PARAGRAPHS]);
    expect(reason('Lindholm, 22 July')).toBe('before the story starts');
    expect(reason('World')).toBe('before the story starts');
  });

  it('reads a line closed by German quotation marks as a sentence: a standfirst', () => {
    const quoted = ['»Nobody was hurt«', '„The school stayed open“'];
    const { kept } = select(
      `<h1>Dam bursts</h1>${paragraphs(quoted)}${paragraphs(STORY_PARAGRAPHS)}`,
    );
    expect(kept).toEqual([...quoted, ...STORY_PARAGRAPHS]);
  });

  it('keeps subheadings and short lines inside the story', () => {
    const html = `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}<h2>What next</h2><p>Nobody knows.</p>${paragraphs(STORY_PARAGRAPHS.slice(2))}`;
    expect(select(html).kept).toEqual([
      ...STORY_PARAGRAPHS.slice(0, 2),
      'What next',
      'Nobody knows.',
      ...STORY_PARAGRAPHS.slice(2),
    ]);
  });

  it('keeps a list that ends the story, but not a heading or a label after it', () => {
    const html = `${paragraphs(STORY_PARAGRAPHS)}<ul><li>Sandbags at the school</li><li>Water from the fire station</li></ul><h3>Timeline</h3><p>Comments</p>`;
    const { kept, reason } = select(html);
    expect(kept).toEqual([
      ...STORY_PARAGRAPHS,
      'Sandbags at the school',
      'Water from the fire station',
    ]);
    expect(reason('Timeline')).toBe('heading with no story under it');
    expect(reason('Comments')).toBe('comments section');
  });

  it('leaves out furniture inside the story: link lists, promotions, credits and bylines', () => {
    const furniture = [
      '<p><a href="/a">Council approves new bridge</a> <a href="/b">Festival moves to August</a></p>',
      '<p>Sign up for our newsletter and get the news in your inbox.</p>',
      '<p>Photo: Ann Example</p>',
      '<p>Sakib Ali/Hindustan Times/Getty Images</p>',
    ];
    const { kept, reason } = select(
      `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${furniture.join('')}${paragraphs(STORY_PARAGRAPHS.slice(2))}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason('Council approves new bridge Festival moves to August')).toBe(
      'links to other pages',
    );
    expect(reason('Sign up for our newsletter and get the news in your inbox.')).toBe(
      'newsletter or app promotion',
    );
    expect(reason('Photo: Ann Example')).toBe('photo credit');
    expect(reason('Sakib Ali/Hindustan Times/Getty Images')).toBe('photo caption');
  });

  it('keeps links the story spells out as addresses, unlike a list of linked words', () => {
    const reference =
      '[1] https://water.example/reports/lindholm-2025.pdf (https://archive.example/lindholm)';
    const contact = 'inquiry@water.example';
    const link = (url: string) => `<a href="${url.replace(/^(?!https)/, 'mailto:')}">${url}</a>`;
    const { kept, reason } = select(
      `${paragraphs(STORY_PARAGRAPHS.slice(0, 3))}<p>[1] ${link('https://water.example/reports/lindholm-2025.pdf')} (${link('https://archive.example/lindholm')})</p>` +
        `<p>${link(contact)}</p><p><a href="/a">Council approves new bridge</a> <a href="/b">Festival moves</a></p>${paragraphs(STORY_PARAGRAPHS.slice(3))}`,
    );
    expect(kept).toEqual([
      ...STORY_PARAGRAPHS.slice(0, 3),
      reference,
      contact,
      ...STORY_PARAGRAPHS.slice(3),
    ]);
    expect(reason('Council approves new bridge Festival moves')).toBe('links to other pages');
  });

  it('cuts a stray paragraph that stands beyond a stretch of furniture', () => {
    const comments = Array.from(
      { length: 8 },
      (_, i) => `<p><a href="/user/${i}">Reader ${i}</a></p>`,
    ).join('');
    const notice =
      'This website keeps a record of your visit so that it can show you more of what you read, and you may turn that off.';
    const { kept, reason } = select(
      `<div class="story">${paragraphs(STORY_PARAGRAPHS)}</div>${comments}<p>${notice}</p>`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason(notice)).toBe('after the story ends');
  });

  it('cuts the summaries of teaser cards after the story, each card in its own container', () => {
    const cards = [
      'The ferry company froze its fares for another year after a winter of complaints from commuters on the islands.',
      'Schools in the valley reopen on Monday after the floods, though two of them will share a building until autumn.',
      'The regional water board named an engineer from the coast to lead its inquiry into the failed warning system.',
    ];
    const related = `<h2><a href="/more">More news</a></h2>${cards.map((c, i) => `<div class="card"><p><a href="/s/${i}">Headline ${i}</a></p><p>${c}</p></div>`).join('')}`;
    const menu = Array.from({ length: 6 }, (_, i) => `<p><a href="/m/${i}">Menu ${i}</a></p>`).join(
      '',
    );
    const { kept } = select(
      `<div class="story">${paragraphs(STORY_PARAGRAPHS)}</div>${menu}${related}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
  });

  it('opens the story with an introduction of paragraphs under the headline that Readability passed over', () => {
    const introduction = [
      'Barley soup comes in two great traditions, and we cooked both of them side by side for a week to see which one our testers liked better.',
      'We judged them on taste, on the time they take and on what they cost, and the answer surprised the whole kitchen by the end.',
    ];
    const contents = ['Taste', 'Time', 'Cost', 'Leftovers', 'Verdict', 'FAQs']
      .map((t) => `<li><a href="#${t}">${t}</a></li>`)
      .join('');
    const html = `<h1>Two barley soups compared</h1><div class="intro">${paragraphs(introduction)}</div><ul>${contents}</ul><div class="section">${paragraphs(STORY_PARAGRAPHS)}</div>`;
    const { kept } = select(html, (b) => STORY_PARAGRAPHS.includes(b.block.text));
    expect(kept).toEqual([...introduction, ...STORY_PARAGRAPHS]);
    // A single paragraph there is a standfirst, the author's own summary: it opens the story when it is a sentence.
    const single = `<h1>Dam bursts</h1><p>${introduction[0]}</p><ul>${contents}</ul>${paragraphs(STORY_PARAGRAPHS)}`;
    expect(select(single, (b) => STORY_PARAGRAPHS.includes(b.block.text)).kept).toEqual([
      introduction[0],
      ...STORY_PARAGRAPHS,
    ]);
    // A lone line that does not end as a sentence is no standfirst, unless it runs as long as a paragraph.
    const underHeadline = (text: string) =>
      select(
        `<h1>Dam bursts</h1><p>${text}</p><ul>${contents}</ul>${paragraphs(STORY_PARAGRAPHS)}`,
        (b) => STORY_PARAGRAPHS.includes(b.block.text),
      ).kept;
    const line = 'Barley soup comes in two great traditions, and we cooked both';
    expect(underHeadline(line)).toEqual(STORY_PARAGRAPHS);
    const unfinished = introduction[0].replace(/\.$/, '');
    expect(underHeadline(unfinished)).toEqual([unfinished, ...STORY_PARAGRAPHS]);
  });

  it('keeps the closing lines after a long widget inside the story, which share its container', () => {
    const links = Array.from(
      { length: 8 },
      (_, i) => `<p><a href="/s/${i}">Related story ${i}</a></p>`,
    ).join('');
    const html = `<div class="story">${paragraphs(STORY_PARAGRAPHS.slice(0, 4))}${links}${paragraphs(STORY_PARAGRAPHS.slice(4))}</div>`;
    expect(select(html).kept).toEqual(STORY_PARAGRAPHS);
  });

  it('leaves out a heading inside the story that has nothing kept under it', () => {
    const widget =
      '<h2>Valley weekends</h2><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li><li><a href="/c">Three</a></li></ul>';
    const html = `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${widget}<h2>What next</h2>${paragraphs(STORY_PARAGRAPHS.slice(2))}`;
    const { kept, reason } = select(html);
    expect(kept).toEqual([
      ...STORY_PARAGRAPHS.slice(0, 2),
      'What next',
      ...STORY_PARAGRAPHS.slice(2),
    ]);
    expect(reason('Valley weekends')).toBe('heading with no story under it');
  });

  it('keeps both parts of a story cut by a short widget', () => {
    const widget =
      '<h3>Trending</h3><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li><li><a href="/c">Three</a></li></ul>';
    const { kept, reason } = select(
      `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${widget}${paragraphs(STORY_PARAGRAPHS.slice(2))}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason('Trending')).toBe('list of other headlines');
  });

  it('takes back prose and quotations left out from inside the story, not from landmarks', () => {
    const quote = '“We got her,” the officers said.';
    const html = `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}<blockquote>${quote}</blockquote><aside><p>${STORY_PARAGRAPHS[4]}</p></aside>${paragraphs(STORY_PARAGRAPHS.slice(2, 4))}`;
    const chosenTexts = new Set([...STORY_PARAGRAPHS.slice(0, 4)]);
    const { kept, reason } = select(html, (b) => chosenTexts.has(b.block.text));
    expect(kept).toEqual([...STORY_PARAGRAPHS.slice(0, 2), quote, ...STORY_PARAGRAPHS.slice(2, 4)]);
    expect(reason(STORY_PARAGRAPHS[4])).toBe('page navigation');
  });

  it('takes back a short sentence the scoring passed over when it follows story text', () => {
    const question = 'A question often asked: stay or go?';
    const remark = 'An ant in a bar!';
    const afterWidget = 'Share this with your friends!';
    const linked = 'Read the council’s report.';
    const html = `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}<p>${question}</p><p>${STORY_PARAGRAPHS[2]}</p><img src="https://example.org/ant.jpg" alt="Ant"><p>${remark}</p><p>${STORY_PARAGRAPHS[3]}</p><p>Advertisement</p><p>${afterWidget}</p><p><a href="https://example.org/report">${linked}</a></p><p>${STORY_PARAGRAPHS[4]}</p>`;
    const chosenTexts = new Set(STORY_PARAGRAPHS);
    const { kept, reason } = select(html, (b) => chosenTexts.has(b.block.text));
    expect(kept).toEqual([
      ...STORY_PARAGRAPHS.slice(0, 2),
      question,
      STORY_PARAGRAPHS[2],
      remark,
      ...STORY_PARAGRAPHS.slice(3),
    ]);
    expect(reason(afterWidget)).toBe('not part of the story');
    expect(reason(linked)).not.toBeNull();
  });

  it('does not start the story at a summary in the page header', () => {
    const summary =
      'There is a lesson for the whole valley in how the warning failed to reach the farms in time.';
    const { kept } = select(
      `<header><h1>Dam bursts</h1><p>${summary}</p></header>${paragraphs(STORY_PARAGRAPHS)}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
  });

  it("opens the story with a summary in the article's own header, which is no banner", () => {
    const summary =
      'There is a lesson for the whole valley in how the warning failed to reach the farms in time.';
    const { kept } = select(
      `<header><p>Valley Gazette, the paper of the valley since 1921</p></header><main><article><header><h1>Dam bursts</h1><p>${summary}</p></header>${paragraphs(STORY_PARAGRAPHS)}</article></main>`,
    );
    expect(kept).toEqual([summary, ...STORY_PARAGRAPHS]);
  });

  it('leaves out a small box that ends on a button, inside the story or under it', () => {
    const box =
      '<div><h2>Morning Briefing</h2><div>The day’s main stories before breakfast, every weekday.</div><a href="/briefing">GET IT</a></div>';
    const card =
      '<div><h3>Floods in the north</h3><p>Three rivers broke their banks overnight.</p><a href="/north">Continue</a></div>';
    const { kept, reason } = select(
      `<div>${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${box}${paragraphs(STORY_PARAGRAPHS.slice(2))}</div>${card}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason('The day’s main stories before breakfast, every weekday.')).toBe(
      'box with a button (a sign-up, a teaser)',
    );
    expect(reason('Three rivers broke their banks overnight.')).toBe(
      'box with a button (a sign-up, a teaser)',
    );
  });

  it("does not take a login box's or a sign-up's small print for the story", () => {
    const smallPrint =
      'Entering your address here means that the letters you picked, and the offers that belong with them, will be sent to it each week.';
    const error =
      'This address does not seem to be right: it needs an @ and a domain that exists, such as example.org.';
    const form = (text: string) => `<form><p><label>Your address</label></p><p>${text}</p></form>`;
    const { kept, reason } = select(
      `${form(error)}${form(error)}${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${form(smallPrint)}`,
    );
    expect(kept).toEqual(STORY_PARAGRAPHS.slice(0, 2));
    expect(reason(smallPrint)).toBe('after the story ends');
  });

  it('reads a page wrapped in one form like any other', () => {
    const { kept } = select(`<form id="page">${paragraphs(STORY_PARAGRAPHS)}</form>`);
    expect(kept).toEqual(STORY_PARAGRAPHS);
  });

  it('leaves out a rating widget whose label stands beside its count of votes', () => {
    const widget = 'War der Artikel nützlich? (95 Stimmen: 4,73 von 5) Loading...';
    const { kept, reason } = select(`${paragraphs(STORY_PARAGRAPHS)}<p>${widget}</p>`);
    expect(kept).toEqual(STORY_PARAGRAPHS);
    expect(reason(widget)).toBe('share or reaction buttons');
  });

  it("leaves out a picture's legend that ends on its copyright or repeats its description", () => {
    const legends = [
      'The mayor at the school on the hill. © Valley Photo / Ann Example',
      'Water in the lower streets of Lindholm. (annexample / stockphotos.example)',
      'Enlarge The spillway of the dam, blocked by debris from the forest',
    ];
    const picture =
      '<img src="https://gazette.example/dam.jpg" alt="The spillway of the dam, blocked by debris from the forest">';
    const html = `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}${paragraphs(legends.slice(0, 2))}${picture}<p>${legends[2]}</p>${paragraphs(STORY_PARAGRAPHS.slice(2))}`;
    const { kept, reason } = select(html);
    expect(kept.filter((t) => !t.startsWith('The spillway'))).toEqual(STORY_PARAGRAPHS);
    for (const legend of legends) expect(reason(legend)).toBe('photo caption');

    // The description again with its source after it, under a picture of its own: a legend too.
    const described =
      'Volunteers carried older neighbours from the lower streets to the school on the hill through the night';
    const credited = `${described} (Valley Archive, 22 July)`;
    const second = select(
      `${paragraphs(STORY_PARAGRAPHS.slice(0, 2))}<img alt="${described}"><p>${credited}</p>${paragraphs(STORY_PARAGRAPHS.slice(2))}`,
    );
    expect(second.reason(credited)).toBe('photo caption');
  });

  it('leaves out the label over a list of links, and keeps a label over content', () => {
    const links =
      '<ul><li><a href="/a">Council approves new bridge</a></li><li><a href="/b">Festival moves</a></li></ul>';
    const html = `${paragraphs(STORY_PARAGRAPHS)}<p>Where the water went:</p><ul><li>The school on the hill</li><li>The fields beyond the river</li></ul><p>Worth a look:</p>${links}<p>Who wrote this piece</p><p><a href="/ann">Ann Example</a></p>`;
    const { kept, reason } = select(html);
    expect(kept).toEqual([
      ...STORY_PARAGRAPHS,
      'Where the water went:',
      'The school on the hill',
      'The fields beyond the river',
    ]);
    expect(reason('Worth a look:')).toBe('label of links left out');
    expect(reason('Who wrote this piece')).toBe('label of links left out');
  });

  it('finds no story where nothing reads as prose', () => {
    const { kept } = select(
      '<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li></ul><p>Menu</p>',
    );
    expect(kept).toEqual([]);
  });
});
