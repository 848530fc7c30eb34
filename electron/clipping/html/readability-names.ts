import { attribute, parentElement, type Element } from './page-tree.ts';
/**
 * What Readability reads from an element's class, id and role (Readability.js 0.6's patterns): whether it is an
 * unlikely place for the article, a good or bad sign for a container of it, a sharing box.
 */
// Readability's signals (Readability.js 0.6): names that mark a container as unlikely, as likely, as good or bad.
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/i;
const SHARE = /(\b|_)(share|sharedaddy)(\b|_)/i;
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** What an element's names and role say, read once per element. */
export interface Names {
  weight: number;
  /** Removed as an unlikely candidate when Readability strips those. */
  unlikely: boolean;
  /** Hidden from the reader whatever the flags (a modal dialog). */
  modal: boolean;
  share: boolean;
  /** Marked as the author's line (rel, itemprop, class or id). */
  byline: boolean;
}

export function readNames(element: Element): Names {
  const className = attribute(element, 'class') ?? '';
  const id = attribute(element, 'id') ?? '';
  const match = `${className} ${id}`;
  let weight = 0;
  if (className)
    weight += (NEGATIVE.test(className) ? -25 : 0) + (POSITIVE.test(className) ? 25 : 0);
  if (id) weight += (NEGATIVE.test(id) ? -25 : 0) + (POSITIVE.test(id) ? 25 : 0);
  const tag = element.name;
  const role = attribute(element, 'role');
  const unlikely =
    (match.length > 1 &&
      UNLIKELY.test(match) &&
      !MAYBE.test(match) &&
      tag !== 'body' &&
      tag !== 'a' &&
      !nearAncestor(element, 'table') &&
      !nearAncestor(element, 'code')) ||
    (role !== null && UNLIKELY_ROLES.has(role));
  const modal = attribute(element, 'aria-modal') === 'true' && role === 'dialog';
  const byline =
    attribute(element, 'rel') === 'author' ||
    !!attribute(element, 'itemprop')?.includes('author') ||
    (match.length > 1 && BYLINE.test(match));
  return { weight, unlikely, modal, share: match.length > 1 && SHARE.test(match), byline };
}

/** Readability's `_hasAncestorTag` with its default depth: a parent up to four levels above. */
export function nearAncestor(element: Element, tag: string): boolean {
  let node = parentElement(element);
  for (let depth = 0; node && depth <= 3; depth++, node = parentElement(node))
    if (node.name === tag) return true;
  return false;
}
