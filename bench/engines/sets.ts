/**
 * The three development sets the engines are judged on, read into one shape:
 * each page with its two clipboard flavours (the portal pastes have text only),
 * its gold answer, and the site, language and kind the figures are grouped by.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { detectLanguage } from '../../electron/clipping/recognise/language.ts';

export type SetName = 'news' | 'snippets' | 'portal';

/** news: the hand-marked article body (../shared/paste-bench/dev). */
export interface NewsGold {
  kind: 'news';
  body: string;
}

/** snippets: passages the main article must hold and must not (trafilatura's evaluation set). */
export interface SnippetGold {
  kind: 'snippets';
  with: string[];
  without: string[];
}

/** portal: every story a reader would clip, the page's main story first (bench/portal-pastes). */
export interface PortalGold {
  kind: 'portal';
  articles: { title: string; source: string | null; byline: string | null; body: string }[];
}

export type Gold = NewsGold | SnippetGold | PortalGold;

export interface BenchPage {
  set: SetName;
  id: string;
  /** The page's site (its domain), which folds keep together. */
  site: string;
  /** BCP 47 language, as far as it could be told ('other' when not). */
  lang: string;
  /** What sort of page: 'news', or the snippets set's article/blog/news/other, or 'portal'. */
  kind: string;
  text: string;
  html: string | null;
  gold: Gold;
  /** The gold holds one story: splitting the page into several articles is wrong. */
  single: boolean;
}

/** The shared paste bench: PRESSCUT_PASTE_BENCH, else ../shared/paste-bench beside the checkout (or its worktree folder). */
export function pasteBenchDir(repo: string, given?: string): string | null {
  const candidates = [
    given,
    process.env.PRESSCUT_PASTE_BENCH,
    path.join(repo, '../shared/paste-bench'),
    path.join(repo, '../../shared/paste-bench'),
  ].filter((c): c is string => !!c);
  return candidates.find((c) => existsSync(path.join(c, 'dev'))) ?? null;
}

export function loadNews(dir: string): BenchPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        url: string;
        articleBody: string;
      };
      const html = path.join(dir, `${id}.html`);
      return {
        set: 'news',
        id,
        site: siteOf(gold.url),
        lang: detectLanguage(gold.articleBody) ?? 'other',
        kind: 'news',
        text: readFileSync(path.join(dir, `${id}.txt`), 'utf8'),
        html: existsSync(html) ? readFileSync(html, 'utf8') : null,
        gold: { kind: 'news', body: gold.articleBody },
        single: true,
      };
    });
}

interface SnippetRecord {
  url: string;
  file: string;
  with: string[];
  without: string[];
  lang: string;
  kind: string;
}

export function loadSnippets(dir: string): BenchPage[] {
  const gold = JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as Record<
    string,
    SnippetRecord
  >;
  return Object.entries(gold)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, g]) => {
      const html = path.join(dir, 'pages', `${id}.html`);
      return {
        set: 'snippets',
        id,
        site: siteOf(g.url),
        lang: g.lang,
        kind: g.kind,
        text: readFileSync(path.join(dir, 'pages', `${id}.txt`), 'utf8'),
        html: existsSync(html) ? readFileSync(html, 'utf8') : null,
        gold: { kind: 'snippets', with: g.with, without: g.without },
        single: true,
      };
    });
}

/** The portal pastes are invented pages, each of its own invented site. */
export function loadPortal(dir: string): BenchPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.gold.json'.length);
      const { articles } = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as {
        articles: PortalGold['articles'];
      };
      return {
        set: 'portal',
        id,
        site: `portal-${id}`,
        lang: detectLanguage(articles[0].body) ?? 'other',
        kind: 'portal',
        text: readFileSync(path.join(dir, `${id}.txt`), 'utf8'),
        html: null,
        gold: { kind: 'portal', articles },
        single: articles.length === 1,
      };
    });
}

/** Second-level labels under which sites register their names ("bbc.co.uk", "abc.net.au"). */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'ac', 'gov', 'edu', 'or', 'ne', 'go']);

/**
 * The site a page belongs to: its address's registrable domain ("www.spiegel.de"
 * and "m.spiegel.de" are one site). An archived page is its original site's;
 * the snippets set names some pages "hard::DOMAIN-slug.html".
 */
export function siteOf(url: string): string {
  const archived = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url);
  if (archived) return siteOf(archived[1]);
  const named = /^[a-z]*::([^/]+?)-[^/]*$/i.exec(url);
  const host = named
    ? named[1]
    : (/^[a-z]*:\/\/([^/:?#]+)/i.exec(url.replace(/^x(?=https?:)/, ''))?.[1] ?? url);
  const labels = host.toLowerCase().split('.').filter(Boolean);
  const keep =
    labels.length >= 3 &&
    labels[labels.length - 1].length === 2 &&
    SECOND_LEVEL.has(labels[labels.length - 2])
      ? 3
      : 2;
  return labels.slice(-keep).join('.');
}
