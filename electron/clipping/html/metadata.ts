import type { PublishedAgo } from '../../model/article.ts';
import { bylineOf } from '../recognise/byline.ts';
import { readJsonLd } from './json-ld.ts';
import { findElement } from './element-walk.ts';
import { hasToken, indexMarkup, type MarkupIndex } from './markup-index.ts';
import { chooseOutlet } from './outlet-name.ts';
import { cleanAttributeText } from './plain-text.ts';
import { resolveDate, type ResolvedDate } from './resolve-date.ts';
import { pageUrl } from './safe-url.ts';
import { attribute, textOf, type Element } from './page-tree.ts';

/** What the page says about itself; the body's own clues (dateline, wire credit) come later. */
export interface PageMetadata {
  title: string | null;
  source: string | null;
  byline: string | null;
  published: string | null;
  /** Set when the page gave `published` relative to its reading ("2 hours ago"). */
  publishedAgo: PublishedAgo | null;
  language: string | null;
  url: string | null;
}

// Meta names that carry each field, best first. Keys are compared lower-cased.
const TITLE_KEYS = [
  'og:title',
  'twitter:title',
  'dc.title',
  'dcterms.title',
  'parsely-title',
  'sailthru.title',
];
const SOURCE_KEYS = [
  'og:site_name',
  'application-name',
  'apple-mobile-web-app-title',
  'publisher',
  'dc.publisher',
];
const AUTHOR_KEYS = [
  'author',
  'article:author',
  'dc.creator',
  'dcterms.creator',
  'parsely-author',
  'sailthru.author',
  'byl',
  'twitter:creator',
];
const DATE_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'date',
  'sailthru.date',
  'parsely-pub-date',
  'article.published',
  'published_time',
  'og:pubdate',
];
const LANGUAGE_KEYS = ['content-language', 'dc.language', 'og:locale', 'language', 'inlanguage'];
const URL_KEYS = ['og:url', 'twitter:url', 'parsely-link'];

// Separators between a headline and the outlet's name in `<title>` ("Headline | Outlet").
const TITLE_SEPARATOR = /\s+[|\-–—:·•»]{1,2}\s+/;

/** Every `<meta>` by its name, property or itemprop; the first of each wins, as browsers and crawlers read them. */
function metaTable(metas: readonly Element[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const meta of metas) {
    const key = (
      attribute(meta, 'property') ??
      attribute(meta, 'name') ??
      attribute(meta, 'itemprop') ??
      attribute(meta, 'http-equiv')
    )
      ?.toLowerCase()
      .trim();
    const content = cleanAttributeText(attribute(meta, 'content'));
    if (key && content && !table.has(key)) table.set(key, content);
  }
  return table;
}

function first(
  table: Map<string, string>,
  keys: readonly string[],
  accept: (v: string) => boolean = () => true,
) {
  for (const key of keys) {
    const value = table.get(key);
    if (value && accept(value)) return value;
  }
  return null;
}

const isUrl = (value: string) => /^(?:https?:)?\/\//i.test(value);
const isName = (value: string) => !isUrl(value) && !value.startsWith('@') && value.length <= 120;

/** "de_DE", "EN-us" → "de-DE", "en-US"; null for anything that is not a language tag. */
export function normaliseLanguage(raw: string | null | undefined): string | null {
  const tag = cleanAttributeText(raw)
    .split(/[,;\s]/)[0]
    .replace(/_/g, '-');
  if (!/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag)) return null;
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest.map((p) => (p.length === 2 ? p.toUpperCase() : p))].join(
    '-',
  );
}

/**
 * A byline as a page gives it ("By Jane Doe", "Tom Krisher, AP Auto Writer", "Ann Example") without the word
 * for "by" or the writer's role; null when it is a URL, a file name or too long for names.
 */
export function cleanByline(raw: string | null | undefined): string | null {
  const text = cleanAttributeText(raw).replace(/[\s|,;·•–—-]+$/, '');
  if (!text || text.length > 100 || isUrl(text) || !/\p{L}/u.test(text)) return null;
  // "humans.txt", "example.com": a file or a domain, not a person.
  if (/^\S+\.[a-z]{2,4}$/i.test(text)) return null;
  const name = bylineOf(text) ?? text;
  return name.split(' ').length > 12 ? null : name;
}

// Names standing alone: two to four capitalised words each, joined by commas or "and".
const NAME = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){1,3}`;
const BARE_NAMES = new RegExp(
  String.raw`^${NAME}(?:\s*(?:,|\sand|\s&|\sund|\set|\sy|\se)\s+${NAME})*$`,
  'u',
);

/**
 * A byline from a weak source (a class name): believed
 * only when it reads as a byline line or a bare name, so that a "Comments"
 * heading with an author-ish class is not taken for a writer.
 */
export function plausibleByline(raw: string | null | undefined): string | null {
  const text = cleanAttributeText(raw);
  return bylineOf(text) ?? (BARE_NAMES.test(text) ? text : null);
}

/**
 * A `<title>` without the outlet's name: the longest part when the page
 * joins headline and outlet with a separator, the whole text otherwise.
 */
export function cleanPageTitle(
  raw: string,
  siteName: string | null,
): { title: string; outlet: string | null } {
  const title = cleanAttributeText(raw);
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return { title, outlet: null };
  const site = siteName?.toLowerCase();
  const isSite = (p: string) =>
    site !== undefined && (p.toLowerCase() === site || p.toLowerCase().includes(site));
  const last = parts[parts.length - 1];
  const firstPart = parts[0];
  if (isSite(last) || (last.split(' ').length <= 4 && firstPart.length > last.length)) {
    return {
      title: title.slice(0, title.length - last.length).replace(/\s*[|\-–—:·•»]{1,2}\s*$/, ''),
      outlet: last,
    };
  }
  if (isSite(firstPart))
    return {
      title: title.slice(firstPart.length).replace(/^\s*[|\-–—:·•»]{1,2}\s*/, ''),
      outlet: firstPart,
    };
  return { title, outlet: null };
}

/** A byline from markup: rel=author or itemprop=author, then class names as a weak hint. */
export function bylineFromMarkup(index: MarkupIndex): string | null {
  const marked = index.authorMarked
    .map((el) => {
      const named = findElement(el, (inner) => hasToken(attribute(inner, 'itemprop'), 'name'));
      return cleanByline((named && textOf(named)) ?? attribute(el, 'content') ?? textOf(el));
    })
    .filter((name): name is string => name !== null);
  if (marked.length) return [...new Set(marked)].join(', ');
  for (const el of index.authorClassed) {
    const name = plausibleByline(textOf(el));
    if (name) return name;
  }
  return null;
}

/** A publication date from markup: itemprop=datePublished, `<time>`, then class names as a weak hint. */
export function dateFromMarkup(
  index: MarkupIndex,
  clippedAt: Date,
  language: string | null,
): ResolvedDate | null {
  const marked = index.dateMarked;
  const candidates = [
    marked && (attribute(marked, 'content') ?? attribute(marked, 'datetime') ?? textOf(marked)),
    ...index.times.flatMap((t) => [attribute(t, 'datetime'), textOf(t)]),
    // Class names are a weak hint: only short texts, a date line rather than a paragraph that mentions one.
    ...index.dateClassed
      .map((el) => textOf(el))
      .filter((text) => text !== null && text.length <= 60),
  ];
  for (const candidate of candidates) {
    const date = resolveDate(candidate, clippedAt, language);
    if (date) return date;
  }
  return null;
}

/**
 * Reads the page's own description of itself: JSON-LD first (the most
 * deliberate), then Open Graph, Twitter and other `<meta>`, then the markup
 * of the body. A fragment without a head falls through to the markup.
 */
export function readPageMetadata(
  root: Element,
  clippedAt: Date,
  knownUrl: string | null = null,
): PageMetadata {
  const index = indexMarkup(root);
  const table = metaTable(index.metas);
  const ld = readJsonLd(index.jsonLd);

  const language =
    normaliseLanguage(attribute(root, 'lang')) ??
    normaliseLanguage(attribute(root, 'xml:lang')) ??
    normaliseLanguage(first(table, LANGUAGE_KEYS)) ??
    normaliseLanguage(ld?.language) ??
    normaliseLanguage(index.langElement && attribute(index.langElement, 'lang'));

  const url =
    [
      knownUrl,
      index.canonical && attribute(index.canonical, 'href'),
      first(table, URL_KEYS),
      ld?.url,
    ]
      .map((u) => pageUrl(u)?.href ?? null)
      .find((u) => u !== null) ?? null;

  const declared = [
    ...SOURCE_KEYS.map((key) => table.get(key)).filter((v) => v !== undefined && isName(v)),
    ld?.publisher,
  ];
  const declaredSource = declared.find((name) => name) ?? null;
  const pageTitle = cleanAttributeText(index.title && textOf(index.title));
  const fromTitle = pageTitle ? cleanPageTitle(pageTitle, declaredSource) : null;
  const heading = cleanAttributeText(index.firstH1 && textOf(index.firstH1)) || null;
  const title = ld?.headline ?? first(table, TITLE_KEYS) ?? (fromTitle?.title || null) ?? heading;

  const source = chooseOutlet([...declared, fromTitle?.outlet], url ? new URL(url).hostname : null);

  const byline =
    cleanByline(ld?.authors.join(', ')) ??
    cleanByline(first(table, AUTHOR_KEYS, isName)) ??
    bylineFromMarkup(index);

  const date =
    resolveDate(ld?.datePublished, clippedAt, language) ??
    DATE_KEYS.map((key) => resolveDate(table.get(key), clippedAt, language)).find(
      (d) => d !== null,
    ) ??
    dateFromMarkup(index, clippedAt, language);

  return {
    title,
    source,
    byline,
    published: date?.published ?? null,
    publishedAgo: date?.publishedAgo ?? null,
    language,
    url,
  };
}
