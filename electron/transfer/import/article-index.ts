import type { LibraryReader } from '../../library/library-reader.ts';
import { bodyText, type Block } from '../../model/article.ts';
import type { ClipRecord } from '../../model/clip.ts';
import { countWords } from '../../model/text-stats.ts';
import { textFingerprint, type Clip } from './merge-clips.ts';
import { urlKey } from './url-key.ts';

/**
 * Finds the clip an import's article is already in: one of the library, or
 * one this import made. By id (a Presscut export), by address (tracking
 * parameters aside), or by text; texts of the library are read only for clips
 * of the same word count, so a large library costs few reads, and a clip
 * found by its address needs no reading at all.
 */
export class ArticleIndex {
  #store: LibraryReader;
  #byUrl = new Map<string, string>();
  #byText = new Map<string, string>();
  #byWordCount = new Map<number, string[]>();
  #readCounts = new Set<number>();
  /** Clips this import made or changed, by id: they replace the library's. */
  readonly changed = new Map<string, Clip>();
  #library = new Set<string>();

  constructor(store: LibraryReader) {
    this.#store = store;
    for (const record of store.everyRecord()) {
      this.#library.add(record.id);
      if (record.deletedAt !== null) continue;
      if (record.url) this.#byUrl.set(urlKey(record.url), record.id);
      if (record.linkOnly) continue;
      const same = this.#byWordCount.get(record.wordCount);
      if (same) same.push(record.id);
      else this.#byWordCount.set(record.wordCount, [record.id]);
    }
  }

  /** Whether `id` is a clip of the library (as opposed to one this import made). */
  inLibrary(id: string): boolean {
    return this.#library.has(id);
  }

  has(id: string): boolean {
    return this.#library.has(id) || this.changed.has(id);
  }

  /** The record as this import left it so far. */
  record(id: string): ClipRecord {
    return this.changed.get(id)?.record ?? this.#store.record(id);
  }

  /** Whether the clip's text is as the library has it, unchanged by this import. */
  textUntouched(id: string): boolean {
    return this.#library.has(id) && !this.changed.has(id);
  }

  /** The clip as this import left it so far. */
  async clip(id: string): Promise<Clip> {
    const changed = this.changed.get(id);
    if (changed) return changed;
    return { record: this.#store.record(id), body: await this.#store.body(id) };
  }

  /** The clip one of these addresses names, if any. */
  byUrl(urls: readonly (string | null)[]): string | null {
    for (const url of urls) {
      const id = url ? this.#byUrl.get(urlKey(url)) : undefined;
      if (id) return id;
    }
    return null;
  }

  /** The clip holding this text, if any. */
  async byText(blocks: readonly Block[]): Promise<string | null> {
    const key = textFingerprint(blocks);
    if (!key) return null;
    const words = countWords(bodyText(blocks));
    if (!this.#readCounts.has(words)) {
      this.#readCounts.add(words);
      for (const id of this.#byWordCount.get(words) ?? []) {
        const text = textFingerprint((await this.#store.body(id)).blocks);
        if (text && !this.#byText.has(text)) this.#byText.set(text, id);
      }
    }
    return this.#byText.get(key) ?? null;
  }

  /** Keeps a clip this import made or changed, so later records of its article find it. */
  remember(clip: Clip): void {
    this.changed.set(clip.record.id, clip);
    if (clip.record.url) this.#byUrl.set(urlKey(clip.record.url), clip.record.id);
    const key = textFingerprint(clip.body.blocks);
    if (key) this.#byText.set(key, clip.record.id);
  }
}
