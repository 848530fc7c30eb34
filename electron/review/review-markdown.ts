import type { BlockContent, Heading, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { blocksToMarkdownTree } from '../transfer/export/markdown.ts';
import type { ExportClip } from '../transfer/export/selection.ts';
import { dayHeading, type Count, type Review, type ReviewStory } from './build-review.ts';
import { storyContent } from './review-body.ts';

const OPTIONS = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
} as const;

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): BlockContent => ({
  type: 'paragraph',
  children,
});
const heading = (depth: Heading['depth'], value: string): BlockContent => ({
  type: 'heading',
  depth,
  children: [text(value)],
});
const outletName = (clip: ExportClip) =>
  clip.record.source ?? clip.record.credit ?? 'Unknown outlet';

function paragraphs(value: string): BlockContent[] {
  return value
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph(text(p)));
}

function details(story: ReviewStory, review: Review): RootContent[] {
  const { fields } = review.settings;
  const { record } = story.main;
  const parts: PhrasingContent[] = [
    fields.outlet ? outletName(story.main) : null,
    fields.byline ? record.byline : null,
    fields.date && record.published ? dayHeading(record.published.slice(0, 10)) : null,
  ]
    .filter((p): p is string => !!p)
    .map(text);
  if (fields.link && record.url)
    parts.push({ type: 'link', url: record.url, children: [text(record.url)] });
  const line = parts.flatMap((p, i) => (i === 0 ? [p] : [text(' · '), p]));
  const out = line.length ? [paragraph({ type: 'emphasis', children: line })] : [];
  const others = story.clips.slice(1).map((c) => {
    const date =
      fields.date && c.record.published ? ` (${dayHeading(c.record.published.slice(0, 10))})` : '';
    return outletName(c) + date;
  });
  if (others.length)
    out.push(
      paragraph(
        { type: 'strong', children: [text('Also ran in:')] },
        text(` ${others.join(', ')}`),
      ),
    );
  return out;
}

function body(story: ReviewStory): RootContent[] {
  const content = storyContent(story.main, story.body);
  switch (content.kind) {
    case 'none':
      return [];
    case 'blocks': {
      // An email carries no pictures: an image is its alt text.
      const blocks = content.blocks.map((b) =>
        b.type === 'image' ? { ...b, type: 'caption' as const, src: undefined } : b,
      );
      return [...blocksToMarkdownTree(blocks), ...(content.cut ? [paragraph(text('…'))] : [])];
    }
    case 'highlights':
      return [
        ...content.highlights.map((a): BlockContent => ({
          type: 'blockquote',
          children: [paragraph(text(a.quote.exact)), ...paragraphs(a.note)],
        })),
        ...paragraphs(content.note),
      ];
  }
}

function counts(
  label: string,
  items: readonly Count[],
  name: (c: Count) => string = (c) => c.name,
): BlockContent {
  return paragraph(
    { type: 'strong', children: [text(`${label}:`)] },
    text(` ${items.map((c) => `${name(c)} (${c.count})`).join(', ') || 'none'}`),
  );
}

/**
 * The review as Markdown, to paste into an email or a chat: the same order
 * and content as the document, the coverage as lines of counts, no pictures.
 */
export function reviewMarkdown(review: Review): string {
  const { coverage } = review;
  const grouped = review.sections.some((s) => s.heading !== null);
  const tree: RootContent[] = [heading(1, review.title)];
  const under = [review.organisation, review.period].filter(Boolean).join(' · ');
  if (under) tree.push(paragraph(text(under)));
  tree.push(
    paragraph({
      type: 'emphasis',
      children: [
        text(
          `${coverage.stories} ${coverage.stories === 1 ? 'story' : 'stories'}, ${coverage.clips} ${coverage.clips === 1 ? 'clip' : 'clips'}`,
        ),
      ],
    }),
  );
  if (review.settings.coverage && coverage.stories > 0)
    tree.push(
      heading(2, 'Coverage at a glance'),
      counts('Clips per outlet', coverage.outlets),
      counts('Clips per day', coverage.days, (c) => dayHeading(c.name)),
      counts('Tags covered', coverage.tags),
    );
  if (review.introduction)
    tree.push(heading(2, 'Introduction'), ...paragraphs(review.introduction));
  for (const section of review.sections) {
    if (section.heading !== null) tree.push(heading(2, section.heading));
    for (const story of section.stories) {
      tree.push(heading(grouped ? 3 : 2, story.main.record.title), ...details(story, review));
      if (story.comment)
        tree.push(
          ...paragraphs(story.comment).map((p, i) =>
            i === 0 && p.type === 'paragraph'
              ? paragraph(
                  { type: 'strong', children: [text('Comment:')] },
                  text(' '),
                  ...p.children,
                )
              : p,
          ),
        );
      tree.push(...body(story));
    }
  }
  if (review.references?.entries.length)
    tree.push(heading(2, 'References'), {
      type: 'list',
      ordered: false,
      spread: false,
      children: review.references.entries.map((entry) => ({
        type: 'listItem',
        spread: false,
        children: [
          paragraph(
            ...entry.map((run): PhrasingContent =>
              run.italic ? { type: 'emphasis', children: [text(run.text)] } : text(run.text),
            ),
          ),
        ],
      })),
    });
  const root: Root = { type: 'root', children: tree };
  return toMarkdown(root, OPTIONS);
}
