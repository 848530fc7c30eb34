import { walkElements } from './element-walk.ts';

/**
 * Faster stand-ins for three of Readability's private helpers, giving the
 * same answers on linkedom. Readability calls them on every element, over
 * and over: linkedom compiles a CSS selector for each `querySelectorAll`,
 * builds a style object for each `element.style`, and Readability reads an
 * element's whole text before asking whether it could be a byline at all —
 * for every element of the page until one is. (Private methods: if a later
 * version renames them, the shortcuts only stop saving time.)
 */
export function readabilityShortcuts(reader: object): void {
  const own = reader as ReadabilityInternals;
  const { _isValidByline: isValidByline, _isProbablyVisible: isProbablyVisible } = own;
  Object.assign(reader, {
    _getAllNodesWithTag: (node: ParentNode, tagNames: readonly string[]) => {
      // A selector of type names matches them in any case, as querySelectorAll's did (linkedom keeps the case an
      // element was created with: Readability creates "P" and "SPAN").
      const names = new Set(tagNames.map((t) => t.toLowerCase()));
      const found: Element[] = [];
      walkElements(node, (element) => {
        const name = element.localName;
        if (names.has(name) || names.has(name.toLowerCase())) found.push(element);
        // As linkedom's querySelectorAll, it does not look inside a template.
        return name !== 'template';
      });
      return found;
    },
    // Its reading of the text comes last: only elements marked as bylines are read.
    _isValidByline(this: ReadabilityInternals, node: Element, matchString: string) {
      const marked =
        node.getAttribute('rel') === 'author' ||
        !!node.getAttribute('itemprop')?.includes('author') ||
        this.REGEXPS.byline.test(matchString);
      return marked && isValidByline.call(this, node, matchString);
    },
    // An element without a style attribute has no display or visibility of its own to read.
    _isProbablyVisible(this: ReadabilityInternals, node: Element) {
      if (node.hasAttribute('style')) return isProbablyVisible.call(this, node);
      return (
        !node.hasAttribute('hidden') &&
        (node.getAttribute('aria-hidden') !== 'true' ||
          !!node.className?.includes?.('fallback-image'))
      );
    },
  });
}

interface ReadabilityInternals {
  REGEXPS: { byline: RegExp };
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
}
