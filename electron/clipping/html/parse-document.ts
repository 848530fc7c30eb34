import { parseHTML } from 'linkedom';

/** A parsed paste: a whole page, or the fragment a browser puts on the clipboard for a selection. */
export interface ParsedPaste {
  document: Document;
  /** True when the paste had no `<html>`/`<body>` of its own (a copied selection). */
  isFragment: boolean;
  /** The page's address, when the clipboard format carries it (Windows' CF_HTML `SourceURL:`). */
  sourceUrl: string | null;
}

// Windows' CF_HTML clipboard format starts with a header of byte offsets ("Version:0.9\r\nStartHTML:…").
const CF_HTML_HEADER = /^\s*Version:\d[^<]*?(?=<)/;
const SOURCE_URL = /^SourceURL:(\S+)/m;
const WHOLE_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i;

// Browsers stop nesting at 512 levels; every later stage walks the tree recursively, so a paste may not go deeper.
const MAX_DEPTH = 400;

/** Empties the elements at the depth limit, walking without recursion so that the walk itself cannot overflow. */
function pruneBeyondDepth(root: Element): void {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [element, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      element.replaceChildren();
      continue;
    }
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) stack.push([child, depth + 1]);
  }
}

/**
 * Parses the HTML flavour of a paste with linkedom, a light DOM. linkedom
 * needs an `<html>` root to build `head` and `body`, so a fragment is
 * wrapped in one first. Returns null when even that gives no usable tree.
 */
export function parsePaste(html: string): ParsedPaste | null {
  const header = CF_HTML_HEADER.exec(html)?.[0] ?? '';
  const sourceUrl = SOURCE_URL.exec(header)?.[1] ?? null;
  const source = html.slice(header.length);
  const isFragment = !WHOLE_PAGE.test(source);
  const wrapped = isFragment ? `<!DOCTYPE html><html><head></head><body>${source}</body></html>` : source;
  try {
    const { document } = parseHTML(wrapped);
    const usable = document.documentElement?.localName === 'html' && document.body !== null;
    if (!usable) return null;
    pruneBeyondDepth(document.documentElement as unknown as Element);
    return { document: document as unknown as Document, isFragment, sourceUrl };
  } catch {
    return null;
  }
}
