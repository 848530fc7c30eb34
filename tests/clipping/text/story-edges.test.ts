import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';
import { FOOTER, NAV, paste, STORY_DE, STORY_EN, STORY_EN_MORE } from './pages.ts';

// Issue 12: where a story ends, what is its own (a closing quote, a closing
// list or table) stays, and the boxes around it (a pitch, a teaser) go.
const clippedAt = new Date('2025-07-23T10:00:00Z');
const texts = (lines: readonly string[]) =>
  cleanTextPaste(lines.join('\n'), { clippedAt })[0].blocks.map((b) => b.text);

const HEADER_EN = ['Floods in the old town', 'By Anna Berg', 'July 23, 2025'];
const HEADER_DE = ['Hochwasser in der Altstadt', 'Von Anna Berg', '23. Juli 2025'];
/** A lead long enough to be a paragraph, printed with no blank line around it. */
const RUN_IN_LEAD =
  'Two families had to leave their homes overnight, and the old stone bridge stays closed until the engineers have checked it.';
/** The story's paragraphs, set off by blank lines, under the header lines given. */
const underHeader = (header: string[]) => texts([...NAV, paste(header, ...STORY_EN), ...FOOTER]);

describe("the story's edges", () => {
  it('keeps a closing paragraph whose sentences end inside German quotes („…“)', () => {
    const quoted =
      'Der Bürgermeister versprach am Abend schnelle Hilfe für alle betroffenen Familien und sagte vor den Helfern in der Turnhalle: „Niemand wird in dieser Stadt mit seinem Schaden allein gelassen.“ ' +
      'Doch auch er räumte ein: „Wenn die Gutachter die alte Brücke nicht rechtzeitig prüfen können und die Mittel aus der Landeskasse nicht bald kommen, werden wir die Schäden in der Altstadt noch lange sehen müssen.“';
    const body = texts([...NAV, ...HEADER_DE, ...STORY_DE, quoted, ...FOOTER]);
    expect(body.at(-1)).toBe(quoted);
  });

  it('keeps the box of facts ("label: value" rows) that closes the story, under its heading', () => {
    const box = [
      'Details',
      'Camera: Canon EOS 60D',
      'Lens: 180 mm telephoto',
      'Exposure: 60 x 3 minutes',
      'Bavaria, near Kasberg',
      'Place: the old stone bridge',
    ];
    const body = texts([...NAV, ...HEADER_EN, ...STORY_EN, ...box, ...FOOTER]);
    expect(body.slice(-6)).toEqual(box);
  });

  it('keeps the standfirst under the title that ends in "…" as a teaser does', () => {
    const standfirst =
      'The river rose faster than anyone in the old town had ever seen, and by dawn the square was under water. What happened next…';
    const body = texts([...NAV, ...HEADER_EN, standfirst, ...STORY_EN, ...FOOTER]);
    expect(body).toEqual([standfirst, ...STORY_EN]);
  });

  it('keeps a headline-shaped standfirst between the dated title and the text', () => {
    // Laid out as a press release: title, place and date, a standfirst without a stop.
    const standfirst =
      'Families in the old town count the damage after the worst flood in fifty years';
    const release = paste(
      ['Floods in the old town'],
      ['Hamburg, July 23, 2025'],
      standfirst,
      ...STORY_EN,
    );
    const body = texts([...NAV, release, ...FOOTER]);
    expect(body).toEqual([standfirst, ...STORY_EN]);
  });

  it('keeps the lead the paste runs in with the title and its date, above a share bar', () => {
    const header = ['Floods in the old town', 'July 23, 2025', RUN_IN_LEAD, 'Share', 'Email'];
    expect(underHeader(header)).toEqual([RUN_IN_LEAD, ...STORY_EN]);
  });

  it('keeps the run-in lead when a list of most-read headlines above the title runs on to it', () => {
    const mostRead = [
      'Most read',
      'Council votes on the new tram line',
      'Bakery wins regional prize',
    ];
    // So many buttons that no header forms: the list runs on to the title.
    const buttons = ['Share', 'Tweet', 'Email', 'Print', 'Copy link', 'WhatsApp'];
    const header = [
      ...mostRead,
      'Floods in the old town',
      'July 23, 2025',
      RUN_IN_LEAD,
      ...buttons,
    ];
    expect(underHeader(header)).toEqual([RUN_IN_LEAD, ...STORY_EN]);
  });

  it('leaves out a line run in under the title when other text stands before the story', () => {
    const pitch = [
      'Breaking News Emails',
      'Get the latest reports as they come. The stories that matter, delivered to you every weekday morning.',
    ];
    const header = [
      'Floods in the old town',
      RUN_IN_LEAD,
      ...pitch,
      'By Anna Berg',
      'July 23, 2025',
    ];
    expect(underHeader(header)).toEqual(STORY_EN);
  });

  it('leaves out a caption closed by its credit in brackets ("(Name / Agency)") above the text', () => {
    const caption = 'Firefighters on the flooded square at dawn. (Anna Berg / Example Pictures)';
    const body = texts([...NAV, paste(HEADER_EN, caption, ...STORY_EN), ...FOOTER]);
    expect(body).toEqual(STORY_EN);
  });

  it("leaves out a question or an exclamation to the reader after the story's text", () => {
    const closing = 'The bridge will stay closed until the engineers have finished.';
    const prompts = ['Have you seen it?', 'Visit our shop!'];
    const body = texts([...NAV, ...HEADER_EN, ...STORY_EN, closing, ...prompts, ...FOOTER]);
    expect(body).toEqual([...STORY_EN, closing]);
  });

  it('leaves out a question among the headlines listed under "You may also like"', () => {
    const related = [
      'You may also like...',
      'Will the old bridge reopen before winter?',
      'Council votes on flood defence plan',
      'Bakery on the main square wins regional prize',
    ];
    // Paragraphs and headlines set off by blank lines, as a browser copies them.
    const body = texts([...NAV, paste(...HEADER_EN, ...STORY_EN, ...related), ...FOOTER]);
    expect(body).toEqual(STORY_EN);
  });

  it('takes up the story again at a question the paragraph under it answers', () => {
    const related = [
      'Read more',
      'Council votes on flood defence plan',
      'Bakery on the main square wins regional prize',
    ];
    const question = 'Who pays for the damage?';
    const answer = [
      'Households can claim from the emergency fund, which covers cellars, furniture and the cost of drying out walls. It pays for:',
      'pumps hired by the hour',
      'dehumidifiers for up to six weeks',
    ];
    const body = texts([
      ...NAV,
      paste(...HEADER_EN, ...STORY_EN.slice(0, 3), ...related, question, ...answer),
      paste(...STORY_EN.slice(3)),
      ...FOOTER,
    ]);
    expect(body).toEqual([...STORY_EN.slice(0, 3), question, ...answer, ...STORY_EN.slice(3)]);
  });

  it("leaves out another story's headline that closes the run of paragraphs", () => {
    const related = 'Council votes on flood defence plan for the old town';
    // Paragraphs set off by blank lines, as the headline is.
    const paste = [...HEADER_EN, ...STORY_EN, related, ''].join('\n\n');
    const body = texts([...NAV, paste, ...FOOTER]);
    expect(body).toEqual(STORY_EN);
  });

  it("leaves out a newsletter's pitch under its heading after a long story", () => {
    // Long paragraphs set off by blank lines: the pitch outweighs its heading, and the heaviest run takes both in.
    const story = STORY_EN.map((p, k) => `${p} ${STORY_EN_MORE[k]}`);
    const pitch =
      'Missing out on our latest news? Enter your email address below and we will send you the stories of the day every morning, with the weather.';
    const heading = 'Email Newsletter';
    const after = ['Join 5,000 other readers', ...FOOTER];
    const paragraphs = [...story, ...STORY_EN, ...STORY_EN_MORE];
    const body = texts([paste(NAV, HEADER_EN, ...paragraphs, heading, pitch, after)]);
    expect(body).toEqual(paragraphs);
  });

  it("leaves out the pitch under a newsletter's heading, and keeps a sentence after its button", () => {
    const closing = 'The bridge will stay closed until the engineers have finished.';
    const headed = [
      'Newsletter',
      'Up to date every morning on savings and tips for your money and your home.',
    ];
    expect(texts([...NAV, ...HEADER_EN, ...STORY_EN, closing, ...headed, ...FOOTER])).toEqual([
      ...STORY_EN,
      closing,
    ]);
    const button = ['Subscribe to our newsletter', 'Drivers should use the ring road until then.'];
    expect(texts([...NAV, ...HEADER_EN, ...STORY_EN, closing, ...button, ...FOOTER])).toEqual([
      ...STORY_EN,
      closing,
      button[1],
    ]);
  });

  it('leaves out a lone "Label: value" note under the text (a source, a photo credit)', () => {
    const closing = 'The bridge will stay closed until the engineers have finished.';
    const note = 'Source: the weather service of the old town, 23 July 2025';
    expect(texts([...NAV, ...HEADER_EN, ...STORY_EN, closing, note, ...FOOTER])).toEqual([
      ...STORY_EN,
      closing,
    ]);
  });
});
