import { reanchorAnnotations } from '../annotations/reanchor.ts';
import { bodyText, type ExtractedArticle } from '../model/article.ts';
import type { Annotation, ClipBody, ClipRecord } from '../model/clip.ts';
import { textStats } from '../model/text-stats.ts';
import type { LinkOnlyCandidate, LinkOnlyMatch } from '../model/link-only.ts';
import { urlKey } from '../transfer/import/url-key.ts';

function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Finds the link-only clips an article could be the text of: by address when
 * the paste carries one, else by title. One match by address, or by title when
 * the paste has no address, is likely; anything else is offered, not chosen.
 */
export function matchLinkOnly(
  article: Pick<ExtractedArticle, 'title' | 'url'>,
  records: readonly ClipRecord[],
): LinkOnlyMatch {
  const waiting = records.filter((r) => r.linkOnly && r.deletedAt === null);
  if (waiting.length === 0) return { candidates: [], likely: null };
  const candidate = (r: ClipRecord, matchedBy: LinkOnlyCandidate['matchedBy']) => ({
    id: r.id,
    title: r.title,
    url: r.url,
    matchedBy,
  });
  if (article.url) {
    const key = urlKey(article.url);
    const byUrl = waiting.filter((r) => r.url && urlKey(r.url) === key);
    if (byUrl.length > 0)
      return {
        candidates: byUrl.map((r) => candidate(r, 'url')),
        likely: byUrl.length === 1 ? byUrl[0].id : null,
      };
  }
  const title = titleKey(article.title);
  const byTitle = title ? waiting.filter((r) => titleKey(r.title) === title) : [];
  return {
    candidates: byTitle.map((r) => candidate(r, 'title')),
    likely: byTitle.length === 1 && !article.url ? byTitle[0].id : null,
  };
}

/** The article a link-only clip is completed with, and where it came from. */
export interface Completion {
  article: ExtractedArticle;
  pasteId: string;
  articleIndex: number;
  /** Highlights that came with the article (an import), added to those waiting. */
  annotations?: Annotation[];
  tags?: string[];
}

/**
 * The clip a link-only clip becomes once its article is there: the text and
 * what the engine read of the article, its waiting highlights placed in the
 * text (those still not found stay orphans), and its own date, tags, note
 * and reading state kept.
 */
export function completeLinkOnly(
  existing: ClipRecord,
  { article, pasteId, articleIndex, annotations = [], tags = [] }: Completion,
  now: Date,
): { record: ClipRecord; body: ClipBody } {
  const known = new Set(existing.annotations.map((a) => a.quote.exact));
  const arriving = annotations.filter((a) => !known.has(a.quote.exact));
  const placed = reanchorAnnotations(
    [...existing.annotations.map((a) => ({ ...a, orphaned: true })), ...arriving],
    null,
    bodyText(article.blocks),
  );
  const revision = existing.revision + 1;
  const lower = new Set(existing.tags.map((t) => t.toLocaleLowerCase()));
  const record: ClipRecord = {
    ...existing,
    pasteId,
    articleIndex,
    revision,
    updatedAt: now.toISOString(),
    title: article.title || existing.title,
    source: article.source ?? existing.source,
    byline: article.byline ?? existing.byline,
    published: article.published ?? existing.published,
    dateline: article.dateline,
    credit: article.credit,
    language: article.language ?? existing.language,
    url: existing.url ?? article.url,
    ...textStats(article.blocks),
    tags: [...existing.tags, ...tags.filter((t) => !lower.has(t.toLocaleLowerCase()))],
    annotations: placed,
    linkOnly: false,
  };
  return {
    record,
    body: { id: existing.id, revision, blocks: article.blocks, removed: article.removed },
  };
}
