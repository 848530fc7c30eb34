import { cleanAttributeText } from './plain-text.ts';
import { textOf, type Element } from './page-tree.ts';

/** What a page's JSON-LD says about its article, each field as the page wrote it. */
export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  datePublished: string | null;
  publisher: string | null;
  url: string | null;
  language: string | null;
}

type JsonObject = Record<string, unknown>;

// Most specific first: a page often describes its WebPage, its Organization and its article at once.
const ARTICLE_TYPES: readonly RegExp[] = [
  /NewsArticle$/,
  /^(Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/,
  /^(WebPage|ItemPage)$/,
];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/#:]/, ''));
}

/** Every object in the blocks, walking arrays, `@graph` and nested values, to a sane depth. */
function collectNodes(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    for (const [key, child] of Object.entries(value)) {
      if (key === '@graph' || key === 'mainEntity' || key === 'itemListElement')
        collectNodes(child, into, depth + 1);
    }
  }
}

function parseBlock(raw: string): unknown {
  // Pages wrap JSON-LD in HTML comments or CDATA, and some end it with a stray semicolon.
  const cleaned = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    return undefined;
  }
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return cleanAttributeText(value) || null;
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value['name'] ?? value['@value']);
  return null;
}

function names(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(text).filter((n): n is string => n !== null && !/^https?:\/\//.test(n));
}

function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isObject(value)) return urlOf(value['@id'] ?? value['url']);
  return null;
}

/**
 * Reads `application/ld+json` scripts and returns the article they
 * describe, or null. Malformed blocks are skipped: a page's broken JSON is
 * not the reader's problem.
 */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle | null {
  const nodes: JsonObject[] = [];
  for (const script of scripts) {
    collectNodes(parseBlock(textOf(script) ?? ''), nodes);
  }
  for (const pattern of ARTICLE_TYPES) {
    const node = nodes.find((n) => typesOf(n).some((t) => pattern.test(t)));
    if (!node) continue;
    const publisher = node['publisher'] ?? node['sourceOrganization'];
    return {
      headline: text(node['headline']) ?? text(node['name']),
      authors: names(node['author'] ?? node['creator']),
      datePublished: text(node['datePublished']) ?? text(node['dateCreated']),
      publisher: text(publisher),
      url: urlOf(node['url']) ?? urlOf(node['mainEntityOfPage']),
      language: text(node['inLanguage']),
    };
  }
  return null;
}
