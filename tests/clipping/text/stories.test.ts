import { describe, expect, it } from 'vitest';
import { analyseTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { CONFIDENT } from '../../../electron/clipping/text/judge-stories.ts';
import { bodyText } from '../../../electron/model/article.ts';
import { FOOTER, NAV, STORY_EN, STORY_EN_MORE } from './pages.ts';

// Small pastes of the failures issue 12 lists: what is not a story stays out
// of the articles, and goes to the removed parts with its reason.
const clippedAt = new Date('2025-07-23T10:00:00Z');
const clean = (lines: readonly string[]) => analyseTextPaste(lines.join('\n'), { clippedAt });

/** A standfirst under the byline: story text, but short beside the story under it. */
const DEK =
  'The river rose faster than anyone in the old town had ever seen, and the families who had to leave their homes before dawn say the warnings came far too late for them to save what they owned. The council says it followed the plan it had been given.';

/** A page's menu, then a story's headline, byline and date. */
const HEADER = [...NAV, 'Floods force families from the old town', 'By Anna Berg', 'July 23, 2025'];

const STORY = [...HEADER, ...STORY_EN];

describe('a paste that holds no article', () => {
  const junk = [
    'We value your privacy',
    'We and our partners use cookies to store and access information on your device. We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. You can accept all cookies or manage your preferences.',
    'Accept all',
    'Manage preferences',
    ...NAV,
    'Most read',
    'Council approves new budget for schools',
    'Weather warning for the weekend',
    'Local team wins the cup final',
    ...FOOTER,
  ];

  it('gives no article, and lists what it holds with why each part is not one', () => {
    const { articles, leftovers } = clean(junk);
    expect(articles).toEqual([]);
    expect(leftovers.map((p) => p.text).join('\n')).toBe(junk.join('\n'));
    const reasonOf = (text: string) => leftovers.find((p) => p.text.includes(text))?.reason;
    expect(reasonOf('We and our partners use cookies')).toBe('cookie or consent notice');
    expect(reasonOf('Weather warning for the weekend')).toBe('list of other headlines');
  });

  it('still takes a short paste that says something', () => {
    const { articles } = clean(['A title', '', 'First paragraph of the story.']);
    expect(articles.map((a) => a.title)).toEqual(['A title']);
  });
});

describe('what is not a story of its own', () => {
  it('keeps a comment thread out, even when its comments are long', () => {
    const { articles } = clean([
      ...STORY,
      '3 comments',
      'Comments',
      'riverwatcher',
      '2 hours ago',
      'This happens every year and nobody does anything about it. The council should have built the flood wall when it had the money. I have lived here for thirty years and the river has never been managed properly.',
      'Reply',
      'Tom K.',
      '1 hour ago',
      'My cellar was flooded too. The firefighters were great, they came within an hour. But the insurance company says it will take weeks before anyone can look at the damage.',
      'Reply',
    ]);
    expect(articles).toHaveLength(1);
    const removed = articles[0].removed.map((r) => r.text);
    expect(removed.some((t) => t.startsWith('My cellar was flooded too'))).toBe(true);
    expect(bodyText(articles[0].blocks)).not.toContain('riverwatcher');
  });

  it('reads a comment counter in the header as no thread: the story under it stays', () => {
    const { articles } = clean([
      ...HEADER,
      DEK,
      'Comments: 2',
      ...STORY_EN,
      '2 comments',
      'riverwatcher',
      '2 hours ago',
      'This happens every year and nobody does anything about it. The council should have built the flood wall when it had the money.',
      'Reply',
    ]);
    expect(articles).toHaveLength(1);
    expect(bodyText(articles[0].blocks)).toBe([DEK, ...STORY_EN].join('\n\n'));
  });

  it('reads a "Comment" button above the story as no thread: the story under it stays', () => {
    const { articles } = clean([...HEADER, DEK, 'Comment', 'Save', ...STORY_EN, ...STORY_EN_MORE]);
    expect(articles).toHaveLength(1);
    expect(bodyText(articles[0].blocks)).toContain([...STORY_EN, ...STORY_EN_MORE].join('\n\n'));
  });

  it('keeps a list of teasers out: a headline, a date and a sentence each', () => {
    const teaser = (title: string, date: string, sentence: string) => [
      title,
      date,
      sentence,
      'Read More',
    ];
    const { articles } = clean([
      ...STORY,
      'More in Local News',
      ...teaser(
        'School buses return to the valley routes',
        'July 22, 2025 at 5:10 pm',
        'About three years ago the council cut the bus routes to the upper valley, and parents have been driving their children to school ever since, sometimes for an hour each way.',
      ),
      ...teaser(
        'New cycle path opens along the canal',
        'July 21, 2025 at 2:01 pm',
        'Maybe the city has finally found a way to get people out of their cars: a wide, lit path along the canal that takes cyclists from the station to the university in twelve minutes.',
      ),
    ]);
    expect(articles.map((a) => a.title)).toEqual(['Floods force families from the old town']);
    const reasons = new Map(articles[0].removed.map((r) => [r.text, r.reason]));
    expect(reasons.get('School buses return to the valley routes')).toBe('teaser of another story');
  });

  it('does not take a long teaser above the story, with its "Read more" link or cut with "…", for the main article', () => {
    for (const link of ['Read more', 'Read full story', '…']) {
      const { articles } = clean([
        ...NAV,
        'Editor’s pick',
        'Why the harbour plan will cost more than anyone admits',
        'By Tom Reed',
        'July 22, 2025',
        'The city’s new harbour plan promises cheaper ferries and a new promenade, but the figures in the council’s own report tell a very different story about who will pay for it in the end, and the harbour board has said nothing about it so far, although ferry users, shop owners and the residents of the old quay have asked for the full costs again and again since' +
          (link === '…' ? ' the …' : ' the spring.'),
        ...(link === '…' ? [] : [link]),
        ...STORY.slice(NAV.length),
      ]);
      expect(articles[0].title, link).toBe('Floods force families from the old town');
      expect(bodyText(articles[0].blocks)).toBe(STORY_EN.join('\n\n'));
    }
  });

  it('takes a short story under its title and date over a longer blurb with no header', () => {
    const { articles } = clean([
      ...NAV,
      'My account',
      '"My account" is your personal area for members and customers: here you can see and change your details, your contracts and your bookings at any time.',
      'Log out',
      'Child seats in the test: four fail',
      'October 23, 2018',
      'In this test eighteen child seats were checked for safety, handling and harmful substances, and four of them failed.',
      'Model',
      'Price',
      'Grade',
      'Seat One',
      '370 €',
      '1.7',
      'Seat Two',
      '210 €',
      '4.9',
      ...FOOTER,
    ]);
    expect(articles[0].title).toBe('Child seats in the test: four fail');
    expect(bodyText(articles[0].blocks)).toContain('eighteen child seats');
  });

  it('splits related stories under their outlet and time, and is sure of them; a story under a byline alone is offered unsure', () => {
    const { articles } = clean([
      ...STORY,
      'Related stories',
      'Valley Herald · 3h',
      'Bridge inspection finds cracks in the arches',
      'Engineers inspecting the old stone bridge found cracks in two of its five arches on Tuesday, a day after the flood water receded. The bridge will stay closed to traffic until the cracks are repaired, which could take most of the summer. Buses will use the ring road in the meantime, adding ten minutes to the trip into town.',
      'Read more stories',
      'Written by Carl Jansen',
      'July 22, 2025',
      'Why the flood study was shelved',
      'Three years ago the council received a study warning that the old town would flood in a storm like this one.',
      'The flood study recommended a wall along the canal and new pumps under the main square, at a cost of four million euros.',
      'It was shelved in a budget meeting that lasted less than an hour, according to the minutes.',
      'Council members who voted to shelve the study now say they were never shown its conclusions.',
      'The opposition has asked for the study to be published in full before the next council meeting.',
    ]);
    expect(articles.map((a) => [a.title, a.source])).toEqual([
      ['Floods force families from the old town', null],
      ['Bridge inspection finds cracks in the arches', 'Valley Herald'],
      ['Why the flood study was shelved', null],
    ]);
    expect(articles[0].confidence).toBe(1);
    expect(articles[1].confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(articles[2].confidence).toBeLessThan(CONFIDENT);
  });

  it('keeps the text above the menus and footer, not a heavier blurb pasted after the footer', () => {
    const months = ['July', 'June', 'May', 'April', 'March', 'February'].flatMap((m) =>
      ['2025', '2024', '2023', '2022'].map((y) => `${m} ${y}`),
    );
    const blurb = [
      'Our online shop for garden tools has offered hand-picked spades, rakes, hoses and watering cans from small workshops across the country since 2009, with free delivery on every order over fifty euros.',
      'Whether you are planting your first vegetable bed or looking after a large orchard, our team of trained gardeners will help you choose the right tool, and every tool comes with a five-year guarantee.',
      'Order before two in the afternoon and your parcel leaves our warehouse the same day, packed in recycled cardboard, and you can return anything you do not like within sixty days at no cost.',
      'Sign up for our garden letter to receive seasonal planting tips, offers for members and invitations to our open days, when you can try every tool in our own show garden before you buy it.',
    ];
    const { articles } = clean([
      ...NAV,
      'Floods force families from the old town',
      ...STORY_EN,
      'Archive',
      ...months,
      ...FOOTER,
      ...blurb,
    ]);
    expect(bodyText(articles[0].blocks)).toBe(STORY_EN.join('\n\n'));
  });

  it('takes the story under its header over a blurb that a mega-menu prints between its items', () => {
    const menu = ['Shop templates', 'Plugins', 'Themes', 'References'];
    const blurb = [
      'Our shop templates give any online store a clean and fast layout that works on phones, tablets and desktop screens alike, and every one of them can be changed to match the colours and fonts of your brand.',
      'Each template is built on the standard layout of the shop system, so updates of the system never break it, and our support team helps you install it, set it up and keep it running for as long as you use it.',
    ];
    const { articles } = clean([
      ...menu,
      'Shop templates',
      'Shop templates',
      ...blurb,
      'Plugins',
      'Themes',
      ...menu,
      'Floods force families from the old town',
      'July 23, 2025',
      ...STORY_EN,
      ...FOOTER,
    ]);
    expect(articles[0].title).toBe('Floods force families from the old town');
    expect(bodyText(articles[0].blocks)).toBe(STORY_EN.join('\n\n'));
  });
});
