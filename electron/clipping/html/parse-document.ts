import { Element as TreeElement, Text } from 'domhandler';
import { append, prependChild } from 'domutils';
import { capNesting } from './cap-nesting.ts';
import { walkElements } from './element-walk.ts';
import { isTextField } from './field-boxes.ts';
import {
  firstElementChild,
  isTag,
  nextElementSibling,
  parentElement,
  parseTree,
  type AnyNode,
  type ChildNode,
  type Element,
  type ParentNode,
} from './page-tree.ts';
import { BOXES, UNSHOWN } from './to-blocks.ts';

/** A parsed paste: a whole page, or the fragment a browser puts on the clipboard for a selection. */
export interface ParsedPaste {
  /** The page's `<html>`, holding its `<head>` and `<body>` (made when the page had none). */
  root: Element;
  head: Element;
  body: Element;
  /** True when the paste had no `<html>`/`<body>` of its own (a copied selection). */
  isFragment: boolean;
  /** The page's address, when the clipboard format carries it (Windows' CF_HTML `SourceURL:`). */
  sourceUrl: string | null;
  /** Elements that never hold the story's text (see `setAside`), found while parsing. */
  neverText: Element[];
  /** The elements that held a text field (see `isTextField`), noted before `setAside` takes the fields out. */
  fieldHolders: Element[];
  /** The paste has a site menu or footer (`<nav>`, `<footer>`): it is a page, or a copy of all of one. */
  hasPageChrome: boolean;
}

// What the blocks stage never reads (code, styling, embedded documents, form controls) and site menus and
// footers: no story's text stands in them, and the later stages would walk them again and again.
// The head stays: the document needs it.
const PAGE_CHROME = new Set(['nav', 'footer']);
const NEVER_TEXT = new Set([...UNSHOWN, ...BOXES, ...PAGE_CHROME].filter((tag) => tag !== 'head'));

// Windows' CF_HTML clipboard format starts with a header of byte offsets ("Version:0.9\r\nStartHTML:…").
const CF_HTML_HEADER = /^\s*Version:\d[^<]*?(?=<)/;
const SOURCE_URL = /^SourceURL:(\S+)/m;
const WHOLE_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*|<!doctype[^>]*>\s*|<\?xml[^>]*>\s*)*<html[\s>]/i;

/** One walk over the tree: notes the elements that never hold text, and where text fields stand. */
function surveyTree(
  root: Element,
): Pick<ParsedPaste, 'neverText' | 'fieldHolders' | 'hasPageChrome'> {
  const neverText: Element[] = [];
  const fieldHolders: Element[] = [];
  let hasPageChrome = false;
  walkElements(root, (element) => {
    const tag = element.name;
    if (NEVER_TEXT.has(tag)) {
      neverText.push(element);
      hasPageChrome ||= PAGE_CHROME.has(tag);
      if (isTextField(element) && parentElement(element))
        fieldHolders.push(parentElement(element)!);
    }
  });
  return { neverText, fieldHolders, hasPageChrome };
}

/**
 * Takes the elements that never hold the story's text out of the document, once the metadata (JSON-LD lives in
 * scripts) has been read: the later stages then never walk them. One that takes room on the page leaves a space,
 * so the words on either side of it do not run together.
 */
export function setAside(paste: ParsedPaste): void {
  const noted = new Set<AnyNode>(paste.neverText);
  const parents = new Set<ParentNode>();
  for (const element of paste.neverText) if (element.parent) parents.add(element.parent);
  // Each parent's children are rebuilt once: removing them one by one costs a search of the list each, and a
  // page can hold thousands of form fields side by side.
  for (const parent of parents) {
    const kept: ChildNode[] = [];
    for (const child of parent.children) {
      if (!noted.has(child)) kept.push(child);
      else {
        if (!UNSHOWN.has((child as Element).name)) kept.push(new Text(' '));
        child.parent = child.prev = child.next = null;
      }
    }
    setChildren(parent, kept);
  }
}

/** Makes `nodes` the children of `parent`, in order, linked as siblings. */
function setChildren(parent: ParentNode, nodes: ChildNode[]): void {
  parent.children = nodes;
  nodes.forEach((node, i) => {
    node.parent = parent;
    node.prev = nodes[i - 1] ?? null;
    node.next = nodes[i + 1] ?? null;
  });
}

/**
 * The page's `<head>` and `<body>`, where a browser (and a DOM) would have them: the first two elements of the
 * root, each made when missing.
 */
function headAndBody(root: Element): { head: Element; body: Element } {
  let head = firstElementChild(root);
  if (head?.name !== 'head') {
    head = new TreeElement('head', {});
    prependChild(root, head);
  }
  let body = nextElementSibling(head);
  if (body?.name !== 'body') {
    body = new TreeElement('body', {});
    append(head, body);
  }
  return { head, body };
}

/**
 * Puts what the parser left beside the body back in it. When a page's own `<html>`, `<head>` or `<body>` come
 * late (after conditional comments, or a script before `<head>`), the head and body are made empty first and
 * the page hangs after them, in a second body or a second `<html>`: the body is then empty.
 * Heads' children go to the head, everything else to the body, in page order.
 */
function mendRoot(root: Element, head: Element, body: Element): void {
  const pending = root.children.filter((n) => n !== head && n !== body);
  if (pending.length === 0) return;
  setChildren(root, [head, body]);
  const toHead: ChildNode[] = [...head.children];
  const toBody: ChildNode[] = [...body.children];
  // A second body or <html> gives way to its children, read before what follows it: a walk with its own stack.
  const stack: { nodes: ChildNode[]; next: number }[] = [{ nodes: pending, next: 0 }];
  while (stack.length) {
    const top = stack[stack.length - 1];
    const node = top.nodes[top.next++];
    if (!node) {
      stack.pop();
      continue;
    }
    const tag = isTag(node) ? node.name : '';
    if (tag === 'head') for (const child of (node as Element).children) toHead.push(child);
    else if (tag === 'body' || tag === 'html')
      stack.push({ nodes: (node as Element).children, next: 0 });
    else toBody.push(node);
  }
  setChildren(head, toHead);
  setChildren(body, toBody);
}

/**
 * Parses the HTML flavour of a paste into a light tree (`page-tree.ts`). A
 * fragment is wrapped in an `<html>` root first, as a browser would hold it.
 * Returns null when even that gives no usable tree.
 */
export function parsePaste(html: string): ParsedPaste | null {
  const header = CF_HTML_HEADER.exec(html)?.[0] ?? '';
  const sourceUrl = SOURCE_URL.exec(header)?.[1] ?? null;
  const source = html.slice(header.length);
  const whole = WHOLE_PAGE.test(source);
  // Windows wraps a selection in <html><body> and marks where it starts: still a selection.
  const isFragment = !whole || source.includes('<!--StartFragment-->');
  const wrapped = whole
    ? source
    : `<!DOCTYPE html><html><head></head><body>${source}</body></html>`;
  try {
    // Flattened below a depth first: the parser slows with depth, and every later stage walks the tree.
    const root = firstElementChild(parseTree(capNesting(wrapped)));
    if (root?.name !== 'html') return null;
    const { head, body } = headAndBody(root);
    mendRoot(root, head, body);
    const survey = surveyTree(root);
    return { root, head, body, isFragment, sourceUrl, ...survey };
  } catch {
    return null;
  }
}
