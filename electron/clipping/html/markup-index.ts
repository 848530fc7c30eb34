import {
  attribute,
  hasAttribute,
  lastElementChild,
  previousElementSibling,
  type Element,
} from './page-tree.ts';
/**
 * The elements that describe an article (meta tags, JSON-LD, `<time>`,
 * byline markup), gathered in one walk: each selector query would be
 * a walk of its own, and the metadata stage would need a dozen.
 */
export interface MarkupIndex {
  metas: Element[];
  /** `<script type="application/ld+json">`, wherever it stands. */
  jsonLd: Element[];
  canonical: Element | null;
  title: Element | null;
  firstH1: Element | null;
  /** The first element below the root that declares a language. */
  langElement: Element | null;
  /** `rel=author` or `itemprop=author`: a byline by declaration. */
  authorMarked: Element[];
  /** Class or id naming a byline or author: a weaker hint. */
  authorClassed: Element[];
  /** `itemprop=datePublished`. */
  dateMarked: Element | null;
  times: Element[];
  /** Class naming a date, publication or posting. */
  dateClassed: Element[];
}

// Commenters are authors too, of something else.
const AUTHOR_CLASS = /byline|author/i;
const COMMENT_CLASS = /comment/i;
const DATE_CLASS = /date|publish|posted/i;
const CLASSED_LIMIT = 8;

export function hasToken(value: string | null, token: string): boolean {
  return value !== null && value.toLowerCase().split(/\s+/).includes(token);
}

export function indexMarkup(root: Element): MarkupIndex {
  const index: MarkupIndex = {
    metas: [],
    jsonLd: [],
    canonical: null,
    title: null,
    firstH1: null,
    langElement: null,
    authorMarked: [],
    authorClassed: [],
    dateMarked: null,
    times: [],
    dateClassed: [],
  };
  // Depth first in document order, without recursion: the first <title> and <h1> are the page's.
  const pending: Element[] = [];
  for (let child = lastElementChild(root); child; child = previousElementSibling(child))
    pending.push(child);
  while (pending.length) {
    const child = pending.pop() as Element;
    const tag = child.name;
    if (tag === 'meta') index.metas.push(child);
    else if (tag === 'script') {
      if (attribute(child, 'type')?.trim().toLowerCase() === 'application/ld+json')
        index.jsonLd.push(child);
      continue;
    } else if (tag === 'style' || tag === 'svg' || tag === 'template') continue;
    else if (tag === 'link' && !index.canonical && hasToken(attribute(child, 'rel'), 'canonical'))
      index.canonical = child;
    else if (tag === 'title' && !index.title) index.title = child;
    else if (tag === 'h1' && !index.firstH1) index.firstH1 = child;
    else if (tag === 'time') index.times.push(child);
    if (!index.langElement && hasAttribute(child, 'lang')) index.langElement = child;
    const itemprop = attribute(child, 'itemprop');
    if (hasToken(attribute(child, 'rel'), 'author') || hasToken(itemprop, 'author'))
      index.authorMarked.push(child);
    if (!index.dateMarked && hasToken(itemprop, 'datepublished')) index.dateMarked = child;
    const names = attribute(child, 'class');
    if (names && !COMMENT_CLASS.test(names)) {
      if (index.authorClassed.length < CLASSED_LIMIT && AUTHOR_CLASS.test(names))
        index.authorClassed.push(child);
      if (index.dateClassed.length < CLASSED_LIMIT && DATE_CLASS.test(names))
        index.dateClassed.push(child);
    }
    for (let inner = lastElementChild(child); inner; inner = previousElementSibling(inner))
      pending.push(inner);
  }
  return index;
}
