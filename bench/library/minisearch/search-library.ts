import type { ClipRecord } from '../../../electron/model/clip.ts';
import type { LibraryStore } from '../../../electron/library/store.ts';
import { liveRecord } from './clip-document.ts';
import { recordTest } from './filters.ts';
import type { SearchQuery } from '../../../electron/search/query.ts';
import { SearchIndex } from './search-index.ts';
import { phraseText } from '../../../electron/search/terms.ts';

export interface LibraryHit {
  record: ClipRecord;
  score: number;
  /** What to highlight: the index terms that matched, and the phrases, folded as `foldTerm` does. */
  terms: string[];
}

export interface LibraryHits {
  hits: LibraryHit[];
  total: number;
}

/**
 * Runs a parsed query: ranked by the index when it has words or phrases,
 * else every clip that passes the filters, newest first. Deleted clips never
 * come back, whatever the index holds.
 */
export async function searchLibrary(
  index: SearchIndex,
  store: LibraryStore,
  query: SearchQuery,
  { limit, offset }: { limit: number; offset: number },
): Promise<LibraryHits> {
  await index.settled();
  const { titleOnly } = query;
  const passes = recordTest(query.filters);
  const folded = (texts: string[]) => texts.map(phraseText).filter((p) => p.trim());
  const excluded = folded([...query.excludedWords, ...query.excludedPhrases]);
  const words = folded(query.words);
  const phrases = folded(query.phrases);
  // Stop words are not in the index: alone, they must still be in the text, as whole words.
  const loneStopWords = words.filter((w) => !SearchIndex.indexes(w));
  const mustHold = [...phrases, ...loneStopWords];
  const highlighted = mustHold.map((p) => p.trim());

  const hits: LibraryHit[] = [];
  let total = 0;
  // Exclusions are checked last, on the clips everything else let through.
  const keep = (record: ClipRecord | null, score: number, terms: string[]) => {
    if (
      !record ||
      !passes(record) ||
      !mustHold.every((p) => index.hasPhrase(record.id, p, titleOnly))
    )
      return;
    if (excluded.some((p) => index.hasPhrase(record.id, p, titleOnly))) return;
    if (++total > offset && hits.length < limit) hits.push({ record, score, terms });
  };

  const ranked = {
    words: words.filter(SearchIndex.indexes),
    phrases: phrases.filter(SearchIndex.indexes),
    titleOnly,
  };
  if (ranked.words.length === 0 && ranked.phrases.length === 0) {
    for (const record of store.records()) keep(record, 0, highlighted);
  } else {
    for (const match of index.match(ranked))
      keep(liveRecord(store, match.id), match.score, [
        ...new Set([...match.terms, ...highlighted]),
      ]);
  }
  return { hits, total };
}
