import type {
  BlockContent,
  Heading,
  List,
  PhrasingContent,
  Root,
  RootContent,
  TableRow,
} from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';
import { tableCells, withinCell } from '../../../common/table-cells.ts';
import { stringify as toYaml } from 'yaml';
import type { Block, InlineMark } from '../../model/article.ts';
import type { Annotation, ClipRecord } from '../../model/clip.ts';
import { LINK_ONLY_NOTE } from './html.ts';
import type { ExportClip } from './selection.ts';

const OPTIONS: Options = {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmTableToMarkdown()],
};

/** A block's text as Markdown inline nodes: cut where marks start and end, links gathered around their pieces. */
function phrasing(text: string, marks: readonly InlineMark[]): PhrasingContent[] {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((c) => c >= 0 && c <= text.length)
    .sort((a, b) => a - b);
  const out: PhrasingContent[] = [];
  let link: { href: string; children: PhrasingContent[] } | null = null;
  for (let i = 0; i < cuts.length - 1; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    const on = marks.filter((m) => m.start <= start && m.end >= end);
    const piece = text.slice(start, end);
    let nodes: PhrasingContent[] = on.some((m) => m.kind === 'code')
      ? [{ type: 'inlineCode', value: piece }]
      : lines(piece);
    if (on.some((m) => m.kind === 'em')) nodes = [{ type: 'emphasis', children: nodes }];
    if (on.some((m) => m.kind === 'strong')) nodes = [{ type: 'strong', children: nodes }];
    const href = on.find((m) => m.kind === 'link')?.href ?? null;
    if (link && link.href !== href) {
      out.push({ type: 'link', url: link.href, children: link.children });
      link = null;
    }
    if (href) (link ??= { href, children: [] }).children.push(...nodes);
    else out.push(...nodes);
  }
  if (link) out.push({ type: 'link', url: link.href, children: link.children });
  return out;
}

/** Text whose line breaks (a `<br>` on the page) stay hard breaks: a lone newline in Markdown is a space. */
function lines(text: string): PhrasingContent[] {
  return text
    .split('\n')
    .flatMap((line, i): PhrasingContent[] =>
      i === 0
        ? [{ type: 'text', value: line }]
        : [{ type: 'break' }, { type: 'text', value: line }],
    );
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

function plain(text: string): BlockContent[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => paragraph([{ type: 'text', value: p }]));
}

/** A clip's blocks as a Markdown tree; consecutive list items make one list. */
export function blocksToMarkdownTree(blocks: readonly Block[]): RootContent[] {
  const out: RootContent[] = [];
  let list: List | null = null;
  for (const block of blocks) {
    const inline = phrasing(block.text, block.marks ?? []);
    if (block.type === 'list-item') {
      const ordered = block.ordered ?? false;
      if (!list || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [] };
        out.push(list);
      }
      list.children.push({ type: 'listItem', spread: false, children: [paragraph(inline)] });
      continue;
    }
    list = null;
    switch (block.type) {
      case 'heading':
        out.push({
          type: 'heading',
          depth: Math.min(6, Math.max(2, block.level ?? 2)) as Heading['depth'],
          children: inline,
        });
        break;
      case 'quote':
        out.push({ type: 'blockquote', children: [paragraph(inline)] });
        break;
      case 'caption':
        out.push(paragraph([{ type: 'emphasis', children: inline }]));
        break;
      case 'preformatted':
        out.push({ type: 'code', value: block.text });
        break;
      case 'code':
        out.push({ type: 'code', lang: block.language ?? null, value: block.text });
        break;
      case 'table': {
        const rows = tableCells(block.text);
        const width = Math.max(...rows.map((row) => row.length));
        const children: TableRow[] = rows.map((row) => ({
          type: 'tableRow',
          // Markdown's tables have a row of headings: an empty one when the page's table had none.
          children: Array.from({ length: width }, (_, c) => ({
            type: 'tableCell',
            children: row[c] ? phrasing(row[c].text, withinCell(block.marks ?? [], row[c])) : [],
          })),
        }));
        if (!block.headerRows)
          children.unshift({
            type: 'tableRow',
            children: Array.from({ length: width }, () => ({ type: 'tableCell', children: [] })),
          });
        out.push({ type: 'table', children });
        break;
      }
      case 'image':
        out.push(
          block.src
            ? paragraph([{ type: 'image', url: block.src, alt: block.text }])
            : paragraph([{ type: 'emphasis', children: inline }]),
        );
        break;
      default:
        out.push(paragraph(inline));
    }
  }
  return out;
}

function annotationTree(record: ClipRecord, a: Annotation): RootContent[] {
  const where = a.orphaned
    ? record.linkOnly
      ? ', waiting for the text'
      : ', not found in the text'
    : '';
  return [
    { type: 'blockquote', children: plain(a.quote.exact) },
    ...plain(a.note),
    paragraph([
      {
        type: 'emphasis',
        children: [
          { type: 'text', value: `${a.color} highlight, ${a.createdAt.slice(0, 10)}${where}` },
        ],
      },
    ]),
  ];
}

/** The clip's page note and annotations, under headings of the given depth. */
export function notesTree(record: ClipRecord, depth: Heading['depth']): RootContent[] {
  const out: RootContent[] = [];
  if (record.note.trim())
    out.push(
      { type: 'heading', depth, children: [{ type: 'text', value: 'Note' }] },
      ...plain(record.note),
    );
  if (record.annotations.length > 0) {
    out.push({ type: 'heading', depth, children: [{ type: 'text', value: 'Annotations' }] });
    for (const a of record.annotations) out.push(...annotationTree(record, a));
  }
  return out;
}

/**
 * A tag as Obsidian reads one in front matter: no spaces (a space would
 * split it in two) and none of the characters its tags cannot hold, so
 * "climate change" becomes "climate-change".
 */
export function obsidianTag(tag: string): string {
  return tag
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}_\-/]/gu, '')
    .replace(/^\/+|\/+$/g, '');
}

function frontMatter(record: ClipRecord): string {
  const data: Record<string, unknown> = {
    title: record.title,
    source: record.source,
    author: record.byline,
    published: record.published,
    clipped: record.createdAt,
    url: record.url,
    tags: [...new Set(record.tags.map(obsidianTag).filter(Boolean))],
  };
  const kept = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== null && v !== ''));
  return `---\n${toYaml(kept, { lineWidth: 0 })}---\n\n`;
}

/** One clip as a Markdown file: YAML front matter for Obsidian or Logseq, its text, then its note and annotations. */
export function clipToMarkdown({ record, body }: ExportClip): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'heading', depth: 1, children: [{ type: 'text', value: record.title }] },
      ...(record.linkOnly ? plain(LINK_ONLY_NOTE) : blocksToMarkdownTree(body.blocks)),
      ...notesTree(record, 2),
    ],
  };
  return frontMatter(record) + toMarkdown(tree, OPTIONS);
}

/** The annotations (and page notes) of several clips in one Markdown file, clip by clip; clips with none are left out. */
export function annotationsToMarkdown(clips: readonly ExportClip[], title: string): string {
  const children: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: title }] },
  ];
  for (const { record } of clips) {
    const notes = notesTree(record, 3);
    if (notes.length === 0) continue;
    const about = [record.source, record.byline, record.published?.slice(0, 10)]
      .filter((x): x is string => !!x)
      .join(' · ');
    children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: record.title }] });
    const line: PhrasingContent[] = about ? [{ type: 'text', value: about }] : [];
    if (record.url)
      line.push(...(about ? [{ type: 'text' as const, value: ' · ' }] : []), {
        type: 'link',
        url: record.url,
        children: [{ type: 'text', value: record.url }],
      });
    if (line.length) children.push(paragraph(line));
    children.push(...notes);
  }
  return toMarkdown({ type: 'root', children }, OPTIONS);
}
