import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import { bodyText } from '../../../electron/model/article.ts';
import type { ClipRecord } from '../../../electron/model/clip.ts';
import type { LibraryChange, LibraryStore } from '../../../electron/library/store.ts';
import {
  liveRecord,
  recordFields,
  sameRecordFields,
  SEARCHED_FIELDS,
  type ClipDocument,
  type SearchedField,
} from './clip-document.ts';
import { captureSnapshot, readSnapshot, snapshotFile, writeSnapshot } from './snapshot.ts';
import { STOP_WORDS } from '../../../electron/search/stop-words.ts';
import { foldTerm, phraseText, splitWords, termsOf } from '../../../electron/search/terms.ts';

export interface SearchIndexOptions {
  /**
   * Save once this many clips changed since the last save, or right after a
   * rebuild. Fewer changes are not worth rewriting the whole index for: the
   * next start reads just those clips again.
   */
  saveAfterChanges?: number;
  /** Wait this long after the last change before saving, so a burst of changes is saved once. */
  saveDelayMs?: number;
  /** Told why a saved index could not be used, or could not be saved; the index goes on either way. */
  onProblem?: (message: string) => void;
}

/** A ranked query for the index: all of `words` (fuzzy, by prefix) and all of `phrases`'s terms. */
export interface IndexQuery {
  words: string[];
  /** As `phraseText` makes them. */
  phrases: string[];
  titleOnly: boolean;
}

export interface IndexMatch {
  id: string;
  score: number;
  /** The index's terms that matched in this clip, e.g. "ukrainian" for a search for "ukrain". */
  terms: string[];
}

const BOOST: Record<SearchedField, number> = {
  title: 3,
  tags: 2.5,
  source: 2,
  notes: 1.5,
  text: 1,
};
const READ_AT_ONCE = 16;

const MINISEARCH_OPTIONS: Options<ClipDocument> = {
  fields: [...SEARCHED_FIELDS],
  storeFields: [],
  tokenize: splitWords,
  processTerm: (term) => {
    const folded = foldTerm(term);
    return folded && !STOP_WORDS.has(folded) ? folded : null;
  },
  searchOptions: {
    boost: BOOST,
    combineWith: 'AND',
    // Search as you type: a word of three letters or more also finds the words it starts.
    prefix: (term) => term.length >= 3,
    // One typo in a word of four letters or more, two from eight.
    fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
  },
};

/**
 * The full-text index of the library (MiniSearch): titles, text, outlets, tags
 * and notes. It follows every change of the library as it happens, and is
 * saved in the library folder so that a start reads only the clips changed
 * since it was saved.
 */
export class SearchIndex {
  readonly file: string;
  #store: LibraryStore;
  #index: MiniSearch<ClipDocument>;
  #docs: Map<string, ClipDocument>;
  #short = new Map<string, { title: string; rest: string }>();
  #options: Required<SearchIndexOptions>;
  /** Index updates run one after another; a search waits for those before it. */
  #work: Promise<unknown> = Promise.resolve();
  /** Clips changed since the last save. */
  #unsaved = 0;
  /** The saved index was missing or could not be used. */
  #rebuilt: boolean;
  #saveTimer: NodeJS.Timeout | null = null;
  #stopFollowing: () => void;

  private constructor(
    store: LibraryStore,
    loaded: { index: MiniSearch<ClipDocument>; docs: Map<string, ClipDocument> } | null,
    options: SearchIndexOptions,
  ) {
    this.file = snapshotFile(store.dir);
    this.#store = store;
    this.#index = loaded?.index ?? new MiniSearch(MINISEARCH_OPTIONS);
    this.#docs = loaded?.docs ?? new Map();
    this.#rebuilt = loaded === null;
    this.#options = {
      saveAfterChanges: 200,
      saveDelayMs: 2000,
      onProblem: () => undefined,
      ...options,
    };
    this.#stopFollowing = store.onChange((change) => this.#follow(change));
  }

  /** Loads the saved index and brings it up to date with the library; a missing or damaged one is rebuilt. */
  static async open(store: LibraryStore, options: SearchIndexOptions = {}): Promise<SearchIndex> {
    const file = snapshotFile(store.dir);
    const { snapshot, problem } = await readSnapshot(file);
    if (problem) options.onProblem?.(`The search index is rebuilt: ${problem}.`);
    let index: MiniSearch<ClipDocument> | null = null;
    if (snapshot) {
      try {
        index = await MiniSearch.loadJSAsync(snapshot.index, MINISEARCH_OPTIONS);
      } catch (error) {
        options.onProblem?.(
          `The search index is rebuilt: ${file} could not be loaded (${(error as Error).message}).`,
        );
      }
    }
    const docs = new Map(index && snapshot ? snapshot.docs.map((d) => [d.id, d]) : []);
    const loaded = index;
    if (
      loaded &&
      (loaded.documentCount !== docs.size || ![...docs.keys()].every((id) => loaded.has(id)))
    ) {
      options.onProblem?.(
        `The search index is rebuilt: ${file} does not match the documents it lists.`,
      );
      index = null;
      docs.clear();
    }
    const searchIndex = new SearchIndex(store, index && { index, docs }, options);
    await searchIndex.#enqueue(() => searchIndex.#catchUp());
    return searchIndex;
  }

  /** Clips in the index. */
  get size(): number {
    return this.#docs.size;
  }

  /** Waits for the changes the library reported so far to be in the index. */
  async settled(): Promise<void> {
    await this.#work;
  }

  /** The clips that have all the words and phrases, best first. */
  match({ words, phrases, titleOnly }: IndexQuery): IndexMatch[] {
    const queries: Array<
      string | { queries: string[]; combineWith: 'AND'; prefix: false; fuzzy: false }
    > = [];
    if (words.length > 0) queries.push(words.join(' '));
    for (const phrase of phrases)
      queries.push({ queries: [phrase], combineWith: 'AND', prefix: false, fuzzy: false });
    if (queries.length === 0) return [];
    const options: SearchOptions = titleOnly ? { fields: ['title'] } : {};
    return this.#index
      .search({ combineWith: 'AND', queries }, options)
      .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Whether a clip's text holds a phrase (as `phraseText` makes it) as a whole, not just its words. */
  hasPhrase(id: string, phrase: string, titleOnly: boolean): boolean {
    const doc = this.#docs.get(id);
    if (!doc) return false;
    const short = this.#shortFields(doc);
    return titleOnly
      ? short.title.includes(phrase)
      : doc.text.includes(phrase) || short.title.includes(phrase) || short.rest.includes(phrase);
  }

  /** Whether a text has a word the index holds, i.e. one that is not a stop word. */
  static indexes(text: string): boolean {
    return termsOf(text).some((term) => !STOP_WORDS.has(term));
  }

  /**
   * A document's title, and its other short fields, as phrases are looked for
   * in them; kept for the next search. A "|" between fields and lines keeps a
   * phrase from running from one into the next.
   */
  #shortFields(doc: ClipDocument): { title: string; rest: string } {
    let short = this.#short.get(doc.id);
    if (!short) {
      const lines = [doc.source, ...doc.tags.split('\n'), ...doc.notes.split('\n')];
      short = { title: phraseText(doc.title), rest: lines.map(phraseText).join('|') };
      this.#short.set(doc.id, short);
    }
    return short;
  }

  /** Writes the index to the library folder now (atomically). */
  save(): Promise<void> {
    this.#cancelSave();
    return this.#enqueue(async () => {
      const changes = this.#unsaved;
      const captured = await captureSnapshot(this.#docs.values(), this.#index);
      await writeSnapshot(this.file, captured);
      this.#unsaved -= changes;
      this.#rebuilt = false;
    });
  }

  /** Stops following the library, and saves the index if enough changed (see `saveAfterChanges`). */
  async close(): Promise<void> {
    this.#stopFollowing();
    this.#cancelSave();
    await this.settled();
    if (this.#saveDue())
      await this.save().catch((error: Error) =>
        this.#options.onProblem(`The search index could not be saved: ${error.message}.`),
      );
  }

  #follow({ updated, purged }: LibraryChange): void {
    void this.#enqueue(() => this.#update([...updated, ...purged]));
  }

  /** Indexes what changed in the library since the saved index was written; drops what left it. */
  async #catchUp(): Promise<void> {
    const live = new Set(this.#store.records().map((r) => r.id));
    const gone = [...this.#docs.keys()].filter((id) => !live.has(id));
    await this.#update([...gone, ...live]);
  }

  /** Brings the given clips up to date in the index: their record as it is now, their text read again when it changed. */
  async #update(ids: readonly string[]): Promise<void> {
    const toRead: ClipRecord[] = [];
    for (const id of ids) {
      const record = liveRecord(this.#store, id);
      const doc = this.#docs.get(id);
      if (!record) {
        if (doc) this.#remove(id);
        continue;
      }
      if (doc?.revision !== record.revision) toRead.push(record);
      else if (!sameRecordFields(doc, recordFields(record)))
        this.#put({ ...doc, ...recordFields(record) });
    }
    for (let i = 0; i < toRead.length; i += READ_AT_ONCE) {
      const texts = await Promise.all(
        toRead.slice(i, i + READ_AT_ONCE).map((r) => this.#readText(r)),
      );
      for (const { id, revision, text } of texts) {
        const record = liveRecord(this.#store, id);
        // Deleted while its text was being read: the change that deleted it is queued behind this one.
        if (record) this.#put({ id, revision, text, ...recordFields(record) });
      }
    }
  }

  async #readText(record: ClipRecord): Promise<{ id: string; revision: number; text: string }> {
    try {
      const body = await this.#store.body(record.id);
      return { id: record.id, revision: body.revision, text: phraseText(bodyText(body.blocks)) };
    } catch (error) {
      // A clip whose text cannot be read is still found by its title, outlet, tags and notes.
      this.#options.onProblem(
        `The text of clip ${record.id} is not searchable: ${(error as Error).message}`,
      );
      return { id: record.id, revision: record.revision, text: '' };
    }
  }

  #put(doc: ClipDocument): void {
    if (this.#docs.has(doc.id)) this.#index.discard(doc.id);
    this.#index.add(doc);
    this.#docs.set(doc.id, doc);
    this.#short.delete(doc.id);
    this.#changed();
  }

  #remove(id: string): void {
    this.#index.discard(id);
    this.#docs.delete(id);
    this.#short.delete(id);
    this.#changed();
  }

  #saveDue(): boolean {
    return this.#rebuilt || this.#unsaved >= this.#options.saveAfterChanges;
  }

  #changed(): void {
    this.#unsaved++;
    if (!this.#saveDue()) return;
    this.#cancelSave();
    this.#saveTimer = setTimeout(() => {
      this.save().catch((error: Error) =>
        this.#options.onProblem(`The search index could not be saved: ${error.message}.`),
      );
    }, this.#options.saveDelayMs);
    this.#saveTimer.unref();
  }

  #cancelSave(): void {
    if (this.#saveTimer) clearTimeout(this.#saveTimer);
    this.#saveTimer = null;
  }

  #enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#work.then(task);
    this.#work = run.catch(() => undefined);
    return run;
  }
}
