import { decodeHTML } from 'entities';
import { lexer, type Token, type Tokens } from 'marked';
import { parse as parseYaml } from 'yaml';
import { SAFE_LINK } from '../model/article-schema.ts';
import type { ArticleMeta, Block, ExtractedArticle, InlineMark } from '../model/article.ts';

/**
 * A Markdown file (a read-later export, a web clipper's note) as one article.
 * Marked's lexer reads the structure; its HTML output is never used: headings,
 * lists, quotes, code, emphasis and links become the model's blocks and marks,
 * raw HTML in the file keeps only its text.
 */
export function markdownArticle(markdown: string, fallbackTitle: string): ExtractedArticle | null {
  const { meta, body } = splitFrontMatter(markdown);
  const blocks = toBlocks(lexer(body));
  // A heading that opens the file is its title (web clippers repeat the front matter's there).
  let title = meta.title;
  const opening = blocks[0]?.type === 'heading' ? blocks[0].text : null;
  if (opening && (!title || opening.toLocaleLowerCase() === title.toLocaleLowerCase())) {
    title = opening;
    blocks.shift();
  }
  if (!blocks.some((b) => b.text.trim())) return null;
  return {
    title: title || fallbackTitle,
    source: meta.source,
    byline: meta.byline,
    published: meta.published,
    dateline: null,
    credit: null,
    language: meta.language,
    url: meta.url,
    blocks,
    removed: [],
  };
}

type FileMeta = Pick<ArticleMeta, 'source' | 'byline' | 'published' | 'language' | 'url'> & {
  title: string | null;
};

/** Reads the YAML front matter web clippers write (title, source, author, published); a broken one is left out and tells nothing. */
function splitFrontMatter(markdown: string): { meta: FileMeta; body: string } {
  const none: FileMeta = {
    title: null,
    source: null,
    byline: null,
    published: null,
    language: null,
    url: null,
  };
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match) return { meta: none, body: markdown };
  const body = markdown.slice(match[0].length);
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch {
    return { meta: none, body };
  }
  if (typeof data !== 'object' || data === null) return { meta: none, body };
  const field = (...keys: string[]) => {
    for (const key of keys) {
      const value = (data as Record<string, unknown>)[key];
      const text = (
        Array.isArray(value)
          ? value.map(String).join(', ')
          : value instanceof Date
            ? value.toISOString()
            : String(value ?? '')
      )
        .replace(/\[\[([^\]|]*)(?:\|[^\]]*)?\]\]/g, '$1')
        .trim();
      if (value !== undefined && value !== null && text) return text;
    }
    return null;
  };
  const links = [field('source', 'url', 'link')].filter(
    (v): v is string => v !== null && /^https?:\/\//i.test(v),
  );
  const published = field('published', 'date');
  return {
    meta: {
      title: field('title'),
      source: field('site', 'site_name', 'publication', 'publisher'),
      byline: field('author', 'authors', 'byline'),
      published:
        published && !Number.isNaN(Date.parse(published))
          ? new Date(published).toISOString()
          : null,
      language: field('lang', 'language'),
      url: links[0] ?? null,
    },
    body,
  };
}

function toBlocks(tokens: Token[], container: 'quote' | null = null): Block[] {
  const blocks: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        blocks.push({
          type: 'heading',
          level: (token as Tokens.Heading).depth,
          ...inline((token as Tokens.Heading).tokens),
        });
        break;
      case 'paragraph':
      case 'text': {
        const inner = (token as Tokens.Paragraph).tokens ?? [
          { type: 'text', raw: token.raw, text: (token as Tokens.Text).text } as Tokens.Text,
        ];
        const images = inner.filter((t) => t.type === 'image') as Tokens.Image[];
        if (
          images.length > 0 &&
          inner.every((t) => t.type === 'image' || (t.type === 'text' && !t.raw.trim()))
        ) {
          blocks.push(
            ...images
              .filter((i) => i.text.trim())
              .map((i): Block => ({ type: 'image', text: i.text.trim() })),
          );
        } else {
          blocks.push({ type: container ?? 'paragraph', ...inline(inner) });
        }
        break;
      }
      case 'blockquote':
        blocks.push(...toBlocks((token as Tokens.Blockquote).tokens, 'quote'));
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) {
          const [first, ...rest] = toBlocks(item.tokens, container);
          if (first)
            blocks.push(
              { ...first, type: 'list-item', ordered: (token as Tokens.List).ordered },
              ...rest,
            );
        }
        break;
      case 'code':
        blocks.push({ type: 'preformatted', text: (token as Tokens.Code).text });
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          blocks.push({
            type: 'paragraph',
            text: row.map((cell) => inline(cell.tokens).text).join(' | '),
          });
        }
        break;
      }
      default:
        // Rules, link definitions, blank space and raw HTML blocks carry no text of the article.
        break;
    }
  }
  return blocks.filter((b) => b.text.trim() || b.type === 'image');
}

/** Flattens inline tokens into text with marks; raw inline HTML tags are dropped, their text kept. */
function inline(tokens: Token[]): { text: string; marks?: InlineMark[] } {
  let text = '';
  const marks: InlineMark[] = [];
  const walk = (list: Token[]) => {
    for (const token of list) {
      const start = text.length;
      switch (token.type) {
        case 'strong':
        case 'em':
        case 'link':
        case 'del':
          walk((token as Tokens.Strong).tokens);
          break;
        case 'codespan':
          text += decodeHTML((token as Tokens.Codespan).text);
          break;
        case 'br':
          text += '\n';
          break;
        case 'image':
        case 'html':
          break;
        case 'escape':
        case 'text':
          if ((token as Tokens.Text).tokens) walk((token as Tokens.Text).tokens!);
          else text += decodeHTML((token as Tokens.Text).text).replace(/\s*\n\s*/g, ' ');
          break;
        default:
          text += decodeHTML((token as Tokens.Generic).text ?? '');
      }
      if (text.length === start) continue;
      if (token.type === 'strong' || token.type === 'em')
        marks.push({ kind: token.type, start, end: text.length });
      else if (token.type === 'codespan') marks.push({ kind: 'code', start, end: text.length });
      else if (token.type === 'link' && SAFE_LINK.test((token as Tokens.Link).href)) {
        marks.push({ kind: 'link', start, end: text.length, href: (token as Tokens.Link).href });
      }
    }
  };
  walk(tokens);
  const trimmed = text.replace(/^\s+/, '');
  const shift = text.length - trimmed.length;
  const result = trimmed.trimEnd();
  const kept = marks
    .map((m) => ({
      ...m,
      start: Math.max(0, m.start - shift),
      end: Math.min(result.length, m.end - shift),
    }))
    .filter((m) => m.end > m.start);
  return kept.length ? { text: result, marks: kept } : { text: result };
}
