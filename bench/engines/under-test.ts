/**
 * The extractors the bench runs: Presscut's two engines as shipped, and
 * Readability.js + linkedom on the HTML as the reference they are timed
 * beside. An engine that learns from pages says how (`fit`): the k-fold
 * figure runs it fit on the training folds only.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractArticles } from '../../electron/clipping/extract.ts';
import { cleanTextPaste } from '../../electron/clipping/text/clean-paste.ts';
import type { ExtractedArticle } from '../../electron/model/article.ts';
import type { BenchPage } from './sets.ts';

export type Runner = (page: BenchPage) => ExtractedArticle[];

export interface EngineUnderTest {
  name: string;
  /** Which flavour of the paste it reads. */
  input: 'text' | 'html';
  run: Runner;
  /** The engine with what it learns fit on these pages only; absent when it learns nothing from pages. */
  fit?: (training: readonly BenchPage[]) => Runner;
}

/** Any date will do: no figure depends on published times. */
const clippedAt = new Date('2025-07-23T10:00:00Z');

export const textEngine: EngineUnderTest = {
  name: 'text',
  input: 'text',
  run: (page) => cleanTextPaste(page.text, { clippedAt }),
};

/** As the app runs it on a paste with both flavours: the HTML engine, the text engine when it finds nothing. */
export const htmlEngine: EngineUnderTest = {
  name: 'html',
  input: 'html',
  run: (page) => extractArticles({ text: page.text, html: page.html ?? '' }, { clippedAt }),
};

/** Readability.js on a linkedom document, its text content as one article, as the paste bench measured it. */
export const readability: EngineUnderTest = {
  name: 'readability',
  input: 'html',
  run: (page) => {
    const { document } = parseHTML(page.html ?? '');
    const text = readabilityText(document as unknown as Document);
    return text.trim() ? [asArticle(text)] : [];
  },
};

/** Readability gives up on some pages by throwing: those give nothing. */
function readabilityText(document: Document): string {
  try {
    return new Readability(document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

function asArticle(text: string): ExtractedArticle {
  return {
    title: '',
    source: null,
    byline: null,
    published: null,
    dateline: null,
    credit: null,
    language: null,
    url: null,
    blocks: [{ type: 'paragraph', text }],
    removed: [],
  };
}

export function reads(engine: EngineUnderTest, page: BenchPage): boolean {
  return engine.input === 'text' || page.html !== null;
}
