import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTerms, matchPattern } from '../../electron/search/hit-terms.ts';
import { textMatch } from '../../electron/search/match-expression.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { snippetOf } from '../../electron/search/snippet.ts';
import { termsOf } from '../../electron/search/terms.ts';
import { propertyRun } from '../helpers/test-seed.ts';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

/** The snippet around the first of `matched` in `text`, given the lead `hitTerms` would give. */
const snippet = (text: string, matched: string[]) => {
  const terms = termsOf(text);
  const hit = terms.findIndex((t) => matched.includes(t));
  return snippetOf(text, terms.slice(0, hit + 1));
};

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
    const { lead, leadAt } = hitTerms(match, matchPattern(match), text, []);
    const expected = `… ${words(50, 59)} a port ${words(60, 79)} …`;
    expect(snippetOf(text, lead)).toBe(expected);
    expect(snippetOf(text, lead, leadAt)).toBe(expected);
  });

  it('cuts the same snippet looking back from where the match starts as counting words from the start', () => {
    const word = fc.oneof(
      fc.constantFrom('port', 'Kyïv', 'café', 'ship', 'a', 'ÉTÉ', 'straße', 'x'.repeat(50)),
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
          const { lead, leadAt } = hitTerms(match, matchPattern(match), text, []);
          expect(snippetOf(text, lead, leadAt)).toBe(snippetOf(text, lead));
        },
      ),
      propertyRun('snippetOf looking back', 300),
    );
  });
});
