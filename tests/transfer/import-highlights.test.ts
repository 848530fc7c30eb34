import { describe, expect, it } from 'vitest';
import { placeHighlight } from '../../electron/transfer/import/highlights.ts';

const text =
  'The council approved the budget. Critics said the plan was late. ' +
  'In March the council approved the budget again, after a recount.';

const place = (quote: string) =>
  placeHighlight({ quote, note: '', createdAt: null }, text, '2026-01-01T00:00:00.000Z');

describe('an imported highlight, which carries its words alone', () => {
  it('is placed where its words are', () => {
    const a = place('Critics said the plan was late.');
    expect(a.orphaned).toBe(false);
    expect(text.slice(a.position.start, a.position.end)).toBe('Critics said the plan was late.');
  });

  it('takes the first place of words the text holds twice, rather than hiding them', () => {
    const a = place('council approved the budget');
    expect(a.orphaned).toBe(false);
    expect(a.position.start).toBe(text.indexOf('council approved the budget'));
  });

  it('is placed where its words are when the service wrote its quotation marks plainly', () => {
    const curly = `${text} “It’s late,” a critic said.`;
    const a = placeHighlight(
      { quote: '"It\'s late,"', note: '', createdAt: null },
      curly,
      '2026-01-01T00:00:00.000Z',
    );
    expect(a.orphaned).toBe(false);
    expect(curly.slice(a.position.start, a.position.end)).toBe('“It’s late,”');
  });

  it('is an orphan when it has no words', () => {
    expect(place('  ').orphaned).toBe(true);
  });

  it('waits as an orphan when its words are not in the text', () => {
    const a = place('The mayor resigned on Tuesday.');
    expect(a.orphaned).toBe(true);
  });
});
