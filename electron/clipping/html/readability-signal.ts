import { Readability } from '@mozilla/readability';
import { plausibleByline } from './metadata.ts';
import { readabilityShortcuts } from './readability-shortcuts.ts';
import { elementToBlocks } from './to-blocks.ts';

/** Readability's opinion of the page: which blocks it took for the article, and the byline it found. */
export interface ReadabilityChoice {
  /** Collapsed texts of the blocks it kept (see `PageBlock.key`). */
  keys: Set<string>;
  byline: string | null;
}

/**
 * Runs Readability on the document, which it changes in place: read
 * everything else from the document first. Readability serialises the
 * whole body before it starts (to retry from it) and walks it many times:
 * it is fastest on a document whose code, menus and footers were set aside. Its article is one signal
 * among others, matched back to the page's blocks by their text.
 */
export function readabilityChoice(document: Document): ReadabilityChoice {
  let article: ReturnType<Readability<Element>['parse']> = null;
  try {
    const reader = new Readability<Element>(document, {
      serializer: (node) => node as Element,
      keepClasses: true,
      // The metadata stage reads JSON-LD already.
      disableJSONLD: true,
    });
    // Readability makes the article's links absolute, an exception thrown per relative link when the page has no
    // address; the engine reads links from the page itself, so the work is skipped (a private method: if a later
    // version renames it, this only stops saving the time).
    Object.assign(reader, { _fixRelativeUris: () => undefined });
    readabilityShortcuts(reader);
    article = reader.parse();
  } catch {
    // Readability assumes a browser DOM in a few places; a page it cannot read simply gives no opinion.
  }
  const keys = new Set<string>();
  if (article?.content) {
    for (const { block } of elementToBlocks(article.content, { base: null }))
      keys.add(block.text.replace(/\s+/g, ' '));
  }
  // Readability finds its byline by class names: a guess, believed only when it looks like one.
  return { keys, byline: plausibleByline(article?.byline) };
}
