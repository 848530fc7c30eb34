import { parseHTML } from 'linkedom';

/** A parsed paste: a whole page, or the fragment a browser puts on the clipboard for a selection. */
export interface ParsedPaste {
  document: Document;
  /** True when the paste had no `<html>`/`<body>` of its own (a copied selection). */
  isFragment: boolean;
}

// Windows' CF_HTML clipboard format starts with a header of byte offsets ("Version:0.9\r\nStartHTML:…").
const CF_HTML_HEADER = /^\s*Version:\d[^<]*?(?=<)/;
const WHOLE_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i;

/**
 * Parses the HTML flavour of a paste with linkedom, a light DOM. linkedom
 * needs an `<html>` root to build `head` and `body`, so a fragment is
 * wrapped in one first. Returns null when even that gives no usable tree.
 */
export function parsePaste(html: string): ParsedPaste | null {
  const source = html.replace(CF_HTML_HEADER, '');
  const isFragment = !WHOLE_PAGE.test(source);
  const wrapped = isFragment ? `<!DOCTYPE html><html><head></head><body>${source}</body></html>` : source;
  try {
    const { document } = parseHTML(wrapped);
    const usable = document.documentElement?.localName === 'html' && document.body !== null;
    return usable ? { document: document as unknown as Document, isFragment } : null;
  } catch {
    return null;
  }
}
