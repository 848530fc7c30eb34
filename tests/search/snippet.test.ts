import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTerms, matchPattern } from '../../electron/search/hit-terms.ts';
import { textMatch } from '../../electron/search/match-expression.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { snippetOf } from '../../electron/search/snippet.ts';
import { termsOf, wordSpans } from '../../electron/search/terms.ts';
import { propertyRun } from '../helpers/test-seed.ts';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

/** The snippet around the first of `matched` in `text`, given where `hitTerms` would say it is. */
const snippet = (text: string, matched: string[]) => {
  const terms = termsOf(text);
  const hit = terms.findIndex((t) => matched.includes(t));
  return snippetOf(text, hit < 0 ? null : { at: wordSpans(text)[hit].start, term: terms[hit] });
};

/** The snippet as counting the text's words from its start cuts it: 32 words from ten before the `hit`-th. */
function counted(text: string, hit: number): string {
  const spans = wordSpans(text);
  const first = Math.max(0, hit - 10);
  const shown = spans.slice(first, first + 32);
  if (shown.length === 0) return '';
  const { end } = shown.at(-1)!;
  const cut = text.slice(shown[0].start, end + /^\S*/.exec(text.slice(end))![0].length);
  return `${first > 0 ? '… ' : ''}${cut.replace(/\s+/g, ' ')}${first + 32 < spans.length ? ' …' : ''}`;
}

describe('snippetOf', () => {
  it('cuts the text around the first matched word, ten words before it', () => {
    const text = `${words(0, 99)}.`;
    expect(snippet(text, ['w50', 'w20'])).toBe(`… ${words(10, 41)} …`);
    expect(snippet(text, ['w90'])).toBe(`… ${words(80, 99)}.`);
  });

  it('starts at the text when no word of it matched, or the match is near its start', () => {
    expect(snippet(`${words(0, 99)}.`, ['elsewhere'])).toBe(`${words(0, 31)} …`);
    expect(snippet('Kyïv,  at   night.', ['night'])).toBe('Kyïv, at night.');
    expect(snippet('', ['x'])).toBe('');
  });

  it('finds the matched word among accented and folded words', () => {
    const text = `${'Kyïv café '.repeat(20)}Odesa harbour reopens.`;
    // "harbour" is the 42nd word: the snippet starts at the 32nd.
    expect(snippet(text, ['harbour'])).toBe(
      `… café ${'Kyïv café '.repeat(4)}Odesa harbour reopens.`,
    );
  });

  it('centres on where a phrase matched, not on its first word standing alone earlier', () => {
    const text = `${words(0, 29)} a w30 ${words(31, 59)} a port ${words(60, 99)}.`;
    const match = textMatch(
      parseQuery('"a port"'),
      { startsOther: () => false, near: () => [] },
      { typos: false },
    );
    const { first } = hitTerms(match, matchPattern(match), text, []);
    expect(snippetOf(text, first)).toBe(`… ${words(50, 59)} a port ${words(60, 79)} …`);
  });

  it('starts at the text when the match is not a word where it is said to be', () => {
    const text = `${words(0, 49)} port.`;
    expect(snippetOf(text, { at: text.indexOf('port') + 1, term: 'ort' })).toBe(
      `${words(0, 31)} …`,
    );
    expect(snippetOf(text, { at: text.indexOf('port'), term: 'ship' })).toBe(`${words(0, 31)} …`);
  });

  it('cuts the same snippet looking back from where the match starts as counting words from the start', () => {
    const word = fc.oneof(
      fc.constantFrom(
        'port',
        'Kyïv',
        'café',
        'cafe\u0301',
        '한국',
        'ship',
        'a',
        'ÉTÉ',
        'straße',
        'x'.repeat(50),
      ),
      fc.string({ unit: fc.constantFrom(...'abcé'.split('')), minLength: 1, maxLength: 6 }),
    );
    const gap = fc.constantFrom(' ', ', ', '. ', ' — ', '\n\n', '“', '” ', '  ');
    // Words that match nothing first, so that the match often lies far in.
    const text = fc
      .tuple(
        fc.array(fc.tuple(fc.constantFrom('the', 'Élan', 'zz'), gap), { maxLength: 60 }),
        fc.array(fc.tuple(word, gap), { maxLength: 60 }),
      )
      .map((lists) =>
        lists
          .flat()
          .map(([w, g]) => w + g)
          .join(''),
      );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom('port', 'kyiv', 'ship', '"a port"', 'cafe'),
        (text, query) => {
          const match = textMatch(
            parseQuery(query),
            { startsOther: () => false, near: () => [] },
            {
              typos: false,
            },
          );
          const { first } = hitTerms(match, matchPattern(match), text, []);
          const hit = first ? wordSpans(text).findIndex((s) => s.start === first.at) : 0;
          expect(hit).toBeGreaterThanOrEqual(0);
          expect(snippetOf(text, first)).toBe(counted(text, hit));
        },
      ),
      propertyRun('snippetOf looking back', 300),
    );
  });
});
