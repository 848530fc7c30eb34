import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { bodyText } from '../../../electron/model/article.ts';

// A real paste from a news aggregator (see /work/shared/examples/README.md):
// a Reuters story cut in two by a "Top stories" widget, the site's own UI, then
// three related stories from two outlets, flattened onto one line each.
const paste = readFileSync(new URL('./fixtures/aggregator-paste.txt', import.meta.url), 'utf8');
const clippedAt = new Date('2025-07-23T10:00:00Z');
const articles = cleanTextPaste(paste, { clippedAt });
const bodies = articles.map((a) => bodyText(a.blocks));

describe('the aggregator paste', () => {
  it('holds four stories, the page’s own first, each with its title and outlet', () => {
    expect(articles.map((a) => [a.title, a.source])).toEqual([
      ['Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines', null],
      ["Explainer: Zelensky's move against Ukraine's anti-corruption agencies", 'Straits Times'],
      ['Thailand recalls ambassador to Cambodia amid border tensions', 'Business Times'],
      ['Suspect linked to Russian language cybercrime forum arrested in Ukraine', 'Straits Times'],
    ]);
  });

  it('joins the text on either side of the Top stories widget in one body', () => {
    const first = bodies[0];
    expect(first).toContain('Zakharova noted that under the text of the Ottawa Treaty');
    expect(first).toContain(
      '"At the same time, the obligations of the Convention were not fulfilled',
    );
    expect(first).toContain('Lithuania and Finland look set to start domestic production');
    expect(first.indexOf('Zakharova noted')).toBeLessThan(first.indexOf('At the same time'));
  });

  it('leaves out the widgets, the site’s UI and the promotions, in lines and inside flattened lines', () => {
    const all = bodies.join('\n');
    for (const junk of [
      'Top stories',
      'Swipe. Select.',
      'Stay informed',
      'COE prices rise for all categories',
      'Judge asks prosecution for more information on Kpods',
      'Oceanarium will enhance tourism',
      'Hashtags',
      'Try Our AI Features',
      'No comments yet',
      'Related Articles',
      "Find out what's new on ST website and app",
      'A NEWSLETTER FOR YOU',
      'Sign Up',
      'an hour ago',
    ]) {
      expect(all, junk).not.toContain(junk);
    }
  });

  it('keeps every paragraph of the stories', () => {
    expect(bodies[1]).toContain('Still, NABU and SAPO said in a joint statement on July 23');
    expect(bodies[2]).toContain(
      "'Tourists are strictly prohibited from entering these border areas,' it said.",
    );
    expect(bodies[2]).toContain(
      'The country is littered with landmines laid during decades of war.',
    );
    expect(bodies[3]).toContain(
      'The suspect was arrested in Kyiv on Tuesday in a police operation',
    );
  });

  it('says what was removed and why, so it can be put back', () => {
    const removed = articles[0].removed;
    const widget = removed.find((r) => r.text === 'Singapore COE prices rise for all categories');
    expect(widget?.reason).toBe('list of other headlines');
    expect(widget?.before).toBe(
      articles[0].blocks.findIndex((b) => b.text.startsWith('"At the same time')),
    );
    expect(articles[2].removed.map((r) => r.text)).toContain('Sign Up Sign Up');
  });

  it('restores paragraphs and subheadings of the flattened stories', () => {
    const explainer = articles[1].blocks;
    expect(explainer.length).toBeGreaterThan(10);
    const headings = explainer.filter((b) => b.type === 'heading').map((b) => b.text);
    expect(headings).toContain('What was the reaction?');
    expect(headings).toContain("What's next?");
    expect(headings).toContain("What are Ukraine's anti-corruption agencies?");
    expect(articles[3].blocks.length).toBeGreaterThan(1);
    expect(articles[3].blocks[0].text.startsWith('PARIS - A person suspected')).toBe(true);
  });

  it('reads the wire credit, the datelines and the relative times', () => {
    expect(articles.map((a) => a.credit)).toEqual(['REUTERS', 'REUTERS', 'REUTERS', 'REUTERS']);
    expect(articles.map((a) => a.dateline)).toEqual([null, 'KYIV', 'BANGKOK', 'PARIS']);
    expect(articles.map((a) => a.published)).toEqual([
      null,
      '2025-07-23T09:00:00.000Z',
      '2025-07-23T09:00:00.000Z',
      '2025-07-23T08:00:00.000Z',
    ]);
    expect(articles.every((a) => a.language === 'en')).toBe(true);
  });

  it('takes the credit off the end of the text', () => {
    expect(bodies[0].endsWith('soaring defence spending.')).toBe(true);
    expect(bodies.some((b) => /REUTERS\s*$/.test(b))).toBe(false);
  });
});
