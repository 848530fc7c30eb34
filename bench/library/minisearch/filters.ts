import type { ClipRecord } from '../../../electron/model/clip.ts';
import { tagKey } from '../../../common/tag-names.ts';
import type { QueryFilter, ReadingStateName } from '../../../electron/search/query.ts';
import { phraseText } from '../../../electron/search/terms.ts';
import { clipDay } from '../../../electron/model/clip-day.ts';

/** What a clip must be for a query's filters to let it through. */
export type RecordTest = (record: ClipRecord) => boolean;

/**
 * Every filter must hold, with one exception: a clip has one outlet, so
 * several `source:` filters let through a clip from any of them.
 */
export function recordTest(filters: readonly QueryFilter[]): RecordTest {
  const tests: RecordTest[] = [];
  const sources: RecordTest[] = [];
  for (const filter of filters) {
    const test = filterTest(filter);
    const negated = 'negated' in filter && filter.negated;
    if (filter.kind === 'source' && !negated) sources.push(test);
    else tests.push(negated ? (r) => !test(r) : test);
  }
  if (sources.length > 0) tests.push((r) => sources.some((test) => test(r)));
  return (record) => tests.every((test) => test(record));
}

const STATE_TESTS: Readonly<Record<ReadingStateName, RecordTest>> = {
  read: (r) => r.reading.read,
  unread: (r) => !r.reading.read,
  archived: (r) => r.reading.archived,
  favorite: (r) => r.reading.favorite,
};

function filterTest(filter: QueryFilter): RecordTest {
  switch (filter.kind) {
    case 'tag': {
      const key = tagKey(filter.value);
      return (r) => r.tags.some((t) => tagKey(t) === key);
    }
    case 'source': {
      // Whole words of the outlet's name: "times" finds "The Straits Times", "time" does not.
      const wanted = phraseText(filter.value);
      // A library has few outlets: each name is folded once per query, not once per clip.
      const seen = new Map<string, boolean>();
      return (r) => {
        if (r.source === null) return false;
        let found = seen.get(r.source);
        if (found === undefined)
          seen.set(r.source, (found = phraseText(r.source).includes(wanted)));
        return found;
      };
    }
    case 'is':
      return STATE_TESTS[filter.value];
    case 'has':
      return filter.value === 'annotation'
        ? (r) => r.annotations.length > 0
        : (r) => r.note.trim() !== '' || r.annotations.some((a) => a.note.trim() !== '');
    case 'before':
      return (r) => clipDay(r) < filter.date;
    case 'after':
      return (r) => clipDay(r) >= filter.date;
  }
}
