import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hitTerms, matchPattern } from '../../electron/search/hit-terms.ts';
import { matchedTerms, textMatch } from '../../electron/search/match-expression.ts';
import { parseQuery } from '../../electron/search/query.ts';
import { termsOf, wordSpans } from '../../electron/search/terms.ts';
import { propertyRun } from '../helpers/test-seed.ts';

/** An index whose every word starts others, and that knows no near spelling: each typed word matches by its start. */
const byStart = { startsOther: () => true, near: () => [] };

function found(query: string, text: string, fieldWords: string[] = []) {
  const match = textMatch(parseQuery(query), byStart, { typos: false });
  return hitTerms(match, matchPattern(match), text, fieldWords);
}

describe('hitTerms', () => {
  it('finds the words a search matched in the text, then in the other fields, then its phrases', () => {
    const text = 'Negotiators met in Kyïv; the “negotiation” went on. Kyiv again.';
    expect(found('negotiat kyiv', text)).toEqual({
      terms: ['negotiators', 'kyiv', 'negotiation'],
      first: { at: 0, term: 'negotiators' },
    });
    expect(found('kyiv "went on" ukraine', text, ['ukraine', 'war'])).toEqual({
      terms: ['kyiv', 'ukraine', 'went on'],
      first: { at: text.indexOf('Kyïv'), term: 'kyiv' },
    });
    expect(found('odesa', text, ['odesa'])).toEqual({ terms: ['odesa'], first: null });
  });

  it('takes whole words only: a term is not found inside another word', () => {
    expect(found('wars', 'Prewars Warsaw, wars-time').terms).toEqual(['warsaw', 'wars']);
    // Three letters match whole words only.
    expect(found('war', 'Prewar Warsaw, war-time').terms).toEqual(['war']);
    expect(found('"war"', 'Prewar, postwar, Warsaw')).toEqual({
      terms: ['war'],
      first: null,
    });
    expect(found('"war time"', 'War; war, time')).toEqual({
      terms: ['war time'],
      first: { at: 5, term: 'war' },
    });
  });

  it('places the first match in the text where folding changed its length', () => {
    // "한국" folds to six characters, the decomposed "é" to one.
    const text = 'Cafe\u0301 한국, the port of Busan';
    expect(found('port busan', text).first).toEqual({ at: text.indexOf('port'), term: 'port' });
  });

  it('finds what cutting the text into terms finds, whatever the text', () => {
    const letters = fc.constantFrom(...'abcï é-,.’“”\n\t0$'.split(''));
    fc.assert(
      fc.property(
        fc.string({ unit: letters, maxLength: 80 }),
        fc.constantFrom('a', 'ab', 'ïc', 'e b', '"a b"', 'b "a"', '"é a" b'),
        (text, query) => {
          const match = textMatch(parseQuery(query), byStart, { typos: false });
          const terms = termsOf(text);
          const expected = matchedTerms(match, terms);
          const { terms: got, first: where } = hitTerms(match, matchPattern(match), text, []);
          expect(got).toEqual(expected);
          // The first word that matched, or that starts a phrase.
          const first = terms.findIndex(
            (t, i) =>
              expected.includes(t) ||
              match.phrases.some(
                (p) =>
                  terms.slice(i).join(' ').startsWith(`${p} `) || terms.slice(i).join(' ') === p,
              ),
          );
          expect(where).toEqual(
            first < 0 ? null : { at: wordSpans(text)[first].start, term: terms[first] },
          );
        },
      ),
      propertyRun('hitTerms against termsOf', 300),
    );
  });
});
