import type { BlockType } from '../../model/article.ts';
import { walkElements } from './element-walk.ts';
import {
  attribute,
  parentElement,
  firstElementChild,
  lastElementChild,
  textOf,
  type Element,
} from './page-tree.ts';

/** What the enclosing elements make of the text: the innermost one that says anything wins. */
export interface Role {
  type: Exclude<BlockType, 'image'>;
  level?: number;
  ordered?: boolean;
  language?: string;
}

export const PARAGRAPH: Role = { type: 'paragraph' };

// Class names code highlighters and wikis give a listing, and the ones that name its language.
const CODE_CLASS =
  /(?:^|\s)(?:code|codeblock|source-?code|sourceCode|highlight|hljs|prettyprint|syntax\w*|brush:|language-|lang-)/i;
const LANGUAGE_CLASS = /(?:^|\s)(?:language-|lang-|highlight-|brush:\s*)([\w+#.-]{1,40})/i;
const NOT_LANGUAGES = new Set(['none', 'plain', 'text', 'plaintext', 'nohighlight']);

/** The language a listing's element or its `<code>` names, when it does. */
function languageOf(...elements: (Element | null)[]): string | undefined {
  for (const element of elements) {
    const named = LANGUAGE_CLASS.exec(
      (element && attribute(element, 'class')) ?? '',
    )?.[1]?.toLowerCase();
    if (named && !NOT_LANGUAGES.has(named)) return named;
  }
  return undefined;
}

/**
 * A `<pre>` is a code listing when it holds a `<code>` and nothing else, or when its class says it is one
 * (highlighters mark theirs); otherwise it is preformatted text (a poem, a table drawn in characters).
 */
function preRole(pre: Element): Role {
  const only = firstElementChild(pre);
  const code = only?.name === 'code' && only === lastElementChild(pre) ? only : null;
  const classed = CODE_CLASS.test(attribute(pre, 'class') ?? '');
  if (!code && !classed) return { type: 'preformatted' };
  const language = languageOf(pre, code, parentElement(pre));
  return language ? { type: 'code', language } : { type: 'code' };
}

export function roleOf(tag: string, element: Element, outer: Role): Role {
  if (/^h[1-6]$/.test(tag)) return { type: 'heading', level: Number(tag[1]) };
  if (tag === 'li') return { type: 'list-item', ordered: parentElement(element)?.name === 'ol' };
  if (tag === 'blockquote') return { type: 'quote' };
  // A figure is an illustration with its legend: whatever text it holds besides a quote describes the picture.
  if (tag === 'figcaption' || tag === 'caption' || (tag === 'figure' && outer.type === 'paragraph'))
    return { type: 'caption' };
  if (tag === 'pre') return preRole(element);
  return outer;
}

// A cell this long is a column of the page's layout, not a value.
const LAYOUT_CELL_CHARS = 400;
const LAYOUT_INSIDE = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'form']);

/**
 * Whether a `<table>` holds data (rows of cells to keep as a table) rather than laying out the page: at least
 * two cells, no table inside it, no headings, articles or forms, and no cell long enough to be a column of text.
 */
export function isDataTable(table: Element): boolean {
  const role = attribute(table, 'role');
  if (role === 'presentation' || role === 'none') return false;
  let cells = 0;
  let layout = false;
  walkElements(table, (element) => {
    const tag = element.name;
    if (LAYOUT_INSIDE.has(tag)) layout = true;
    else if (tag === 'td' || tag === 'th') {
      cells++;
      if (textOf(element).length > LAYOUT_CELL_CHARS) layout = true;
    }
    return layout ? 'stop' : true;
  });
  return !layout && cells >= 2;
}
