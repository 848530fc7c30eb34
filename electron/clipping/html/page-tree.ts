/**
 * The parsed page: htmlparser2's parser building domhandler's light tree (plain nodes with a parent, siblings,
 * children and an object of attributes), and the few questions of the DOM the engine asks of it. A full DOM
 * (linkedom) spent more than half of the engine's time building its nodes, every attribute a node of its own.
 * The tree is the one linkedom built from the same parser's events: the same elements, attributes (names as
 * written, a class's names once each) and text.
 */
import { Parser } from 'htmlparser2';
import { DomHandler, isTag, isText, type AnyNode, type Element, type ParentNode } from 'domhandler';

export type { AnyNode, ChildNode, Document, Element, ParentNode } from 'domhandler';
export { isTag, isText } from 'domhandler';
export { nextElementSibling, prevElementSibling as previousElementSibling } from 'domutils';

/** Builds the tree, a class's names put as the DOM's `className` gives them: each once, one space apart. */
class PageHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (attribs.class !== undefined) attribs.class = classNames(attribs.class);
    super.onopentag(name, attribs);
  }
}

function classNames(value: string): string {
  return [...new Set(value.split(/\s+/).filter(Boolean))].join(' ');
}

export function parseTree(html: string): ParentNode {
  const handler = new PageHandler();
  new Parser(handler, { lowerCaseAttributeNames: false, decodeEntities: true }).end(html);
  return handler.root;
}

/** The attribute's value as written, or null. */
export function attribute(element: Element, name: string): string | null {
  return Object.hasOwn(element.attribs, name) ? element.attribs[name] : null;
}

export function hasAttribute(element: Element, name: string): boolean {
  return Object.hasOwn(element.attribs, name);
}

export function parentElement(node: AnyNode): Element | null {
  const { parent } = node;
  return parent && isTag(parent) ? parent : null;
}

export function firstElementChild(node: ParentNode): Element | null {
  for (const child of node.children) if (isTag(child)) return child;
  return null;
}

export function lastElementChild(node: ParentNode): Element | null {
  const { children } = node;
  for (let i = children.length - 1; i >= 0; i--)
    if (isTag(children[i])) return children[i] as Element;
  return null;
}

export function elementChildren(node: ParentNode): Element[] {
  return node.children.filter(isTag);
}

/** Whether `node` is `element` or stands inside it. */
export function contains(element: Element, node: AnyNode): boolean {
  let current: AnyNode | null = node;
  while (current && current !== element) current = current.parent;
  return current === element;
}

/** The outermost element above `node` (the page's `<html>`), or `node` itself. */
export function rootElement(node: Element): Element {
  let root = node;
  for (let up = parentElement(root); up; up = parentElement(up)) root = up;
  return root;
}

/** The text of every text node (and CDATA section) inside, in order, as the DOM's `textContent`; without recursion. */
export function textOf(node: AnyNode): string {
  if (isText(node)) return node.data;
  let text = '';
  const pending: AnyNode[] = [node];
  while (pending.length) {
    const current = pending.pop() as AnyNode;
    if (isText(current)) text += current.data;
    else if ('children' in current)
      for (let i = current.children.length - 1; i >= 0; i--) pending.push(current.children[i]);
  }
  return text;
}

/** The `<body>` of the page `node` stands in. */
export function bodyOf(node: Element): Element | null {
  return elementChildren(rootElement(node)).find((e) => e.name === 'body') ?? null;
}
