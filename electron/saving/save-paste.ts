import { randomUUID } from 'node:crypto';
import { PresscutError } from '../../common/errors.ts';
import type { LibraryStore } from '../library/store.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import type { ClipRecord } from '../model/clip.ts';
import { completeLinkOnly } from './link-only.ts';

/** An article of a paste to save, and the link-only clip it completes, if the person said so. */
export interface ArticleToSave {
  article: ExtractedArticle;
  /** Its place in the paste. */
  index: number;
  completes?: string;
}

/**
 * Keeps a paste and saves its chosen articles: each as a new clip (through
 * `saveNew`, the services' way of saving a paste), or as the text of the
 * link-only clip the person matched it with. Returns the clips in the order given.
 */
export async function savePaste(
  store: LibraryStore,
  saveNew: (
    paste: Paste,
    articles: readonly ExtractedArticle[],
    clippedAt: Date,
  ) => Promise<ClipRecord[]>,
  paste: Paste,
  chosen: readonly ArticleToSave[],
  clippedAt: Date,
  now: Date,
): Promise<ClipRecord[]> {
  const fresh = chosen.filter((c) => !c.completes);
  const added =
    fresh.length > 0
      ? await saveNew(
          paste,
          fresh.map((c) => c.article),
          clippedAt,
        )
      : [];
  const completing = chosen.filter((c) => c.completes);
  if (completing.length === 0) return added;
  const pasteId = added[0]?.pasteId ?? randomUUID();
  const completed = completing.map(({ article, index, completes }) => {
    const existing = store.record(completes!);
    if (!existing.linkOnly || existing.deletedAt !== null) {
      throw new PresscutError(
        'invalid-argument',
        `“${existing.title}” already has its text; save the article as a new clip instead.`,
      );
    }
    return completeLinkOnly(existing, { article, pasteId, articleIndex: index }, now);
  });
  await store.writeClips({ clips: completed, pastes: new Map([[pasteId, paste]]) });
  const byId = new Map([...added, ...completed.map((c) => c.record)].map((r) => [r.id, r]));
  let nextAdded = 0;
  return chosen.map((c) => (c.completes ? byId.get(c.completes)! : added[nextAdded++]));
}
