import type { ArticleChoice, PresscutApi } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import { fitPaste } from '../../common/paste-size.ts';
import type { Paste } from '../model/article.ts';
import { toSummary } from '../model/clip-summary.ts';
import { matchInLibrary } from '../near-duplicates/library-match.ts';
import { LibraryNearDuplicates } from '../near-duplicates/library-near-duplicates.ts';
import { matchLinkOnly } from '../saving/link-only.ts';
import type { HeldPreview } from '../saving/previews.ts';
import { savePaste } from '../saving/save-paste.ts';
import type { ServiceContext } from './context.ts';

type ClipMethods = Pick<
  PresscutApi,
  | 'getClip'
  | 'getOriginal'
  | 'previewPaste'
  | 'savePreview'
  | 'clipPaste'
  | 'deleteClip'
  | 'restoreClip'
>;

/** The paste as the engines will take it (its text alone when its HTML is over the cap), or a refusal. */
function fitted(paste: Paste): { paste: Paste; notice: string | null } {
  const fit = fitPaste(paste);
  if (!fit.fits) throw new PresscutError('paste-too-large', fit.message);
  return fit;
}

export function clipMethods({
  store,
  now,
  clipping,
  previews,
  notify,
  log,
}: ServiceContext): ClipMethods {
  // Opened at the first preview, which is what needs it: the command line and the
  // shortcut's clipping never wait for it to read the library.
  let nearDuplicates: LibraryNearDuplicates | null = null;
  function libraryIndex(): LibraryNearDuplicates {
    if (!nearDuplicates) {
      const opened = LibraryNearDuplicates.open(store, { onProblem: log });
      store.beforeClose(() => opened.close());
      nearDuplicates = opened;
    }
    return nearDuplicates;
  }

  /** Saves the chosen articles of a cleaned paste, as they were cleaned; all of them when none are chosen. */
  async function saveChosen(
    { paste, clippedAt, articles }: HeldPreview,
    choices: ArticleChoice[] | undefined,
  ) {
    if (articles.length === 0) {
      throw new PresscutError(
        'nothing-to-clip',
        'Nothing to clip: the paste holds no text Presscut could read.',
      );
    }
    const chosen = (choices ?? articles.map((_, index): ArticleChoice => ({ index }))).map(
      (choice) => {
        const article = articles[choice.index];
        if (!article) {
          throw new PresscutError(
            'invalid-argument',
            `The paste holds ${articles.length} article(s); there is no article ${choice.index + 1}.`,
          );
        }
        return {
          article: {
            ...article,
            title: choice.title ?? article.title,
            source: choice.source === undefined ? article.source : choice.source || null,
          },
          index: choice.index,
          completes: choice.completes,
        };
      },
    );
    const records = await savePaste(store, clipping.save, paste, chosen, clippedAt, now());
    return records.map(toSummary);
  }

  return {
    async getClip(id) {
      return { record: store.record(id), body: await store.body(id) };
    },

    async getOriginal(id) {
      return store.original(id);
    },

    async previewPaste(given) {
      const { paste, notice } = fitted(given);
      const clippedAt = now();
      // The index catches up with the library while the engines clean the paste.
      const index = libraryIndex();
      const articles = await clipping.extract(paste, clippedAt, (progress) =>
        notify('progress', { ...progress, task: 'clip' }),
      );
      return {
        previewId: previews.hold({ paste, clippedAt, articles }),
        clippedAt: clippedAt.toISOString(),
        articles,
        linkOnlyMatches: articles.map((a) => matchLinkOnly(a, store.records())),
        libraryMatches: await Promise.all(articles.map((a) => matchInLibrary(a, store, index))),
        notice,
      };
    },

    async savePreview({ previewId, articles: choices }) {
      const saved = await saveChosen(previews.get(previewId), choices);
      previews.drop(previewId);
      return saved;
    },

    async clipPaste({ paste: given, clippedAt: at, articles: choices }) {
      const { paste } = fitted(given);
      const clippedAt = at ? new Date(at) : now();
      return saveChosen(
        { paste, clippedAt, articles: await clipping.extract(paste, clippedAt) },
        choices,
      );
    },

    async deleteClip(id) {
      await store.setDeleted(id, true);
    },

    async restoreClip(id) {
      return toSummary(await store.setDeleted(id, false));
    },
  };
}
