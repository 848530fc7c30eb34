import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real article's text as a clip holds it: paragraphs joined by a blank line. */
export interface Article {
  id: string;
  paragraphs: string[];
}

/** Enough text to hold ten highlights apart and still edit around them. */
const MIN_PARAGRAPHS = 6;
const MIN_CHARS = 1500;

/** The hand-marked bodies of the paste bench (`ID.gold.json`), long enough to annotate, in file order. */
export function readArticles(dir: string, limit: number): Article[] {
  const articles: Article[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()) {
    const { articleBody } = JSON.parse(readFileSync(join(dir, file), 'utf8')) as {
      articleBody?: string;
    };
    const paragraphs = (articleBody ?? '')
      .split(/\n+/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    if (paragraphs.length < MIN_PARAGRAPHS || paragraphs.join('\n\n').length < MIN_CHARS) continue;
    articles.push({ id: file.replace(/\.gold\.json$/, '').slice(0, 12), paragraphs });
    if (articles.length === limit) break;
  }
  return articles;
}
