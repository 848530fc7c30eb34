import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { findTime } from '../../../electron/clipping/recognise/time.ts';
import { bylineOf } from '../../../electron/clipping/recognise/byline.ts';
import { leadingCredit, trailingCredit } from '../../../electron/clipping/recognise/credit.ts';
import { storyText } from '../../../electron/model/article.ts';
import { MetaLines } from '../../../electron/clipping/text/meta-lines.ts';
import { segmentLines } from '../../../electron/clipping/text/segment.ts';
import { NAV, STORY_DE, STORY_EN, STORY_FR, STORY_JA, STORY_RU, STORY_ZH, paste } from './pages.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

function main(text: string) {
  const [article] = cleanTextPaste(text, { clippedAt });
  return article;
}

/** A page whose header is the given lines, around the title. */
function withHeader(header: string[], paragraphs: readonly string[] = STORY_EN): string {
  return paste(NAV, header, ...paragraphs, [
    'About us',
    '© 2025 The Daily Example. All rights reserved.',
  ]);
}

describe('title, outlet and byline', () => {
  it("reads a blog's byline after its date, and takes its short post over the author box", () => {
    const text = paste(
      NAV,
      'Live from the camp',
      'Posted on 17 December 2019 by Simon Baker',
      'At this year’s knowledge camp in Berlin we recorded an episode live, with three guests who told us what they took home from two days of sessions.',
      [
        'Download: mp3',
        'Share this:',
        'Twitter',
        'Facebook',
        'Like this:',
        'Like Loading…',
        'Related posts',
        'This entry was posted in Podcast and tagged berlin, camp by Simon Baker.',
      ],
      'About Simon Baker',
      'Simon Baker runs the academy, trained as an electrical engineer, and has advised companies on how they keep and share what their staff know, from small workshops to large plants, for more than twenty years.',
      ['Show all posts by Simon Baker', 'Leave a comment'],
    );
    const article = main(text);
    expect(article.byline).toBe('Simon Baker');
    expect(article.title).toBe('Live from the camp');
    expect(storyText(article.blocks)).toContain('we recorded an episode live');
    expect(storyText(article.blocks)).not.toContain('electrical engineer');
  });

  it('takes no user handle after a date for a byline: that is a comment header', () => {
    const lines = segmentLines(
      ['Posted on 17 December 2019 by Simon Baker', 'On 12 March 2025 at 14:38 by Hugo'].join('\n'),
    );
    const meta = new MetaLines(lines, 'en', clippedAt);
    expect(meta.byline(0)).toBe('Simon Baker');
    expect(meta.byline(1)).toBeNull();
  });

  it('takes no two-letter code for a date line: "FR" is a language switch as often as Friday', () => {
    const lines = segmentLines(['DE', 'FR', 'Freitag', 'Fr, 5. November 2021'].join('\n'));
    const meta = new MetaLines(lines, 'de', clippedAt);
    expect([0, 1, 2, 3].map((i) => meta.isTimeLine(i))).toEqual([false, false, true, true]);
  });

  it('reads them from the header, and the outlet from the copyright line', () => {
    const article = main(
      withHeader([
        'World',
        'Storm floods the old town',
        'By Jane Doe',
        'Updated 12 March 2025, 10:30',
      ]),
    );
    expect(article.title).toBe('Storm floods the old town');
    expect(article.byline).toBe('Jane Doe');
    expect(article.source).toBe('The Daily Example');
    expect(article.published).toBe('2025-03-12T10:30:00.000Z');
  });

  it('takes the headline with the byline and date under it, not a video title nearer the text', () => {
    const article = main(
      withHeader([
        'Storm floods the old town',
        'By Jane Doe',
        'Updated 12 March 2025, 10:30',
        'Share',
        'Play video',
        '01:32',
        'Watch the river burst its banks',
      ]),
    );
    expect(article.title).toBe('Storm floods the old town');
    expect(article.byline).toBe('Jane Doe');
    expect(article.published).toBe('2025-03-12T10:30:00.000Z');
  });

  it("takes no breadcrumb for the title, however many of the story's words it names", () => {
    for (const trail of [
      '> Old town > Flooded homes and the river',
      'Home › Old town › River floods homes',
    ]) {
      const article = main(withHeader([trail, 'A night to forget', '12 March 2025']));
      expect(article.title).toBe('A night to forget');
    }
  });

  it('reads bylines in other forms and languages', () => {
    expect(bylineOf('Par Claire Vuillemin (Lons-le-Saunier, correspondante)')).toBe(
      'Claire Vuillemin',
    );
    expect(bylineOf('By Sarah E. Needleman')).toBe('Sarah E. Needleman');
    expect(bylineOf('Tom Krisher, AP Auto Writer')).toBe('Tom Krisher');
    expect(bylineOf('Von Moritz Bachmann publiziert am 25. September 2018')).toBe(
      'Moritz Bachmann',
    );
    expect(bylineOf('Par Jean Dupont')).toBe('Jean Dupont');
    expect(bylineOf('Текст: Венера Ерофеева·24 сентября 2018')).toBe('Венера Ерофеева');
    expect(bylineOf('By the way, the council met on Tuesday to discuss the budget')).toBeNull();
    expect(bylineOf('Storm floods the old town')).toBeNull();
    // A name is never cut inside a word: "A0 REUTERS" once gave the byline "A".
    expect(bylineOf('A0 REUTERS')).toBeNull();
  });

  it('reads the holder from copyright lines that go on after a dash', () => {
    for (const [footer, outlet] of [
      [
        "© Le Quotidien de l'Est 2025 – Reproduction interdite de tous les articles",
        "Le Quotidien de l'Est",
      ],
      [
        'Copyright 2025 © Il Giornale del Sud S.r.l. - P.IVA 04312870879 - Tutti i diritti riservati',
        'Il Giornale del Sud',
      ],
      ['© 2025 - Seeblatt GmbH & Co. KG', 'Seeblatt'],
    ]) {
      expect(
        main(
          paste(NAV, 'Le plan pour sauver les petites lignes', STORY_FR, [
            'Mentions légales',
            footer,
          ]),
        ).source,
      ).toBe(outlet);
    }
  });

  it('takes the outlet framed around a story header', () => {
    const text = paste(
      ['Riverside Courier', '3 hours ago', '- Riverside Courier'],
      ['Storm floods the old town'],
      ...STORY_EN,
    );
    expect(main(text).source).toBe('Riverside Courier');
    expect(main(text).published).toBe('2025-07-23T07:00:00.000Z');
  });
});

describe('published time', () => {
  it('keeps how precisely a relative time was given, and never invents it for a date', () => {
    expect(findTime('an hour ago', 'en', clippedAt)?.ago).toEqual({ amount: 1, unit: 'hour' });
    expect(findTime('4h', null, clippedAt)?.ago).toEqual({ amount: 4, unit: 'hour' });
    expect(findTime('vor 3 Tagen', 'de', clippedAt)?.ago).toEqual({ amount: 3, unit: 'day' });
    expect(findTime('1時間前', 'ja', clippedAt)?.ago).toEqual({ amount: 1, unit: 'hour' });
    expect(findTime('yesterday', 'en', clippedAt)?.ago).toEqual({ amount: 1, unit: 'day' });
    expect(findTime('Jul 21, 2025, 9:14 AM', 'en', clippedAt)?.ago).toBeUndefined();
  });

  it('resolves relative and compact times against the clip time', () => {
    expect(findTime('an hour ago', 'en', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T09:00:00.000Z',
    );
    expect(findTime('4h', null, clippedAt)?.date.toISOString()).toBe('2025-07-23T06:00:00.000Z');
    expect(findTime('15m ago', 'en', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T09:45:00.000Z',
    );
    expect(findTime('vor 3 Stunden', 'de', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T07:00:00.000Z',
    );
    expect(findTime('il y a 2 heures', 'fr', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T08:00:00.000Z',
    );
    expect(findTime('3 часа назад', 'ru', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T07:00:00.000Z',
    );
    expect(findTime('1時間前', 'ja', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T09:00:00.000Z',
    );
    expect(findTime('3小时前', 'zh', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T07:00:00.000Z',
    );
    expect(findTime('2시간 전', 'ko', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T08:00:00.000Z',
    );
  });

  it("reads English dates with figures on another language's page, not English words alone", () => {
    expect(findTime('Posted March 5, 2020', 'de', clippedAt)?.date.toISOString()).toBe(
      '2020-03-05T12:00:00.000Z',
    );
    expect(findTime('gestern', 'de', clippedAt)?.date.toISOString()).toBe(
      '2025-07-22T10:00:00.000Z',
    );
    expect(findTime('yesterday', 'de', clippedAt)).toBeNull();
    expect(findTime('yesterday', null, clippedAt)?.ago).toEqual({ amount: 1, unit: 'day' });
  });

  it('reads times in words the same however often it is asked', () => {
    // Each parser builds its pattern once (time.ts); a pattern kept wrongly would show on the second round.
    for (let round = 0; round < 2; round++) {
      expect(findTime('in zwei Tagen', 'de', clippedAt)?.date.toISOString()).toBe(
        '2025-07-25T10:00:00.000Z',
      );
      expect(findTime('vor einer Stunde', 'de', clippedAt)?.date.toISOString()).toBe(
        '2025-07-23T09:00:00.000Z',
      );
      expect(findTime('il y a deux heures', 'fr', clippedAt)?.date.toISOString()).toBe(
        '2025-07-23T08:00:00.000Z',
      );
      expect(findTime('two days ago', 'en', clippedAt)?.date.toISOString()).toBe(
        '2025-07-21T10:00:00.000Z',
      );
    }
  });

  it('reads absolute times with their zone', () => {
    const updated = findTime('Updated Tue, 22 July 2025 at 3:14 pm GMT+8', 'en', clippedAt);
    expect(updated?.date.toISOString()).toBe('2025-07-22T07:14:00.000Z');
    expect(findTime('18. November 2019, 10:31 Uhr', 'de', clippedAt)?.date.toISOString()).toBe(
      '2019-11-18T10:31:00.000Z',
    );
    expect(findTime('2019年11月19日 10:31', 'ja', clippedAt)?.date.toISOString()).toBe(
      '2019-11-19T10:31:00.000Z',
    );
  });

  it('gives the story the time printed in its header', () => {
    const article = main(
      withHeader(['Storm floods the old town', 'Updated Tue, 22 July 2025 at 3:14 pm GMT+8']),
    );
    expect(article.published).toBe('2025-07-22T07:14:00.000Z');
    expect(main(withHeader(['Storm floods the old town', '4h'])).published).toBe(
      '2025-07-23T06:00:00.000Z',
    );
  });

  it('reads a compact time set off beside an outlet name', () => {
    expect(findTime('Associated Press · 5h', 'en', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T05:00:00.000Z',
    );
    expect(findTime('2h ago | Reuters', 'en', clippedAt)?.date.toISOString()).toBe(
      '2025-07-23T08:00:00.000Z',
    );
    expect(findTime('Top picks · 5 tips', 'en', clippedAt)).toBeNull();
  });

  it('takes a date among other words when it stands between the title and the text', () => {
    const article = main(
      withHeader(
        [
          'Le plan pour sauver les petites lignes',
          'Par Claire Martin',
          'Publié le 4 mars 2025 à 18h12, mis à jour à 19h30',
        ],
        STORY_FR,
      ),
    );
    expect(article.published).toBe('2025-03-04T18:12:00.000Z');
  });

  it('leaves the time unknown when the paste names none', () => {
    expect(main(withHeader(['Storm floods the old town'])).published).toBeNull();
  });
});

describe('dateline and wire credit', () => {
  it('finds the dateline in its usual forms', () => {
    const story = (first: string) =>
      main(withHeader(['Storm floods the old town', '2 hours ago'], [first, ...STORY_EN.slice(1)]));
    expect(story(`KYIV - ${STORY_EN[0]}`).dateline).toBe('KYIV');
    expect(story(`[BANGKOK] ${STORY_EN[0]}`).dateline).toBe('BANGKOK');
    expect(story(`BUFFALO, N.Y. — ${STORY_EN[0]}`).dateline).toBe('BUFFALO, N.Y.');
    expect(story(`LONDON (Reuters) - ${STORY_EN[0]}`).dateline).toBe('LONDON');
    expect(story(STORY_EN[0]).dateline).toBeNull();
  });

  it('finds the credit at the end, at the head, or standing alone, and cuts it from the text', () => {
    expect(trailingCredit('the party said. REUTERS')).toEqual({ credit: 'REUTERS', cut: 15 });
    expect(trailingCredit('the party said. - AFP')?.credit).toBe('AFP');
    expect(trailingCredit('AP')).toEqual({ credit: 'AP', cut: 0 });
    expect(trailingCredit('he said in a statement to Reuters.')).toBeNull();
    expect(leadingCredit('WASHINGTON (AP) — The Senate voted')).toBe('AP');
    expect(leadingCredit('(Reuters) - The company said')).toBe('REUTERS');

    const last = STORY_EN[STORY_EN.length - 1];
    const article = main(
      withHeader(['Storm floods the old town'], [...STORY_EN.slice(0, -1), `${last} AFP`]),
    );
    expect(article.credit).toBe('AFP');
    expect(article.blocks.at(-1)?.text).toBe(last);
    expect(article.removed.find((r) => r.reason === 'wire credit')?.text).toBe('AFP');
  });
});

describe('several stories in one paste', () => {
  it('gives each its own title, outlet, time and credit, in German too', () => {
    const text = [
      'Startseite',
      'Anmelden',
      'Spiegel',
      'vor 2 Stunden',
      '- Spiegel',
      'Unwetter überflutet die Altstadt',
      STORY_DE.join(' '),
      'Kommentare',
      'Zeit Online',
      'vor 5 Stunden',
      '- Zeit Online',
      'Feuerwehr zieht Bilanz nach dem Unwetter',
      `${STORY_DE.slice(1).join(' ')} dpa`,
    ].join('\n');
    const articles = cleanTextPaste(text, { clippedAt });
    expect(articles.map((a) => [a.title, a.source, a.published, a.credit, a.language])).toEqual([
      ['Unwetter überflutet die Altstadt', 'Spiegel', '2025-07-23T08:00:00.000Z', null, 'de'],
      [
        'Feuerwehr zieht Bilanz nach dem Unwetter',
        'Zeit Online',
        '2025-07-23T05:00:00.000Z',
        'DPA',
        'de',
      ],
    ]);
  });
});

describe('language', () => {
  it.each([
    ['en', STORY_EN],
    ['de', STORY_DE],
    ['fr', STORY_FR],
    ['ru', STORY_RU],
    ['ja', STORY_JA],
    ['zh', STORY_ZH],
  ])('tells %s', (language, paragraphs) => {
    expect(main(withHeader(['Title of the story here'], paragraphs)).language).toBe(language);
  });
});
