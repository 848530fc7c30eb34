import type { LibraryStore } from '../../electron/library/store.ts';

/**
 * What a library holds, without what differs between two runs of the same
 * import (ids, and the order of clips, tags and highlights): for checking
 * that two ways of importing the same files give the same library.
 */
export function libraryShape(store: LibraryStore) {
  return store
    .everyRecord()
    .map((r) => ({
      title: r.title,
      url: r.url,
      source: r.source,
      byline: r.byline,
      published: r.published,
      language: r.language,
      createdAt: r.createdAt,
      excerpt: r.excerpt,
      wordCount: r.wordCount,
      linkOnly: r.linkOnly,
      deleted: r.deletedAt !== null,
      note: r.note,
      reading: r.reading,
      tags: [...r.tags].sort(),
      annotations: r.annotations
        .map((a) => ({
          exact: a.quote.exact,
          note: a.note,
          orphaned: a.orphaned,
          position: a.orphaned ? null : a.position,
          createdAt: a.createdAt,
        }))
        .sort((a, b) => (a.exact < b.exact ? -1 : a.exact > b.exact ? 1 : 0)),
    }))
    .sort((a, b) => (`${a.url}\u0000${a.title}` < `${b.url}\u0000${b.title}` ? -1 : 1));
}
