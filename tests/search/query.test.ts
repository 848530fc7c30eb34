import { describe, expect, it } from 'vitest';
import { parseQuery, type SearchQuery } from '../../electron/search/query.ts';

const empty: SearchQuery = {
  words: [],
  phrases: [],
  excludedWords: [],
  excludedPhrases: [],
  filters: [],
  titleOnly: false,
};

describe('parseQuery', () => {
  it('reads free words, phrases and exclusions', () => {
    expect(parseQuery('  ceasefire "grain deal" -rumour -"peace talks"  talks ')).toEqual({
      ...empty,
      words: ['ceasefire', 'talks'],
      phrases: ['grain deal'],
      excludedWords: ['rumour'],
      excludedPhrases: ['peace talks'],
    });
  });

  it('takes an empty query as no condition at all', () => {
    expect(parseQuery('')).toEqual(empty);
    expect(parseQuery('  - "" ')).toEqual(empty);
  });

  it('lets a quote left open run to the end, as while typing', () => {
    expect(parseQuery('"straits ti')).toEqual({ ...empty, phrases: ['straits ti'] });
  });

  it('reads every filter, quoted values and negations', () => {
    const query = parseQuery(
      'tag:ukraine TAG:"climate change" -tag:opinion source:"straits  times" is:unread -is:archived has:annotation has:note in:title',
    );
    expect(query.filters).toEqual([
      { kind: 'tag', value: 'ukraine', negated: false },
      { kind: 'tag', value: 'climate change', negated: false },
      { kind: 'tag', value: 'opinion', negated: true },
      { kind: 'source', value: 'straits times', negated: false },
      { kind: 'is', value: 'unread', negated: false },
      { kind: 'is', value: 'archived', negated: true },
      { kind: 'has', value: 'annotation', negated: false },
      { kind: 'has', value: 'note', negated: false },
    ]);
    expect(query.titleOnly).toBe(true);
    expect(query.words).toEqual([]);
  });

  it('accepts the British spelling and plurals people type', () => {
    expect(parseQuery('is:favourite has:highlights has:notes').filters).toEqual([
      { kind: 'is', value: 'favorite', negated: false },
      { kind: 'has', value: 'annotation', negated: false },
      { kind: 'has', value: 'note', negated: false },
    ]);
  });

  it('reads dates as the first day they cover', () => {
    expect(parseQuery('after:2025-7 before:2025-08-01').filters).toEqual([
      { kind: 'after', date: '2025-07-01' },
      { kind: 'before', date: '2025-08-01' },
    ]);
    expect(parseQuery('before:2024').filters).toEqual([{ kind: 'before', date: '2024-01-01' }]);
    expect(parseQuery('after:2024-02-29').filters).toEqual([{ kind: 'after', date: '2024-02-29' }]);
  });

  it('keeps a name:value that is no filter as text', () => {
    expect(parseQuery('Update: 10:30 re:grain').words).toEqual(['Update:', '10:30', 're:grain']);
  });

  it.each([
    ['is:unred', /is: can be is:read, is:unread, is:archived, is:favorite \(not “unred”\)/],
    ['has:tags', /has: can be has:annotation, has:note/],
    ['tag:', /tag: needs a value, e\.g\. tag:ukraine/],
    ['source:""', /source: needs a value/],
    ['in:body', /in: can only be in:title/],
    ['-in:title', /cannot be negated/],
    ['before:2025-13-01', /before: takes a date written YYYY-MM-DD.*not “2025-13-01”/],
    ['after:2023-02-29', /after: takes a date/],
    ['after:yesterday', /after: takes a date/],
    ['-before:2025', /use after: instead/],
  ])('refuses %s, saying how to write it', (input, message) => {
    expect(() => parseQuery(input)).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        message: expect.stringMatching(message),
      }),
    );
  });
});
