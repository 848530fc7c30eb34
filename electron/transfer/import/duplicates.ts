import { createHash } from 'node:crypto';
import type { LibraryStore } from '../../library/store.ts';
import { bodyText, type Block } from '../../model/article.ts';
import type { ClipRecord } from '../../model/clip.ts';
import { countWords } from '../../model/text-stats.ts';
import { urlKey } from './url-key.ts';

function textKey(blocks: readonly Block[]): string | null {
  const text = bodyText(blocks).replace(/\s+/g, ' ').trim().toLocaleLowerCase();
  return text ? createHash('sha256').update(text).digest('hex') : null;
}

/** The clip an imported one repeats: one already in the library, or one earlier in the same import. */
export type DuplicateOf = { in: 'library'; record: ClipRecord } | { in: 'import' };

/**
 * Tells whether a clip is already in the library, or earlier in this import:
 * the same address, or the same text. Texts of the library are read only for
 * clips of the same word count, so a large library costs few reads.
 */
export class DuplicateFinder {
  #store: LibraryStore;
  #libraryUrls = new Map<string, ClipRecord>();
  #byWordCount = new Map<number, ClipRecord[]>();
  #libraryTexts = new Map<string, ClipRecord>();
  #importUrls = new Set<string>();
  #importTexts = new Set<string>();
  #readCounts = new Set<number>();

  constructor(store: LibraryStore) {
    this.#store = store;
    for (const record of store.records()) {
      if (record.url) this.#libraryUrls.set(urlKey(record.url), record);
      if (record.linkOnly) continue;
      const same = this.#byWordCount.get(record.wordCount);
      if (same) same.push(record);
      else this.#byWordCount.set(record.wordCount, [record]);
    }
  }

  async find(url: string | null, blocks: readonly Block[]): Promise<DuplicateOf | null> {
    const key = url ? urlKey(url) : null;
    if (key && this.#importUrls.has(key)) return { in: 'import' };
    const text = textKey(blocks);
    if (text && this.#importTexts.has(text)) return { in: 'import' };
    const byUrl = key ? this.#libraryUrls.get(key) : undefined;
    if (byUrl) return { in: 'library', record: byUrl };
    if (!text) return null;
    await this.#readTextsOfLength(countWords(bodyText(blocks)));
    const byText = this.#libraryTexts.get(text);
    return byText ? { in: 'library', record: byText } : null;
  }

  /** Counts a clip as part of this import, so a second copy of it is a duplicate. */
  remember(url: string | null, blocks: readonly Block[]): void {
    if (url) this.#importUrls.add(urlKey(url));
    const text = textKey(blocks);
    if (text) this.#importTexts.add(text);
  }

  async #readTextsOfLength(words: number): Promise<void> {
    if (this.#readCounts.has(words)) return;
    this.#readCounts.add(words);
    for (const record of this.#byWordCount.get(words) ?? []) {
      const key = textKey((await this.#store.body(record.id)).blocks);
      if (key) this.#libraryTexts.set(key, record);
    }
  }
}
