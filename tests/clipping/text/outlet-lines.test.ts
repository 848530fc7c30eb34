import { describe, expect, it } from 'vitest';
import { nameBesideTime } from '../../../electron/clipping/recognise/beside-time.ts';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { copyrightHolder } from '../../../electron/clipping/text/describe/source.ts';
import type { PasteLine } from '../../../electron/clipping/text/segment.ts';
import { NAV, STORY_EN, paste } from './pages.ts';

const holder = (text: string) => copyrightHolder([{ text } as PasteLine]);

describe('the outlet read from a copyright line', () => {
  it.each([
    ['Copyright © 2020 · The Postpartum Party', 'The Postpartum Party'],
    ['© 1998–2020 GIGA · Alle Rechte vorbehalten.', 'GIGA'],
    ['Copyright © 2020 HR Innovation – Designed by ZThemes Studio', 'HR Innovation'],
    ['© 2009-2012 Jonathan Krase. Impressum & Datenschutz', 'Jonathan Krase'],
    ['Copyright © 2023 · Elavegan.com Privacy Policy · Disclosure', 'Elavegan.com'],
    ['© copyright by Greator 2022', 'Greator'],
    ['© 0 Reuters. All Rights Reserved.', 'Reuters'],
    ['© 2019 BONDY BLOG TOUS DROITS RESERVES', 'BONDY BLOG'],
    ['Kostenlos Homepage Baukasten - uCoz erstellen\tCopyright MyCorp © 2016', 'MyCorp'],
    ['Royal Road® © 2013-2020, background by Noah Bradley', 'Royal Road'],
    ["© Le Quotidien de l'Est 2025 – Reproduction interdite", "Le Quotidien de l'Est"],
  ])('is the name alone, without the links and separators around it: %s', (line, name) => {
    expect(holder(line)).toBe(name);
  });

  it.each([
    // A photographer's, a caption's or the site software's credit.
    '© Lisa Niekel / Kopfarbyte',
    'Jedes Zimmer besitzt eine private Terrasse.  ©Ambroise Tézenas',
    'Foto © Jörg Gemsch, Heidi Jost',
    'Forum software by XenForo® © 2010-2019 XenForo Ltd.',
    '© 2016 Theme Blass by 1000ff | Powered by WordPress',
    '© 2019 • GeneratePress',
    'Copyrighted Image. Copying not allowed.',
    // Words of a sentence, or a reservation alone.
    '© 2020 a Reach plc subsidiary',
    'Die Cover und Klappentexte unterliegen dem Copyright des jeweiligen Verlages',
    '©RIPRODUZIONE RISERVATA',
    '© Derechos Reservados 2022',
    'Image Usage and Copyright',
  ])('names no outlet in a credit or a sentence: %s', (line) => {
    expect(holder(line)).toBeNull();
  });
});

describe("the outlet and a photo's credit under the story", () => {
  const outletOf = (...after: string[]) =>
    cleanTextPaste(
      paste(NAV, 'Flood waters reach the old town', 'July 23, 2025', ...STORY_EN, after),
      {
        clippedAt: new Date('2025-07-23T10:00:00Z'),
      },
    )[0].source;

  it("is not the photographer credited right under the story's text", () => {
    expect(outletOf('© Anna Schäffer', 'About us', 'Contact', 'Newsletter')).toBeNull();
  });

  it("is the holder of the footer's copyright line below it", () => {
    expect(
      outletOf('© Anna Schäffer', 'About us', 'Contact', 'Newsletter', '© 2025 The Daily Example'),
    ).toBe('The Daily Example');
  });
});

describe("the outlet named after a copyright holder's masthead", () => {
  const outletOf = (masthead: string, copyright: string) =>
    cleanTextPaste(
      paste([masthead, ...NAV], 'Flood waters reach the old town', 'July 23, 2025', ...STORY_EN, [
        'About us',
        'Contact',
        copyright,
      ]),
      { clippedAt: new Date('2025-07-23T10:00:00Z') },
    )[0].source;

  it('is the masthead the paste prints, not the company named after it', () => {
    expect(outletOf('The Ledger', 'Copyright ©2025 Ledger Media Group, Inc.')).toBe('The Ledger');
    expect(outletOf('Noorderblad', '© 2025 Noorderblad Media B.V.')).toBe('Noorderblad');
  });

  it('keeps the whole holder when the rest of it is more than a company word', () => {
    expect(outletOf('Eishockeynews', '© 2022 Eishockeynews Straubing')).toBe(
      'Eishockeynews Straubing',
    );
  });
});

describe('the outlet beside a time', () => {
  it('is not the writer of a byline set off beside the date', () => {
    expect(nameBesideTime('By John Walk - January 10, 2020', 'January 10, 2020')).toBeNull();
    expect(nameBesideTime('Von Der Spendenteddy - 30. Juli 2023', '30. Juli 2023')).toBeNull();
    expect(nameBesideTime('Maritime Daily · 8h', '8h')).toBe('Maritime Daily');
  });

  it("is not the category or writer after a story's calendar date, but is the feed's source after its age", () => {
    const sourceUnder = (dateLine: string) =>
      cleanTextPaste(paste(NAV, 'Flood waters reach the old town', dateLine, ...STORY_EN), {
        clippedAt: new Date('2025-07-23T10:00:00Z'),
      })[0].source;
    expect(sourceUnder('22.07.2025 | Pressemitteilung')).toBeNull();
    expect(sourceUnder('22.07.2025 | Markus Euskirchen')).toBeNull();
    expect(sourceUnder('5h | Reuters')).toBe('Reuters');
    expect(sourceUnder('Maritime Daily · 22.07.2025')).toBe('Maritime Daily');
  });

  it("gives a story the writer as its byline and no outlet made of the writer's name", () => {
    const [article] = cleanTextPaste(
      paste(
        NAV,
        'Flood waters reach the old town',
        'By John Walk - January 10, 2020',
        ...STORY_EN,
        ['About us', 'Contact'],
      ),
      { clippedAt: new Date('2025-07-23T10:00:00Z') },
    );
    expect(article.byline).toBe('John Walk');
    expect(article.source).toBeNull();
  });
});
