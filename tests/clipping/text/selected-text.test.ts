import { describe, expect, it } from 'vitest';
import { cleanTextPaste } from '../../../electron/clipping/text/clean-paste.ts';

const clippedAt = new Date('2025-07-23T10:00:00Z');

/** A person often copies just the article: a headline and its paragraphs, nothing around them. */
describe('a paste of the article alone', () => {
  it('keeps a short closing sentence', () => {
    const [article] = cleanTextPaste(
      'Storm closes the bridge\nThe bridge closed at noon as winds rose.\nIt will reopen tomorrow.',
      { clippedAt },
    );
    expect(article.title).toBe('Storm closes the bridge');
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The bridge closed at noon as winds rose.',
      'It will reopen tomorrow.',
    ]);
  });

  it('keeps the closing sentence after a newsletter button line, and leaves the button out', () => {
    const [article] = cleanTextPaste(
      'Bridge closes for repairs\nThe bridge will close on Monday for six weeks.\nSubscribe to our newsletter\nDrivers should use the ring road.',
      { clippedAt },
    );
    expect(article.blocks.map((b) => b.text)).toEqual([
      'The bridge will close on Monday for six weeks.',
      'Drivers should use the ring road.',
    ]);
    expect(article.removed.map((r) => r.text)).toContain('Subscribe to our newsletter');
  });

  it('takes a headline that opens with a word for a time of day as the title, not as a date line', () => {
    for (const title of [
      'Night trains return',
      'Morning briefing on the harbour',
      'Noon deadline passes for talks',
    ]) {
      const [article] = cleanTextPaste(
        `${title}\nThe sleeper service runs again from June, the operator said.`,
        { clippedAt },
      );
      expect(article.title).toBe(title);
      expect(article.published).toBeNull();
    }
  });
});
