import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import type { Block, InlineMark } from '../model/article.ts';
import type { ExportClip } from '../transfer/export/selection.ts';
import { dayHeading, type Count, type Review, type ReviewStory } from './build-review.ts';
import { storyContent } from './review-body.ts';

/** Word's own fonts: Word lays out a document in them the same everywhere, and the contents' page numbers can be worked out before it opens. */
const BODY_FONT = 'Cambria';
const HEADING_FONT = 'Calibri';
const GREY = '5B5B60';
const HIGHLIGHTS = {
  yellow: 'yellow',
  green: 'green',
  blue: 'cyan',
  pink: 'magenta',
  purple: 'lightGray',
} as const;
const outletName = (clip: ExportClip) =>
  clip.record.source ?? clip.record.credit ?? 'Unknown outlet';

function paragraphs(
  text: string,
  options: { italics?: boolean; indent?: boolean } = {},
): Paragraph[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map(
      (p) =>
        new Paragraph({
          children: [new TextRun({ text: p, italics: options.italics })],
          ...(options.indent && { indent: { left: 400 } }),
        }),
    );
}

/** A block's text as runs, its emphasis, code and links kept. */
function runs(text: string, marks: readonly InlineMark[]): ParagraphChild[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const on = marks.filter((m) => m.start <= cuts[i] && m.end >= cuts[i + 1]);
    // A line break the page had (`<br>`, a listing's lines) is a break in Word too: a newline in a run is none.
    const pieces = text
      .slice(cuts[i], cuts[i + 1])
      .split('\n')
      .map(
        (line, n) =>
          new TextRun({
            text: line,
            break: n > 0 ? 1 : undefined,
            italics: on.some((m) => m.kind === 'em'),
            bold: on.some((m) => m.kind === 'strong'),
            font: on.some((m) => m.kind === 'code') ? 'Consolas' : undefined,
            style: on.some((m) => m.kind === 'link') ? 'Hyperlink' : undefined,
          }),
      );
    const href = on.find((m) => m.kind === 'link')?.href;
    out.push(...(href ? [new ExternalHyperlink({ link: href, children: pieces })] : pieces));
  }
  return out;
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function blocksToDocx(blocks: readonly Block[], storyLevel: number): Paragraph[] {
  return blocks.map((block) => {
    const children = runs(block.text, block.marks ?? []);
    switch (block.type) {
      case 'heading':
        return new Paragraph({
          heading: HEADINGS[Math.min(5, storyLevel + Math.max(1, (block.level ?? 2) - 1) - 1)],
          children,
        });
      case 'list-item':
        return new Paragraph({ children, bullet: { level: 0 } });
      case 'quote':
        return new Paragraph({ children, indent: { left: 600 } });
      case 'caption':
      case 'image':
        return new Paragraph({
          children: [new TextRun({ text: block.text, italics: true, color: GREY })],
        });
      case 'preformatted':
        return new Paragraph({
          children: runs(block.text, [{ kind: 'code', start: 0, end: block.text.length }]),
        });
      default:
        return new Paragraph({ children });
    }
  });
}

function details(story: ReviewStory, review: Review): Paragraph[] {
  const { fields } = review.settings;
  const { record } = story.main;
  const words = [
    fields.outlet ? outletName(story.main) : null,
    fields.byline ? record.byline : null,
    fields.date && record.published ? dayHeading(record.published.slice(0, 10)) : null,
  ].filter((p): p is string => !!p);
  const children: ParagraphChild[] = [new TextRun({ text: words.join(' · '), color: GREY })];
  if (fields.link && record.url)
    children.push(
      new TextRun({ text: words.length ? ' · ' : '', color: GREY }),
      new ExternalHyperlink({
        link: record.url,
        children: [new TextRun({ text: record.url, style: 'Hyperlink' })],
      }),
    );
  const out =
    words.length || (fields.link && record.url)
      ? [new Paragraph({ children, keepNext: true })]
      : [];
  const others = story.clips
    .slice(1)
    .map(
      (c) =>
        outletName(c) +
        (fields.date && c.record.published
          ? ` (${dayHeading(c.record.published.slice(0, 10))})`
          : ''),
    );
  if (others.length)
    out.push(
      new Paragraph({
        children: [
          new TextRun({ text: 'Also ran in: ', bold: true, color: GREY }),
          new TextRun({ text: others.join(', '), color: GREY }),
        ],
      }),
    );
  return out;
}

function body(story: ReviewStory, level: number): Paragraph[] {
  const content = storyContent(story.main, story.body);
  switch (content.kind) {
    case 'none':
      return [];
    case 'blocks':
      return [
        ...blocksToDocx(content.blocks, level),
        ...(content.cut
          ? [new Paragraph({ children: [new TextRun({ text: '…', color: GREY })] })]
          : []),
      ];
    case 'highlights':
      return [
        ...content.highlights.flatMap((a) => [
          new Paragraph({
            children: [new TextRun({ text: a.quote.exact, highlight: HIGHLIGHTS[a.color] })],
            indent: { left: 400 },
            border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'B0B0B0', space: 8 } },
          }),
          ...paragraphs(a.note, { indent: true }),
        ]),
        ...paragraphs(content.note),
      ];
  }
}

function countTable(
  name: string,
  items: readonly Count[],
  label: (c: Count) => string = (c) => c.name,
): Table {
  const cell = (text: string, bold = false, right = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold })],
        }),
      ],
    });
  return new Table({
    width: { size: 70, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell(name, true), cell('Clips', true, true)] }),
      ...items.map(
        (c) => new TableRow({ children: [cell(label(c)), cell(String(c.count), false, true)] }),
      ),
    ],
  });
}

function coverage(review: Review): (Paragraph | Table)[] {
  const { coverage: c } = review;
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [new TextRun('Coverage at a glance')],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `${c.stories} stories · ${c.clips} clips · ${c.outlets.length} outlets · ${c.days.length} days`,
          bold: true,
        }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Clips per outlet')] }),
    countTable('Outlet', c.outlets),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Clips per day')] }),
    countTable('Day', c.days, (d) => dayHeading(d.name)),
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Tags covered')] }),
    new Paragraph({
      children: [new TextRun(c.tags.map((t) => `${t.name} (${t.count})`).join(', ') || 'No tags.')],
    }),
  ];
}

/**
 * The review as a Word document: the cover, a table of contents Word keeps
 * (real Heading 1 and Heading 2 styles, so the navigation pane lists every
 * section and story), the coverage as tables, the stories, the references;
 * the review's name on top of every page after the cover, page numbers below.
 */
export async function reviewDocx(review: Review): Promise<Uint8Array> {
  const grouped = review.sections.some((s) => s.heading !== null);
  const storyLevel = grouped ? 2 : 1;
  const children: (Paragraph | Table | TableOfContents)[] = [
    ...(review.organisation
      ? [
          new Paragraph({
            spacing: { before: 2400 },
            children: [
              new TextRun({
                text: review.organisation.toUpperCase(),
                color: GREY,
                font: HEADING_FONT,
              }),
            ],
          }),
        ]
      : []),
    new Paragraph({
      heading: HeadingLevel.TITLE,
      spacing: { before: review.organisation ? 200 : 2400 },
      children: [new TextRun(review.title)],
    }),
    ...(review.period
      ? [new Paragraph({ children: [new TextRun({ text: review.period, size: 28 })] })]
      : []),
    new Paragraph({
      children: [
        new TextRun({
          text: `${review.coverage.stories} stories · ${review.coverage.clips} clips`,
          color: GREY,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Made with Presscut on ${dayHeading(review.madeAt.slice(0, 10))}`,
          color: GREY,
        }),
        new PageBreak(),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Contents')] }),
    new TableOfContents('Contents', {
      hyperlink: true,
      headingStyleRange: grouped ? '1-2' : '1-1',
    }),
  ];
  if (review.settings.coverage && review.coverage.stories > 0)
    children.push(new Paragraph({ children: [new PageBreak()] }), ...coverage(review));
  if (review.introduction)
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Introduction')] }),
      ...paragraphs(review.introduction),
    );
  for (const section of review.sections) {
    if (section.heading !== null)
      children.push(
        new Paragraph({
          heading: HeadingLevel.HEADING_1,
          pageBreakBefore: true,
          children: [new TextRun(section.heading)],
        }),
      );
    for (const story of section.stories) {
      children.push(
        new Paragraph({
          heading: HEADINGS[storyLevel - 1],
          keepNext: true,
          children: [new TextRun(story.main.record.title)],
        }),
        ...details(story, review),
      );
      if (story.comment)
        children.push(
          ...story.comment
            .split(/\n\s*\n/)
            .filter((p) => p.trim())
            .map(
              (p) =>
                new Paragraph({
                  children: [new TextRun({ text: p.trim(), italics: true })],
                  shading: { type: ShadingType.CLEAR, fill: 'F2F5FA', color: 'auto' },
                  border: {
                    left: { style: BorderStyle.SINGLE, size: 18, color: '36557F', space: 8 },
                  },
                }),
            ),
        );
      children.push(...body(story, storyLevel));
    }
  }
  if (review.references?.entries.length)
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        pageBreakBefore: true,
        children: [new TextRun('References')],
      }),
      ...review.references.entries.map(
        (entry) =>
          new Paragraph({
            indent: { left: 720, hanging: 720 },
            children: entry.map(
              (run) => new TextRun({ text: run.text, italics: run.italic, bold: run.bold }),
            ),
          }),
      ),
    );
  const running = [review.title, review.organisation].filter(Boolean).join(' · ');
  const document = new Document({
    creator: 'Presscut',
    title: review.title,
    description: review.period,
    pageNumbers: estimatePageNumbers,
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 22 },
          paragraph: { spacing: { after: 120, line: 300 } },
        },
        heading1: {
          run: { font: HEADING_FONT, size: 32, bold: true, color: '1B1B1D' },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true },
        },
        heading2: {
          run: { font: HEADING_FONT, size: 26, bold: true, color: '1B1B1D' },
          paragraph: { spacing: { before: 320, after: 80 }, keepNext: true },
        },
        heading3: {
          run: { font: HEADING_FONT, size: 23, bold: true, color: '36557F' },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true },
        },
        title: {
          run: { font: HEADING_FONT, size: 56, bold: true },
          paragraph: { spacing: { after: 200 } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1250, bottom: 1250, left: 1134, right: 1134 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: running, size: 17, color: GREY, font: HEADING_FONT }),
                ],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({})] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    children: [PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES],
                    size: 17,
                    color: GREY,
                    font: HEADING_FONT,
                  }),
                ],
              }),
            ],
          }),
          first: new Footer({ children: [new Paragraph({})] }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
