/**
 * Calls `visit` on every element under `root` (a document: its root element first), in document order, without
 * recursion: no page's depth can overflow the call stack. `visit` returning false skips the element's own
 * descendants.
 */
export function walkElements(root: ParentNode, visit: (element: Element) => boolean | void): void {
  let element: Element | null = root.firstElementChild;
  while (element) {
    const child: Element | null = visit(element) === false ? null : element.firstElementChild;
    if (child) {
      element = child;
      continue;
    }
    while (element && element !== root && !element.nextElementSibling)
      element = element.parentElement;
    element = element && element !== root ? element.nextElementSibling : null;
  }
}
