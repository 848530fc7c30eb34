import {
  storyText,
  type Block,
  type ExtractedArticle,
  type RemovedPart,
} from '../../model/article.ts';
import { bylineOf } from '../recognise/byline.ts';
import { leadingCredit, trailingCredit } from '../recognise/credit.ts';
import { findDateline } from '../recognise/dateline.ts';
import { detectLanguage } from '../recognise/language.ts';
import { indexMarkup } from './markup-index.ts';
import { countWords } from './page-blocks.ts';
import { bylineFromMarkup, dateFromMarkup, type PageMetadata } from './metadata.ts';
import { BEFORE_STORY, BYLINE, WIRE_CREDIT } from './select-blocks.ts';
import { HEADLINE_REASON } from './stories.ts';
import type { Story } from './stories.ts';

export interface StoryContext {
  page: PageMetadata;
  /** The main story takes the page's own metadata; the others read theirs from their element. */
  isMain: boolean;
  /**
   * Whether the page's title names the main story better than the heading above it: a whole page's
   * `og:title` does; a copied selection has no head, and its first heading may be another story's.
   */
  pageTitleFirst: boolean;
  clippedAt: Date;
}

/** What the story left out around it, consecutive blocks with the same reason together. */
function removedParts(story: Story): RemovedPart[] {
  const parts: RemovedPart[] = [];
  let kept = 0;
  let previous: { reason: string; part: RemovedPart } | null = null;
  story.blocks.forEach((b, i) => {
    const verdict = story.verdicts[i];
    if (verdict === null) {
      kept++;
      previous = null;
      return;
    }
    if (i < story.region[0] || i > story.region[1]) return;
    if (previous && previous.reason === verdict && previous.part.before === kept) {
      previous.part.text += `\n${b.block.text}`;
      return;
    }
    const part: RemovedPart = { text: b.block.text, reason: verdict, before: kept };
    parts.push(part);
    previous = { reason: verdict, part };
  });
  return parts;
}

function bylineFromRemoved(removed: readonly RemovedPart[]): string | null {
  for (const part of removed) {
    if (part.reason !== BYLINE) continue;
    const name = bylineOf(part.text.split('\n')[0]);
    if (name) return name;
  }
  return null;
}

/** The wire credit: a credit line left out, one closing the last paragraph, or one opening the story ("(Reuters) -"). */
function creditOf(blocks: readonly Block[], removed: readonly RemovedPart[]): string | null {
  for (const part of removed) {
    if (part.reason === WIRE_CREDIT) return trailingCredit(part.text)?.credit ?? null;
  }
  const paragraphs = blocks.filter((b) => b.type === 'paragraph');
  const last = paragraphs[paragraphs.length - 1];
  return (
    (last && trailingCredit(last.text)?.credit) ??
    paragraphs
      .slice(0, 3)
      .map((b) => leadingCredit(b.text))
      .find(Boolean) ??
    null
  );
}

// A first paragraph this short stands as the title of a clip that has no headline, and leaves the body.
const TITLE_WORDS = 12;
// Else the title is the opening of the first paragraph, cut at a word before this many characters.
const EXCERPT_CHARS = 80;
const CJK_EXCERPT_CHARS = 40;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** The opening of a text, cut at a word (anywhere in Chinese or Japanese) and marked "…". */
export function excerptTitle(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const limit = CJK.test(flat) ? CJK_EXCERPT_CHARS : EXCERPT_CHARS;
  if (flat.length <= limit) return flat;
  // Cut at a space, or between two characters of Chinese or Japanese (which have no spaces): never in a word.
  let at = limit;
  while (at > 0 && flat[at] !== ' ' && !(CJK.test(flat[at]) && CJK.test(flat[at - 1]))) at--;
  // One word longer than the limit: all of it.
  const end = at || (flat.indexOf(' ', limit) + 1 || flat.length + 1) - 1;
  if (end >= flat.length) return flat;
  const cut = flat.slice(0, end);
  return `${cut.replace(/[\s,;:–—-]+$/, '')}…`;
}

/**
 * The title of a story that has neither headline nor page title: its first paragraph when that is as short as
 * a title (it then leaves the body, so it is not read twice), else the opening of it.
 */
function titleFromText(blocks: Block[], removed: RemovedPart[]): string {
  // A short line left out just above the text (a paste's untitled first line) is its title.
  const above = removed.find((p) => p.before === 0 && p.reason === BEFORE_STORY);
  const line = above?.text.split('\n')[0] ?? '';
  if (above && line && countWords(line) <= TITLE_WORDS) {
    above.reason = HEADLINE_REASON;
    return line.replace(/[\s.:;,]+$/, '');
  }
  const first = blocks[0];
  if (!first || (first.type !== 'paragraph' && first.type !== 'heading')) return '';
  if (countWords(first.text) > TITLE_WORDS) return excerptTitle(first.text);
  blocks.shift();
  for (const part of removed) if (part.before > 0) part.before--;
  removed.unshift({ text: first.text, reason: HEADLINE_REASON, before: 0 });
  return first.text.replace(/[\s.:;,]+$/, '');
}

function headlineLink(story: Story): string | null {
  return story.headline?.block.marks?.find((m) => m.kind === 'link')?.href ?? null;
}

/** Turns a story into an article: its kept blocks, what it left out and why, and its metadata. */
export function describeStory(story: Story, context: StoryContext): ExtractedArticle {
  const blocks: Block[] = story.blocks
    .filter((_, i) => story.verdicts[i] === null)
    .map((b) => b.block);
  const removed = removedParts(story);
  const { page } = context;
  const headline = story.headline?.block.text ?? null;
  const own = !context.isMain && story.element ? indexMarkup(story.element) : null;
  const date = context.isMain ? page : own && dateFromMarkup(own, context.clippedAt, page.language);
  const title =
    (context.isMain && context.pageTitleFirst
      ? (page.title ?? headline)
      : (headline ?? (context.isMain ? page.title : null))) ?? titleFromText(blocks, removed);
  return {
    title,
    source: page.source,
    byline:
      (context.isMain ? page.byline : own && bylineFromMarkup(own)) ?? bylineFromRemoved(removed),
    published: date?.published ?? null,
    publishedAgo: date?.publishedAgo ?? null,
    dateline: findDateline(blocks),
    credit: creditOf(blocks, removed),
    // A copied selection carries no <html lang>: then the text tells.
    language: page.language ?? detectLanguage(storyText(blocks)),
    url: context.isMain ? page.url : headlineLink(story),
    blocks,
    removed,
  };
}
