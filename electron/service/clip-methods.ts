import type { ArticleChoice, PresscutApi } from '../api/contract.ts';
import { extractArticles } from '../clipping/extract.ts';
import { PresscutError } from '../../common/errors.ts';
import { toSummary } from '../model/clip-summary.ts';
import { matchLinkOnly } from '../transfer/link-only.ts';
import { savePaste } from '../transfer/save-paste.ts';
import type { ServiceContext } from './context.ts';

type ClipMethods = Pick<
  PresscutApi,
  | 'listClips'
  | 'getClip'
  | 'getOriginal'
  | 'previewPaste'
  | 'clipPaste'
  | 'deleteClip'
  | 'restoreClip'
>;

export function clipMethods({ store, now, clipping }: ServiceContext): ClipMethods {
  return {
    async listClips({ limit } = {}) {
      const records = store.records();
      return (limit === undefined ? records : records.slice(0, limit)).map(toSummary);
    },

    async getClip(id) {
      return { record: store.record(id), body: await store.body(id) };
    },

    async getOriginal(id) {
      return store.original(id);
    },

    async previewPaste(paste) {
      const clippedAt = now();
      const articles = extractArticles(paste, await clipping.options(clippedAt));
      return {
        clippedAt: clippedAt.toISOString(),
        articles,
        linkOnlyMatches: articles.map((a) => matchLinkOnly(a, store.records())),
      };
    },

    async clipPaste({ paste, clippedAt: at, articles: choices }) {
      const clippedAt = at ? new Date(at) : now();
      const found = extractArticles(paste, await clipping.options(clippedAt));
      if (found.length === 0) {
        throw new PresscutError(
          'nothing-to-clip',
          'Nothing to clip: the paste holds no text Presscut could read.',
        );
      }
      const chosen = (choices ?? found.map((_, index): ArticleChoice => ({ index }))).map(
        (choice) => {
          const article = found[choice.index];
          if (!article) {
            throw new PresscutError(
              'invalid-argument',
              `The paste holds ${found.length} article(s); there is no article ${choice.index + 1}.`,
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
    },

    async deleteClip(id) {
      await store.setDeleted(id, true);
    },

    async restoreClip(id) {
      return toSummary(await store.setDeleted(id, false));
    },
  };
}
