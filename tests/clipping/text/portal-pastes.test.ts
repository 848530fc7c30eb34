import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { bodyText } from '../../../electron/model/article.ts';

// Pastes written for these tests in the shape of news pages other than the
// seed's: a widget inside the story, related stories each under an
// "Outlet · 5h" line, promotion boxes and "Advertisement" flattened into
// their text, and the story's outlet and writer as bare names under its title.
const clippedAt = new Date('2025-06-14T12:00:00Z');
/** The articles the engine finds in a fixture, and their bodies as text. */
function read(name: string) {
  const articles = cleanTextPaste(
    readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
    { clippedAt },
  );
  return { articles, bodies: articles.map((a) => bodyText(a.blocks)) };
}

describe('an English portal paste', () => {
  const { articles, bodies } = read('portal-paste-en.txt');

  it('finds the story and the two related ones, each with the outlet its header names', () => {
    expect(articles.map((a) => [a.title, a.source, a.credit])).toEqual([
      ['Storm forces evacuation of coastal towns in northern Portugal', 'The Guardian', 'REUTERS'],
      ['Spain sends firefighting planes to Greece as wildfires spread', 'Reuters', 'REUTERS'],
      ['Rescuers search for missing hikers in the Swiss Alps', 'Associated Press', 'AP'],
    ]);
    expect(articles[0].byline).toBe('Maria Costa');
    expect(articles[1].published).toBe('2025-06-14T10:00:00.000Z');
    expect(articles[2].published).toBe('2025-06-14T07:00:00.000Z');
  });

  it('joins the story across a "Trending now" list, and leaves the list out', () => {
    expect(bodies[0]).toContain(
      'said the mayor of Matosinhos at a press conference.\n\nThe storm, named by Portuguese forecasters',
    );
    expect(bodies[0]).toMatch(/heavy rain moves inland\.$/);
    for (const junk of ['Trending now', 'Fans mob striker', 'Story continues', 'Advertisement'])
      expect(bodies[0]).not.toContain(junk);
  });

  it('cuts a promotion box and a label flattened into a story, and keeps the sentences after them', () => {
    expect(bodies[1]).toBe(
      'MADRID (Reuters) - Spain sent two firefighting aircraft to Greece on Saturday to help battle wildfires that have forced the evacuation of villages near Athens. The planes will operate from an air base outside the capital for at least a week, the Spanish defence ministry said. Greek officials said more than 200 firefighters were working through the night.',
    );
    expect(bodies[2]).toMatch(
      /did not return\. Police said the search would continue as long as the weather allowed\.$/,
    );
    const removed = articles[1].removed.map((r) => r.text);
    expect(removed).toContain(
      'Sign up for our morning briefing Get the news in your inbox Subscribe',
    );
  });
});

describe('a German portal paste', () => {
  const { articles, bodies } = read('portal-paste-de.txt');

  it('finds the story and the related agency story, named by its lower-case agency', () => {
    expect(articles.map((a) => [a.title, a.source, a.byline])).toEqual([
      ['Bahnstreik legt Fernverkehr in ganz Deutschland lahm', 'Beispiel Verlag', 'Jonas Weber'],
      ['Flughafen Frankfurt meldet Rekord bei Passagieren', 'dpa', null],
    ]);
    expect(articles[0].published).toBe('2025-03-12T07:45:00.000Z');
  });

  it('joins the story across the "you may also like" list and cuts the newsletter box from the agency story', () => {
    expect(bodies[0]).toMatch(/^Berlin\. Die Gewerkschaft/);
    expect(bodies[0]).toMatch(/wenn die Bahn ein neues Angebot vorlege\.$/);
    for (const junk of [
      'Anzeige',
      'Das könnte Sie auch interessieren',
      'E-Scooter',
      'Artikel teilen',
    ])
      expect(bodies[0]).not.toContain(junk);
    expect(bodies[1]).toContain('Nordamerika. Der Betreiber rechnet auch für das Gesamtjahr');
    expect(bodies[1]).not.toMatch(/Newsletter|anmelden/);
  });
});

describe('a science page with a dek, a photo credit and teasers', () => {
  const { articles, bodies } = read('science-page-en.txt');

  it('takes the headline, not the longer dek under it, for the title', () => {
    expect(articles.map((a) => a.title)).toEqual([
      'Scientists map the deep currents beneath Antarctic ice shelves',
    ]);
    expect(articles[0]).toMatchObject({
      byline: 'Priya Raman and Tom Ellis',
      source: 'Science Daily Example',
      published: '2025-06-03T12:00:00.000Z',
    });
  });

  it('keeps every paragraph, and neither the photo line nor the related teasers', () => {
    const body = bodies[0];
    expect(articles[0].blocks).toHaveLength(5);
    expect(body).toMatch(/^Robotic floats drifting beneath/);
    expect(body).toMatch(/conclusions for the whole continent\.$/);
    expect(body).not.toMatch(/Photo:|Melting glaciers|Sediment from retreating|ozone|Newsletter/);
  });
});
