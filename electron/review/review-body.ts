import type { Block } from '../model/article.ts';
import type { Annotation } from '../model/clip.ts';
import type { ExportClip } from '../transfer/export/selection.ts';
import type { ReviewBody } from '../model/review-settings.ts';

/** How much of a story's opening an excerpt takes, in characters: a paragraph or two. */
const EXCERPT_CHARACTERS = 600;

/** What a story shows of its text, whatever the output. */
export type StoryContent =
  | { kind: 'none' }
  | { kind: 'blocks'; blocks: Block[]; annotations: Annotation[]; cut: boolean }
  | { kind: 'highlights'; highlights: Annotation[]; note: string };

/** The opening paragraphs of a text, up to about EXCERPT_CHARACTERS, and whether more followed. */
export function excerptBlocks(blocks: readonly Block[]): { blocks: Block[]; cut: boolean } {
  const story = blocks.filter(
    (b) => b.type === 'paragraph' || b.type === 'quote' || b.type === 'list-item',
  );
  const out: Block[] = [];
  let length = 0;
  for (const block of story) {
    if (length >= EXCERPT_CHARACTERS) break;
    out.push(block);
    length += block.text.length;
  }
  return { blocks: out, cut: out.length < story.length };
}

/**
 * What of a clip the review shows. "Highlights" are the clip's highlights
 * with their notes and its page note; a clip with none shows its opening
 * instead, so no story stands in the review without a word of it.
 */
export function storyContent({ record, body }: ExportClip, choice: ReviewBody): StoryContent {
  const highlights = record.annotations.filter((a) => a.quote.exact.trim());
  switch (choice) {
    case 'none':
      return { kind: 'none' };
    case 'full':
      return { kind: 'blocks', blocks: body.blocks, annotations: record.annotations, cut: false };
    case 'highlights':
      if (highlights.length > 0 || record.note.trim())
        return { kind: 'highlights', highlights, note: record.note.trim() };
      return { kind: 'blocks', ...excerptBlocks(body.blocks), annotations: [] };
    case 'excerpt':
      return { kind: 'blocks', ...excerptBlocks(body.blocks), annotations: [] };
  }
}
