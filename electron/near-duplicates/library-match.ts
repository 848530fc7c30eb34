import type { LibraryStore } from '../library/store.ts';
import { storyText, type Block } from '../model/article.ts';
import type { ClipRecord } from '../model/clip.ts';
import type { LibraryMatch } from '../model/library-match.ts';
import { urlKey } from '../transfer/import/url-key.ts';
import type { LibraryNearDuplicates } from './library-near-duplicates.ts';

/**
 * Above this similarity, a clip from the same outlet (or one whose outlet is
 * unknown) is the same article clipped again; below it, or from another
 * outlet, it is the same story as that outlet ran it: a pickup.
 */
const SAME_ARTICLE_SIMILARITY = 0.8;
const MAX_MATCHES = 5;

export interface ArticleToMatch {
  url: string | null;
  source: string | null;
  blocks: readonly Block[];
}

function outletKey(source: string | null): string | null {
  const key = source
    ?.normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .trim();
  return key || null;
}

/** Whether two clips come from the same outlet, as far as can be told: an unknown outlet matches any. */
function sameOutlet(a: string | null, b: string | null): boolean {
  const [x, y] = [outletKey(a), outletKey(b)];
  return x === null || y === null || x === y;
}

/**
 * The library's clips that a new article repeats: the same address first,
 * then those telling nearly the same story, most alike first.
 */
export async function matchInLibrary(
  article: ArticleToMatch,
  store: LibraryStore,
  nearDuplicates: LibraryNearDuplicates,
): Promise<LibraryMatch[]> {
  const out = new Map<string, LibraryMatch>();
  const describe = (
    record: ClipRecord,
    kind: LibraryMatch['kind'],
    similarity: number,
  ): LibraryMatch => ({
    clipId: record.id,
    title: record.title,
    source: record.source ?? record.credit,
    clippedAt: record.createdAt,
    kind,
    similarity,
  });
  if (article.url) {
    const key = urlKey(article.url);
    for (const record of store.records())
      if (record.url && urlKey(record.url) === key)
        out.set(record.id, describe(record, 'same-article', 1));
  }
  for (const match of await nearDuplicates.find(storyText(article.blocks))) {
    if (out.has(match.record.id)) continue;
    const same =
      match.similarity >= SAME_ARTICLE_SIMILARITY &&
      sameOutlet(article.source, match.record.source);
    out.set(
      match.record.id,
      describe(match.record, same ? 'same-article' : 'pickup', match.similarity),
    );
  }
  return [...out.values()]
    .sort(
      (a, b) =>
        Number(b.kind === 'same-article') - Number(a.kind === 'same-article') ||
        b.similarity - a.similarity,
    )
    .slice(0, MAX_MATCHES);
}
