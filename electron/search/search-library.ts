import type { ClipRecord } from '../model/clip.ts';
import type { LibraryStore } from '../library/store.ts';
import { liveRecord, type SearchedField } from './clip-document.ts';
import { recordTest } from './filters.ts';
import type { SearchQuery } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { phraseText } from './terms.ts';

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
  const passes = recordTest(query.filters);
  const fields: SearchedField[] | undefined = query.titleOnly ? ['title'] : undefined;
  const phrases = query.phrases.map(phraseText).filter((p) => p.trim());
  const excluded = new Set<string>();
  for (const text of [...query.excludedWords, ...query.excludedPhrases].map(phraseText)) {
    if (text.trim()) for (const id of index.holding(text, fields)) excluded.add(id);
  }

  const hits: LibraryHit[] = [];
  let total = 0;
  const keep = (record: ClipRecord | null, score: number, terms: string[]) => {
    if (record && !excluded.has(record.id) && passes(record) && ++total > offset && hits.length < limit) hits.push({ record, score, terms });
  };
  const words = query.words.filter((w) => phraseText(w).trim());
  if (words.length === 0 && phrases.length === 0) {
    for (const record of store.records()) keep(record, 0, []);
    return { hits, total };
  }
  const highlighted = phrases.map((p) => p.trim());
  for (const match of index.match({ words, phrases, fields })) {
    if (!phrases.every((p) => index.hasPhrase(match.id, p, fields))) continue;
    keep(liveRecord(store, match.id), match.score, [...new Set([...match.terms, ...highlighted])]);
  }
  return { hits, total };
}
