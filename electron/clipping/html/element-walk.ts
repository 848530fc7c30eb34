import {
  firstElementChild,
  nextElementSibling,
  parentElement,
  type Element,
  type ParentNode,
} from './page-tree.ts';

/**
 * Calls `visit` on every element under `root` (a document: its root element first), in document order, without
 * recursion: no page's depth can overflow the call stack. `visit` returning false skips the element's own
 * descendants; returning 'stop' ends the walk.
 */
export function walkElements(
  root: ParentNode,
  visit: (element: Element) => boolean | 'stop' | void,
): void {
  let element: Element | null = firstElementChild(root);
  while (element) {
    const answer = visit(element);
    if (answer === 'stop') return;
    const child: Element | null = answer === false ? null : firstElementChild(element);
    if (child) {
      element = child;
      continue;
    }
    while (element && element !== root && !nextElementSibling(element))
      element = parentElement(element);
    element = element && element !== root ? nextElementSibling(element) : null;
  }
}

/** The first element inside `root`, in document order, that `test` accepts. */
export function findElement(root: ParentNode, test: (element: Element) => boolean): Element | null {
  let found: Element | null = null;
  walkElements(root, (element) => {
    if (!test(element)) return true;
    found = element;
    return 'stop';
  });
  return found;
}
