import { describe, expect, it } from 'vitest';
import { canonicalTag, normalizeTag, tagKey, tidyTag } from '../../common/tag-names.ts';

describe('tag names', () => {
  const composed = 'Kyïv';
  const decomposed = 'Kyi\u0308v';

  it('tidies spaces and Unicode form', () => {
    expect(tidyTag(`  ${decomposed}   talks `)).toBe(`${composed} talks`);
    expect(tidyTag('   ')).toBe('');
  });

  it('refuses empty and overlong names', () => {
    expect(() => normalizeTag(' ')).toThrow('A tag needs a name.');
    expect(() => normalizeTag('x'.repeat(65))).toThrow('at most 64');
  });

  it('matches whatever the case and Unicode form', () => {
    expect(tagKey(decomposed)).toBe(tagKey(composed.toUpperCase()));
    expect(canonicalTag(decomposed.toLowerCase(), ['Ukraine', composed])).toBe(composed);
    expect(canonicalTag('new', ['Ukraine'])).toBe('new');
  });
});
