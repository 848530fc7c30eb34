import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { parse as parseYaml } from 'yaml';
import type { Block, InlineMark } from '../../model/article.ts';
import { SAFE_LINK } from '../../model/article-schema.ts';
import { isRecord } from './fields.ts';

/** A Markdown file read into Presscut's model: its front matter, its title heading and its blocks. */
export interface MarkdownDocument {
  /** The YAML front matter (Obsidian, Logseq, Presscut's own export), when it has one that reads as a mapping. */
  frontMatter: Record<string, unknown>;
  /** The text of a first-level heading that opens the document. */
  heading: string | null;
  blocks: Block[];
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;
const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif);base64,/i;

function readFrontMatter(markdown: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { frontMatter: {}, body: markdown };
  try {
    const data: unknown = parseYaml(match[1]);
    return { frontMatter: isRecord(data) ? data : {}, body: markdown.slice(match[0].length) };
  } catch {
    // Not YAML after all: the lines are part of the text.
    return { frontMatter: {}, body: markdown };
  }
}

/** Inline Markdown as plain text and marks over it. */
function inline(nodes: readonly PhrasingContent[]): { text: string; marks: InlineMark[] } {
  let text = '';
  const marks: InlineMark[] = [];
  const walk = (list: readonly PhrasingContent[]) => {
    for (const node of list) {
      const start = text.length;
      switch (node.type) {
        case 'text':
          text += node.value.replace(/\s*\n\s*/g, ' ');
          break;
        case 'inlineCode':
          text += node.value;
          marks.push({ kind: 'code', start, end: text.length });
          break;
        case 'break':
          text += ' ';
          break;
        case 'emphasis':
        case 'strong':
        case 'link':
          walk(node.children);
          if (text.length === start) break;
          if (node.type === 'link') {
            if (SAFE_LINK.test(node.url)) marks.push({ kind: 'link', start, end: text.length, href: node.url });
          } else {
            marks.push({ kind: node.type === 'emphasis' ? 'em' : 'strong', start, end: text.length });
          }
          break;
        case 'image':
          text += node.alt ?? '';
          break;
        default:
          // Raw HTML and references carry no text of the article; HTML is never taken in as markup.
          break;
      }
    }
  };
  walk(nodes);
  const trimmed = text.trimEnd();
  const lead = trimmed.length - trimmed.trimStart().length;
  const kept = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start - lead), end: Math.min(trimmed.length - lead, m.end - lead) }))
    .filter((m) => m.end > m.start);
  return { text: trimmed.trimStart(), marks: kept };
}

function textBlock(type: Block['type'], children: readonly PhrasingContent[], extra: Partial<Block> = {}): Block[] {
  const { text, marks } = inline(children);
  if (!text) return [];
  return [{ type, text, ...(marks.length ? { marks } : {}), ...extra }];
}

function toBlocks(node: RootContent | Nodes, inQuote = false, ordered?: boolean): Block[] {
  switch (node.type) {
    case 'heading':
      return textBlock('heading', node.children, { level: node.depth });
    case 'paragraph': {
      const [only] = node.children;
      if (node.children.length === 1 && only.type === 'image' && DATA_IMAGE.test(only.url)) {
        return [{ type: 'image', text: only.alt ?? '', src: only.url }];
      }
      return textBlock(inQuote ? 'quote' : 'paragraph', node.children);
    }
    case 'blockquote':
      return node.children.flatMap((child) => toBlocks(child, true));
    case 'list':
      return node.children.flatMap((item) => toBlocks(item, inQuote, node.ordered ?? false));
    case 'listItem': {
      // A list item's own paragraphs make one item; a list nested in it follows as items of its own.
      const own = node.children.filter((c) => c.type === 'paragraph').flatMap((p) => (p.type === 'paragraph' ? p.children : []));
      const nested = node.children.filter((c) => c.type !== 'paragraph').flatMap((c) => toBlocks(c, inQuote));
      const item = textBlock('list-item', own, { ordered: ordered ?? false });
      return [...item, ...nested];
    }
    case 'code':
      return node.value.trim() ? [{ type: 'preformatted', text: node.value }] : [];
    case 'root':
      return node.children.flatMap((child) => toBlocks(child));
    default:
      return [];
  }
}

/** Reads a Markdown file into blocks; raw HTML in it is left out, never taken in as markup. */
export function readMarkdown(markdown: string): MarkdownDocument {
  const { frontMatter, body } = readFrontMatter(markdown);
  const tree = fromMarkdown(body);
  const first = tree.children[0];
  let heading: string | null = null;
  if (first?.type === 'heading' && first.depth === 1) {
    heading = inline(first.children).text || null;
    tree.children.shift();
  }
  return { frontMatter, heading, blocks: toBlocks(tree) };
}
