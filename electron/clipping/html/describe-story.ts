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
import { bylineFromMarkup, dateFromMarkup, type PageMetadata } from './metadata.ts';
import { BYLINE, WIRE_CREDIT } from './select-blocks.ts';
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
  /** Readability's byline, a fallback for the main story. */
  readabilityByline: string | null;
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

// A first paragraph this short can stand as the title of a clip that has no headline (as in the text engine).
const TITLE_WORDS = 20;

/** The first block's text when it is short enough to be read as a title; '' when it is not. */
function shortOpening(blocks: readonly Block[]): string {
  const text = blocks[0]?.text ?? '';
  return text.split(/\s+/).length <= TITLE_WORDS ? text : '';
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
  return {
    title:
      (context.isMain && context.pageTitleFirst
        ? (page.title ?? headline)
        : (headline ?? (context.isMain ? page.title : null))) ?? shortOpening(blocks),
    source: page.source,
    byline:
      (context.isMain
        ? (page.byline ?? context.readabilityByline)
        : own && bylineFromMarkup(own)) ?? bylineFromRemoved(removed),
    published: context.isMain
      ? page.published
      : own && dateFromMarkup(own, context.clippedAt, page.language),
    dateline: findDateline(blocks),
    credit: creditOf(blocks, removed),
    // A copied selection carries no <html lang>: then the text tells.
    language: page.language ?? detectLanguage(storyText(blocks)),
    url: context.isMain ? page.url : headlineLink(story),
    blocks,
    removed,
  };
}
