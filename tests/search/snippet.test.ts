import { describe, expect, it } from 'vitest';
import { snippetOf } from '../../electron/search/snippet.ts';
import { termsOf } from '../../electron/search/terms.ts';

const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${from + i}`).join(' ');

const snippet = (text: string, matched: string[]) =>
  snippetOf(text, termsOf(text), new Set(matched));

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
});
