import { createHash } from 'node:crypto';
import type { MergeGain } from '../../api/contract.ts';
import { anchorQuote } from '../../annotations/anchor.ts';
import { plainQuote, plainQuotes } from '../../annotations/plain-quotes.ts';
import { reanchorAnnotations } from '../../annotations/reanchor.ts';
import { describeRange } from '../../annotations/selectors.ts';
import { bodyText, type Block } from '../../model/article.ts';
import type { Annotation, ClipBody, ClipRecord, ReadingState } from '../../model/clip.ts';
import { tagKey } from '../../../common/tag-names.ts';

/** A clip's record and its text. */
export interface Clip {
  record: ClipRecord;
  body: ClipBody;
}

/** The text of an article, for telling two copies of it apart: spaces and letter case aside. */
export function textFingerprint(blocks: readonly Block[]): string | null {
  const text = bodyText(blocks).replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return text ? createHash('sha256').update(text).digest('hex') : null;
}

/** How a quote is told apart from another: its words, spaces aside. */
function quoteKey(exact: string): string {
  return exact.replace(/\s+/g, ' ').trim();
}

const byOrder = (a: string, b: string) => (a < b ? a : b);

/** Of two values, the richer: one over none, then the longer, then the first in order, so which record came first never decides. */
function richer(a: string | null, b: string | null): string | null {
  if (!a) return b || a;
  if (!b) return a;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return byOrder(a, b);
}

/** A title that is only the article's address says less than any other. */
function richerTitle(a: string, b: string): string {
  const isAddress = (t: string) => /^https?:\/\//i.test(t.trim());
  if (isAddress(a) !== isAddress(b)) return isAddress(a) ? b : a;
  return richer(a, b) ?? a;
}

/** Of two addresses of one article, the better: https, then the fewer query parameters (tracking), then the shorter, then the first in order. */
function plainerUrl(a: string | null, b: string | null): string | null {
  if (!a || !b) return a ?? b;
  const rank = (u: string) => {
    const url = new URL(u);
    return [url.protocol === 'https:' ? 0 : 1, [...url.searchParams].length, u.length];
  };
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? a : b;
  return byOrder(a, b);
}

const earliest = (a: string | null, b: string | null) => (!a || !b ? (a ?? b) : byOrder(a, b));
const latest = (a: string | null, b: string | null) => (!a || !b ? (a ?? b) : a > b ? a : b);

/** Favourite if either says so, read if either does, archived only if both do; the furthest progress. */
export function mergeReading(a: ReadingState, b: ReadingState): ReadingState {
  return {
    progress: Math.max(a.progress, b.progress),
    read: a.read || b.read,
    archived: a.archived && b.archived,
    favorite: a.favorite || b.favorite,
    openedAt: latest(a.openedAt, b.openedAt),
  };
}

/** Two notes as one: either alone when it holds the other, else both, in an order that does not depend on which came first. */
function joinNotes(a: string, b: string): string {
  if (!b.trim() || a.includes(b.trim())) return a;
  if (!a.trim() || b.includes(a.trim())) return b;
  return [a.trim(), b.trim()].sort().join('\n\n');
}

/** Which of two texts a merged clip keeps: a text over none, then the one with more words, then the first by fingerprint. */
function richerText(a: Clip, b: Clip): Clip {
  if (a.record.linkOnly !== b.record.linkOnly) return a.record.linkOnly ? b : a;
  if (a.record.wordCount !== b.record.wordCount)
    return a.record.wordCount > b.record.wordCount ? a : b;
  return (textFingerprint(a.body.blocks) ?? '') <= (textFingerprint(b.body.blocks) ?? '') ? a : b;
}

/** Highlights placed in `text`, which may not be the text they were made in. */
function placedIn(from: Clip, text: string, sameText: boolean): Annotation[] {
  if (sameText) return from.record.annotations;
  if (from.record.linkOnly) {
    let plain: string | undefined;
    return from.record.annotations.map((a) => {
      const found = text ? anchorQuote((plain ??= plainQuotes(text)), plainQuote(a.quote)) : null;
      return found
        ? { ...a, ...describeRange(text, found.start, found.end), orphaned: false }
        : { ...a, orphaned: true };
    });
  }
  return reanchorAnnotations(from.record.annotations, bodyText(from.body.blocks), text);
}

/** Highlights united by their quote: the same passage from two records is one highlight, its notes joined. */
function uniteHighlights(kept: Annotation[], arriving: Annotation[]): Annotation[] {
  const out = kept.map((a) => ({ ...a }));
  const byQuote = new Map(out.map((a) => [quoteKey(a.quote.exact), a]));
  for (const a of arriving) {
    const same = byQuote.get(quoteKey(a.quote.exact));
    if (!same) {
      const copy = { ...a };
      out.push(copy);
      byQuote.set(quoteKey(a.quote.exact), copy);
      continue;
    }
    same.note = joinNotes(same.note, a.note);
    same.createdAt = byOrder(same.createdAt, a.createdAt);
    same.updatedAt = latest(same.updatedAt, a.updatedAt)!;
    if (same.orphaned && !a.orphaned)
      Object.assign(same, { quote: a.quote, position: a.position, orphaned: false });
  }
  return out;
}

function uniteTags(a: readonly string[], b: readonly string[]): string[] {
  const keys = new Set(a.map(tagKey));
  return [...a, ...b.filter((t) => !keys.has(tagKey(t)) && keys.add(tagKey(t)))];
}

export interface MergeOptions {
  /** Which records said nothing of being archived (Pocket's highlights, a Markdown file): they leave it to the others. */
  silentOnArchive?: { into: boolean; from: boolean };
  /**
   * The clip merged into is in the library: its text, title and outlet stay
   * unless it has none (the person may have edited them); an import only
   * fills in what is missing there.
   */
  inLibrary: boolean;
}

/**
 * One clip of two records of the same article: tags united; highlights
 * united by quote, notes joined; favourite if either, archived only if both;
 * the earliest date added; a text over none; field by field the richer
 * detail. `into` keeps its id. Pure: the same two records give the same
 * clip, whichever is given first (but for the id).
 */
export function mergeClips(
  into: Clip,
  from: Clip,
  { inLibrary, silentOnArchive = { into: false, from: false } }: MergeOptions,
): { clip: Clip; gains: MergeGain[] } {
  const a = into.record;
  const b = from.record;
  const textSource = inLibrary && !a.linkOnly ? into : richerText(into, from);
  const textChanged = textSource === from;
  const text = bodyText(textSource.body.blocks);
  const kept = placedIn(into, text, !textChanged);
  // Only highlights of passages the clip has no highlight of need placing; the others bring their notes.
  const known = new Set(kept.map((x) => quoteKey(x.quote.exact)));
  const isKnown = (x: Annotation) => known.has(quoteKey(x.quote.exact));
  const fresh = {
    ...from,
    record: { ...b, annotations: b.annotations.filter((x) => !isKnown(x)) },
  };
  const annotations = uniteHighlights(kept, [
    ...b.annotations.filter(isKnown).map((x) => ({ ...x, orphaned: true })),
    ...placedIn(fresh, text, textChanged),
  ]);
  // What the person can change in Presscut (the title, the outlet) stays as the library has it.
  const own = inLibrary && !a.linkOnly;
  const record: ClipRecord = {
    ...a,
    createdAt: byOrder(a.createdAt, b.createdAt),
    updatedAt: latest(a.updatedAt, b.updatedAt)!,
    title: own && a.title ? a.title : richerTitle(a.title, b.title),
    source: own && a.source ? a.source : richer(a.source, b.source),
    byline: richer(a.byline, b.byline),
    published: earliest(a.published, b.published),
    language: richer(a.language, b.language),
    url: plainerUrl(a.url, b.url),
    tags: uniteTags(a.tags, b.tags),
    annotations,
    note: joinNotes(a.note, b.note),
    reading: mergeReading(
      silentOnArchive.into ? { ...a.reading, archived: !silentOnArchive.from } : a.reading,
      silentOnArchive.from ? { ...b.reading, archived: true } : b.reading,
    ),
  };
  if (silentOnArchive.into && silentOnArchive.from) record.reading.archiveUnsaid = true;
  if (textChanged) {
    Object.assign(record, {
      pasteId: b.pasteId,
      articleIndex: b.articleIndex,
      revision: a.revision + 1,
      dateline: b.dateline ?? a.dateline,
      credit: b.credit ?? a.credit,
      excerpt: b.excerpt,
      wordCount: b.wordCount,
      linkOnly: b.linkOnly,
    });
  } else if (a.linkOnly && b.linkOnly) {
    record.excerpt = richer(a.excerpt, b.excerpt) ?? '';
  }
  const body: ClipBody = textChanged
    ? { ...from.body, id: a.id, revision: record.revision }
    : into.body;
  const gains: MergeGain[] = [];
  if (textChanged) gains.push('text');
  if (record.tags.length > a.tags.length) gains.push('tags');
  if (JSON.stringify(annotations) !== JSON.stringify(a.annotations)) gains.push('highlights');
  if (JSON.stringify(record.reading) !== JSON.stringify(a.reading)) gains.push('reading state');
  const details = [
    'createdAt',
    'title',
    'source',
    'byline',
    'published',
    'language',
    'url',
    'note',
  ] as const;
  if (details.some((k) => record[k] !== a[k])) gains.push('details');
  return { clip: { record, body }, gains };
}
