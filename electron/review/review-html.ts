import { element, escapeHtml, textElement } from '../transfer/export/markup.ts';
import { blocksHtml } from '../transfer/export/render-html.ts';
import type { ExportClip } from '../transfer/export/selection.ts';
import { dayHeading, type Review, type ReviewStory } from './build-review.ts';
import { dayChart, outletChart } from './coverage-charts.ts';
import { storyContent } from './review-body.ts';
import { REVIEW_CSS } from './review-css.ts';

/** The page loads nothing and runs nothing: its fonts and charts are inline, its style its own. */
const PAGE_POLICY = "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'";

export interface ReviewHtmlOptions {
  /**
   * 'screen': one page to read or send (the HTML output and the preview);
   * 'print': pages for the PDF, with a cover page, page breaks, running
   * headers and footers, and the page numbers of the contents.
   */
  medium: 'screen' | 'print';
  /** @font-face rules, inline; none in the preview, which has the app's fonts. */
  fontFaces?: string;
  /** The page each story starts on, by its anchor, from a first printing. */
  pages?: ReadonlyMap<string, number>;
}

/** A story's anchor in the document, the name of its destination in the PDF. */
export function storyAnchor(index: number): string {
  return `story-${index + 1}`;
}

const outletName = (clip: ExportClip) =>
  clip.record.source ?? clip.record.credit ?? 'Unknown outlet';

/** The line under a story's headline: the details the review's settings ask for. */
function storyDetails(story: ReviewStory, review: Review): string {
  const { fields } = review.settings;
  const { record } = story.main;
  const parts = [
    fields.outlet ? outletName(story.main) : null,
    fields.byline ? record.byline : null,
    fields.date && record.published ? dayHeading(record.published.slice(0, 10)) : null,
  ].filter((p): p is string => !!p);
  const words = parts.map((p) => textElement('span', {}, p)).join(' · ');
  const link =
    fields.link && record.url
      ? `${words ? ' · ' : ''}${textElement('a', { href: record.url, rel: 'noopener noreferrer' }, record.url.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))}`
      : '';
  return words || link ? element('p', { class: 'details' }, words + link) : '';
}

/** "Also ran in: The Straits Times (23 July 2025), Business Times." */
function pickupsLine(story: ReviewStory, review: Review): string {
  const others = story.clips.slice(1);
  if (others.length === 0) return '';
  const items = others.map((clip) => {
    const date =
      review.settings.fields.date && clip.record.published
        ? ` (${dayHeading(clip.record.published.slice(0, 10))})`
        : '';
    const name = escapeHtml(outletName(clip) + date);
    return review.settings.fields.link && clip.record.url
      ? element('a', { href: clip.record.url, rel: 'noopener noreferrer' }, name)
      : name;
  });
  return element(
    'p',
    { class: 'pickups' },
    `${textElement('strong', {}, 'Also ran in:')} ${items.join(', ')}`,
  );
}

function paragraphs(text: string, attrs: Record<string, string> = {}): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => textElement('p', attrs, p))
    .join('\n');
}

function storyBody(story: ReviewStory, level: number): string {
  const content = storyContent(story.main, story.body);
  switch (content.kind) {
    case 'none':
      return '';
    case 'blocks':
      return element(
        'div',
        { class: 'text' },
        blocksHtml(content.blocks, content.annotations, {
          headingShift: level - 1,
          imageSource: (b) => b.src ?? null,
        }) + (content.cut ? textElement('p', { class: 'more' }, '…') : ''),
      );
    case 'highlights': {
      const quotes = content.highlights.map((a) =>
        element(
          'blockquote',
          { class: `hl-${a.color}` },
          textElement('p', {}, a.quote.exact) +
            (a.note.trim() ? paragraphs(a.note, { class: 'note' }) : ''),
        ),
      );
      const note = content.note
        ? element('div', { class: 'clip-note' }, paragraphs(content.note))
        : '';
      return element('div', { class: 'highlights' }, quotes.join('\n') + note);
    }
  }
}

function storyHtml(story: ReviewStory, anchor: string, review: Review, level: number): string {
  const comment = story.comment
    ? element('div', { class: 'comment' }, paragraphs(story.comment))
    : '';
  return element(
    'article',
    { class: 'story', id: anchor },
    [
      textElement(`h${level}`, {}, story.main.record.title),
      storyDetails(story, review),
      pickupsLine(story, review),
      comment,
      storyBody(story, level),
    ].join('\n'),
  );
}

function cover(review: Review): string {
  const { stories, clips } = review.coverage;
  const made = new Date(review.madeAt).toISOString().slice(0, 10);
  return element(
    'header',
    { class: 'cover' },
    [
      review.organisation ? textElement('p', { class: 'organisation' }, review.organisation) : '',
      textElement('h1', {}, review.title),
      review.period ? textElement('p', { class: 'period' }, review.period) : '',
      textElement(
        'p',
        { class: 'counts' },
        `${count(stories, 'story', 'stories')} · ${count(clips, 'clip', 'clips')}`,
      ),
      textElement('p', { class: 'made' }, `Made with Presscut on ${dayHeading(made)}`),
    ].join('\n'),
  );
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

function contents(
  review: Review,
  anchors: Map<ReviewStory, string>,
  options: ReviewHtmlOptions,
): string {
  const page = (anchor: string) =>
    options.medium === 'print'
      ? textElement('span', { class: 'page' }, String(options.pages?.get(anchor) ?? ''))
      : '';
  const item = (story: ReviewStory) => {
    const anchor = anchors.get(story)!;
    return element(
      'li',
      {},
      element(
        'a',
        { href: `#${anchor}` },
        `${textElement('span', { class: 'title' }, story.main.record.title)}${page(anchor)}`,
      ),
    );
  };
  const lists = review.sections.map((section) =>
    section.heading === null
      ? element('ol', {}, section.stories.map(item).join(''))
      : element(
          'li',
          { class: 'toc-group' },
          textElement('span', { class: 'group-name' }, section.heading) +
            element('ol', {}, section.stories.map(item).join('')),
        ),
  );
  const grouped = review.sections.some((s) => s.heading !== null);
  return element(
    'nav',
    { class: 'contents', 'aria-labelledby': 'contents-heading' },
    textElement('h2', { id: 'contents-heading' }, 'Contents') +
      (grouped ? element('ul', { class: 'groups' }, lists.join('')) : lists.join('')),
  );
}

function coverageSection(review: Review): string {
  const { coverage } = review;
  const tags = coverage.tags.length
    ? element(
        'ul',
        { class: 'tags' },
        coverage.tags
          .map((t) =>
            element(
              'li',
              {},
              `${textElement('span', {}, t.name)} ${textElement('span', { class: 'count' }, String(t.count))}`,
            ),
          )
          .join(''),
      )
    : textElement('p', {}, 'No tags.');
  return element(
    'section',
    { class: 'coverage', 'aria-labelledby': 'coverage-heading' },
    [
      textElement('h2', { id: 'coverage-heading' }, 'Coverage at a glance'),
      element(
        'dl',
        { class: 'figures' },
        [
          ['Stories', coverage.stories],
          ['Clips', coverage.clips],
          ['Outlets', coverage.outlets.length],
          ['Days', coverage.days.length],
        ]
          .map(([name, n]) =>
            element(
              'div',
              {},
              textElement('dt', {}, String(name)) +
                textElement('dd', {}, Number(n).toLocaleString('en')),
            ),
          )
          .join(''),
      ),
      textElement('h3', {}, 'Clips per outlet'),
      element('figure', { class: 'chart' }, outletChart(coverage.outlets, 'Clips per outlet')),
      textElement('h3', {}, 'Clips per day'),
      element('figure', { class: 'chart' }, dayChart(coverage.days, 'Clips per day')),
      textElement('h3', {}, 'Tags covered'),
      tags,
    ].join('\n'),
  );
}

function referencesSection(review: Review): string {
  if (!review.references || review.references.entries.length === 0) return '';
  const entries = review.references.entries.map((entry) =>
    element(
      'li',
      {},
      entry
        .map((run) =>
          run.italic
            ? textElement('i', {}, run.text)
            : run.bold
              ? textElement('b', {}, run.text)
              : escapeHtml(run.text),
        )
        .join(''),
    ),
  );
  return element(
    'section',
    { class: 'references', 'aria-labelledby': 'references-heading' },
    textElement('h2', { id: 'references-heading' }, 'References') +
      element('ul', {}, entries.join('')),
  );
}

/**
 * The press review as one HTML document: cover, contents, coverage, the
 * introduction, the stories by section, and the references. The preview,
 * the HTML file and the PDF are all this document.
 */
export function reviewHtml(review: Review, options: ReviewHtmlOptions): string {
  const anchors = new Map<ReviewStory, string>();
  let index = 0;
  for (const section of review.sections)
    for (const story of section.stories) anchors.set(story, storyAnchor(index++));
  const grouped = review.sections.some((s) => s.heading !== null);
  const sections = review.sections.map((section) =>
    element(
      'section',
      { class: grouped ? 'group' : 'stories' },
      (section.heading === null ? '' : textElement('h2', {}, section.heading)) +
        section.stories
          .map((story) => storyHtml(story, anchors.get(story)!, review, grouped ? 3 : 2))
          .join('\n'),
    ),
  );
  const introduction = review.introduction
    ? element(
        'section',
        { class: 'introduction', 'aria-labelledby': 'introduction-heading' },
        textElement('h2', { id: 'introduction-heading' }, 'Introduction') +
          paragraphs(review.introduction),
      )
    : '';
  const body = [
    cover(review),
    review.coverage.stories > 0
      ? contents(review, anchors, options)
      : textElement('p', { class: 'empty' }, 'No clip matches this review’s choice of clips.'),
    review.settings.coverage && review.coverage.stories > 0 ? coverageSection(review) : '',
    introduction,
    element('main', {}, sections.join('\n')),
    referencesSection(review),
  ].join('\n');
  const header = [review.title, review.organisation].filter(Boolean).join(' · ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="Presscut" />
${textElement('title', {}, [review.title, review.period].filter(Boolean).join(', '))}
<style>
${options.fontFaces ?? ''}
${REVIEW_CSS}
${options.medium === 'print' ? printCss(header) : ''}
</style>
</head>
<body class="${options.medium}">
${body}
</body>
</html>
`;
}

/** A CSS string: the text between quotes, escaped. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;
}

/** Pages: A4, the review's name on top and the page number below, the cover without either. */
function printCss(header: string): string {
  return `
@page { size: A4; margin: 22mm 20mm 22mm;
  @top-left { content: ${cssString(header)}; font: 8.5pt Inter, system-ui, sans-serif; color: #6b6b70; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: counter(page) " / " counter(pages); font: 8.5pt Inter, system-ui, sans-serif; color: #6b6b70; vertical-align: top; padding-top: 4mm; }
}
@page :first { @top-left { content: none; } @bottom-right { content: none; } }
`;
}
