import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../electron/search/vocabulary.ts';
import { propertyRun } from '../helpers/test-seed.ts';

/** Damerau's optimal string alignment distance, the plain way: what `near` must agree with. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

describe('Vocabulary.near', () => {
  it('finds a typo, a dropped, added or swapped letter, closest first', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add(['ceasefire', 'ceasefires', 'grain', 'grains', 'brain', 'gain', 'rain']);
    expect(vocabulary.near('grian', 1)).toEqual(['grain']);
    expect(vocabulary.near('grain', 1).sort()).toEqual(['brain', 'gain', 'grains', 'rain']);
    expect(vocabulary.near('cesefire', 2)).toEqual(['ceasefire', 'ceasefires']);
    expect(vocabulary.near('grain', 0)).toEqual([]);
  });

  it('finds the words a new term brings once it is added, after a search without them', () => {
    const vocabulary = new Vocabulary();
    vocabulary.add(['harbour']);
    expect(vocabulary.near('harbor', 1)).toEqual(['harbour']);
    vocabulary.add(['harbors']);
    expect(vocabulary.near('harbor', 1).sort()).toEqual(['harbors', 'harbour']);
  });

  it('finds every term within reach and no other, as the plain distance counts', () => {
    const term = fc.string({
      unit: fc.constantFrom(...'abcdé'.split('')),
      minLength: 1,
      maxLength: 7,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(term, { maxLength: 60 }),
        term,
        fc.integer({ min: 1, max: 2 }),
        (terms, word, max) => {
          const vocabulary = new Vocabulary();
          vocabulary.add(terms);
          const found = vocabulary.near(word, max);
          const expected = terms.filter((t) => t !== word && distance(t, word) <= max);
          expect([...found].sort()).toEqual([...expected].sort());
          const distances = found.map((t) => distance(t, word));
          expect(distances).toEqual([...distances].sort((a, b) => a - b));
          // Asked again, the same.
          expect(vocabulary.near(word, max)).toEqual(found);
        },
      ),
      propertyRun('Vocabulary.near against the plain distance', 300),
    );
  });
});
