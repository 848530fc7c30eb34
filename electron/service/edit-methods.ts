import type { PresscutApi } from '../api/contract.ts';
import { reanchorAnnotations } from '../annotations/reanchor.ts';
import { PresscutError } from '../../common/errors.ts';
import { bodyText, type Block, type ExtractedArticle, type RemovedPart } from '../model/article.ts';
import type { ClipDetail, ClipRecord } from '../model/clip.ts';
import type { ServiceContext } from './context.ts';

type EditMethods = Pick<PresscutApi, 'updateClip' | 'restoreRemovedPart' | 'recleanClip'>;

/** Share of words two titles have in common: how Presscut finds a clip's article again in its paste. */
function titleOverlap(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLocaleLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / Math.max(x.size, y.size);
}

function pickArticle(
  record: ClipRecord,
  articles: ExtractedArticle[],
): ExtractedArticle | undefined {
  const ranked = articles
    .map((article) => ({ article, overlap: titleOverlap(article.title, record.title) }))
    .sort((a, b) => b.overlap - a.overlap);
  return ranked[0] && ranked[0].overlap >= 0.5 ? ranked[0].article : articles[record.articleIndex];
}

export function editMethods({ store, clipping, notify }: ServiceContext): EditMethods {
  /** Replaces a clip's text; its annotations follow their passages or become orphans. */
  async function replaceText(
    id: string,
    blocks: Block[],
    removed?: RemovedPart[],
    meta: Partial<Pick<ClipRecord, 'title' | 'source'>> = {},
  ): Promise<ClipDetail> {
    const record = await store.updateBody(id, { blocks, removed }, (current, old) => ({
      ...current,
      ...meta,
      // A link-only clip given its text is a clip like any other.
      linkOnly: false,
      annotations: reanchorAnnotations(current.annotations, bodyText(old.blocks), bodyText(blocks)),
    }));
    return { record, body: await store.body(id) };
  }

  return {
    async updateClip(id, { title, source, blocks }) {
      const meta = {
        ...(title !== undefined && { title }),
        ...(source !== undefined && { source }),
      };
      if (blocks) {
        if (!blocks.some((b) => b.text.trim()))
          throw new PresscutError(
            'invalid-argument',
            'A clip needs some text: to remove it, delete the clip.',
          );
        return replaceText(id, blocks, undefined, meta);
      }
      const record = await store.updateRecord(id, (r) => ({ ...r, ...meta }));
      return { record, body: await store.body(id) };
    },

    async restoreRemovedPart(id, index) {
      const body = await store.body(id);
      const part = body.removed[index];
      if (!part) throw new PresscutError('not-found', `The clip has no removed part ${index + 1}.`);
      const at = Math.min(part.before, body.blocks.length);
      const restored: Block[] = part.text
        .split(/\n\s*\n|\n/)
        .map((t) => t.trim())
        .filter(Boolean)
        .map((text) => ({ type: 'paragraph', text }));
      const blocks = [...body.blocks.slice(0, at), ...restored, ...body.blocks.slice(at)];
      const removed = body.removed
        .filter((_, i) => i !== index)
        .map((p) =>
          p.before > at || (p.before === at && body.removed.indexOf(p) > index)
            ? { ...p, before: p.before + restored.length }
            : p,
        );
      return replaceText(id, blocks, removed);
    },

    async recleanClip(id) {
      const record = store.record(id);
      if (record.linkOnly)
        throw new PresscutError(
          'nothing-to-clip',
          'This clip has only its link, so there is nothing to clean again: paste the article to complete it.',
        );
      const articles = await clipping.extract(
        await store.original(id),
        new Date(record.createdAt),
        (progress) => notify('progress', { ...progress, task: 'clip' }),
      );
      const article = pickArticle(record, articles);
      if (!article)
        throw new PresscutError(
          'nothing-to-clip',
          'Cleaning the original paste again found no article in it; the clip was left as it is.',
        );
      return replaceText(id, article.blocks, article.removed);
    },
  };
}
