import { expect, it } from 'vitest';
import { findTerms } from '../../renderer/format/find-terms.ts';

it('finds whole words without regard to case or accents, and phrases across punctuation', () => {
  const text = 'Protests in Kyïv: the Ukrainian capital. Ukraine’s “harbour — plan”, kyivan cafés.';
  const at = (terms: string[]) => findTerms(text, terms).map((r) => text.slice(r.start, r.end));
  expect(at(['kyiv'])).toEqual(['Kyïv']);
  expect(at(['ukrainian', 'cafes'])).toEqual(['Ukrainian', 'cafés']);
  expect(at(['harbour plan'])).toEqual(['harbour — plan']);
  expect(at([])).toEqual([]);
});
