import { randomUUID } from 'node:crypto';
import { mkdir, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { DataFile, TextFile } from 'lowdb/node';
import { PresscutError } from '../common/errors.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import { clipBodySchema, type ClipBody, type ClipRecord } from '../model/clip.ts';
import type { Settings, SettingsPatch } from '../model/settings.ts';
import { countWords, excerptOf } from '../model/text-stats.ts';
import { bodyText } from '../model/article.ts';
import {
  applyEntry,
  emptyIndex,
  libraryIndexSchema,
  type JournalChange,
  type JournalEntry,
  type LibraryIndex,
} from './index-schema.ts';
import { Journal } from './journal.ts';
import { acquireLock } from './lock.ts';
import { migrateIndex } from './migrate.ts';

export interface LibraryStoreOptions {
  /** Fold the journal into the index after this many entries. */
  compactAfter?: number;
  /** Deleted clips are purged at the next start once they are this old (ms), so undo has time. */
  purgeDeletedAfterMs?: number;
  now?: () => Date;
}

export interface LibraryChange {
  /** Clips whose record or text changed, or that were added. */
  updated: string[];
  /** Clips that left the library for good. */
  purged: string[];
}

type ChangeListener = (change: LibraryChange) => void;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The library on disk. One lowdb index file holds every clip's record (metadata,
 * tags, annotations, reading state); each clip's text lives in `clips/ID.json`;
 * each original paste in `pastes/ID.txt` (and `.html`), written once and never
 * changed. Index changes go to an append-only journal first, so an edit of one
 * clip writes a line, not the library. Every file write is atomic (temporary
 * file, then rename).
 */
export class LibraryStore {
  readonly dir: string;
  #db: Low<LibraryIndex>;
  #journal: Journal;
  #release: () => Promise<void>;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<ChangeListener>();
  #beforeClose: Array<() => Promise<void>> = [];
  #compactAfter: number;
  #now: () => Date;
  #closed = false;
  #sorted: ClipRecord[] | null = null;

  private constructor(dir: string, db: Low<LibraryIndex>, journal: Journal, release: () => Promise<void>, options: LibraryStoreOptions) {
    this.dir = dir;
    this.#db = db;
    this.#journal = journal;
    this.#release = release;
    this.#compactAfter = options.compactAfter ?? 2000;
    this.#now = options.now ?? (() => new Date());
  }

  /** Opens the library in `dir`, creating it when the folder holds none. A damaged index is reported and left untouched. */
  static async open(dir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const root = path.resolve(dir);
    try {
      await mkdir(path.join(root, 'clips'), { recursive: true });
      await mkdir(path.join(root, 'pastes'), { recursive: true });
    } catch (error) {
      throw new PresscutError('library-unavailable', `Cannot use ${root} as a library folder: ${(error as Error).message}`, { cause: error });
    }
    const release = await acquireLock(path.join(root, 'library.lock'));
    try {
      const indexFile = path.join(root, 'index.json');
      const db = new Low<LibraryIndex>(new DataFile<LibraryIndex>(indexFile, { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }), emptyIndex());
      const { index, migrated } = await readIndex(db, indexFile);
      db.data = index;
      const journal = new Journal(path.join(root, 'journal.jsonl'));
      for (const entry of await journal.read()) {
        if (entry.seq > index.seq) {
          applyEntry(index, entry);
          index.seq = entry.seq;
        }
      }
      const store = new LibraryStore(root, db, journal, release, options);
      if (migrated) await store.#compact();
      await store.#purgeDeleted(options.purgeDeletedAfterMs ?? DAY_MS);
      return store;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** Called after every change with the clips it touched. */
  onChange(listener: ChangeListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Every clip that is not deleted, newest first. */
  records(): readonly ClipRecord[] {
    this.#sorted ??= Object.values(this.#db.data.clips)
      .filter((r) => r.deletedAt === null)
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.articleIndex - b.articleIndex));
    return this.#sorted;
  }

  /** A clip's record, deleted or not. */
  record(id: string): ClipRecord {
    const record = Object.hasOwn(this.#db.data.clips, id) ? this.#db.data.clips[id] : undefined;
    if (!record) throw new PresscutError('not-found', `There is no clip ${id} in the library.`);
    return record;
  }

  tags(): Readonly<LibraryIndex['tags']> {
    return this.#db.data.tags;
  }

  async body(id: string): Promise<ClipBody> {
    this.record(id);
    const file = this.#bodyFile(id);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new PresscutError('library-damaged', `The text of clip ${id} is missing (${file}).`, { cause: error });
    }
    const parsed = clipBodySchema.safeParse(safeJsonParse(text));
    if (!parsed.success) throw new PresscutError('library-damaged', `The text of clip ${id} is damaged (${file}). It was left as it is.`);
    return parsed.data;
  }

  /** The paste a clip came from, exactly as it was pasted. */
  async original(id: string): Promise<Paste> {
    const { pasteId } = this.record(id);
    const text = await new TextFile(this.#pasteFile(pasteId, 'txt')).read();
    if (text === null) throw new PresscutError('library-damaged', `The original paste of clip ${id} is missing.`);
    const html = await new TextFile(this.#pasteFile(pasteId, 'html')).read();
    return html === null ? { text } : { text, html };
  }

  /** Keeps a paste and makes one clip of each article found in it. */
  addPaste(paste: Paste, articles: readonly ExtractedArticle[], clippedAt: Date): Promise<ClipRecord[]> {
    return this.#serial(async () => {
      if (articles.length === 0) throw new PresscutError('nothing-to-clip', 'No article was found in what was pasted.');
      const pasteId = randomUUID();
      await new TextFile(this.#pasteFile(pasteId, 'txt')).write(paste.text);
      if (paste.html !== undefined) await new TextFile(this.#pasteFile(pasteId, 'html')).write(paste.html);
      const createdAt = clippedAt.toISOString();
      const records: ClipRecord[] = [];
      for (const [articleIndex, article] of articles.entries()) {
        const id = randomUUID();
        const body: ClipBody = { id, revision: 0, blocks: article.blocks, removed: article.removed };
        await this.#writeBody(body);
        records.push({
          id,
          pasteId,
          articleIndex,
          createdAt,
          updatedAt: createdAt,
          revision: 0,
          title: article.title,
          source: article.source,
          byline: article.byline,
          published: article.published,
          dateline: article.dateline,
          credit: article.credit,
          language: article.language,
          url: article.url,
          excerpt: excerptOf(article.blocks),
          wordCount: countWords(bodyText(article.blocks)),
          tags: [],
          annotations: [],
          note: '',
          reading: { progress: 0, read: false, archived: false, favorite: false, openedAt: null },
          deletedAt: null,
        });
      }
      await this.#commit(records.map((r) => ({ kind: 'clip', id: r.id, value: r })));
      this.#emit({ updated: records.map((r) => r.id), purged: [] });
      return records;
    });
  }

  /** Changes a clip's record (metadata, tags, annotations, reading state); its text stays. */
  updateRecord(id: string, change: (record: ClipRecord) => ClipRecord): Promise<ClipRecord> {
    return this.#serial(async () => {
      const next = { ...change(structuredClone(this.record(id))), id, updatedAt: this.#now().toISOString() };
      await this.#commit([{ kind: 'clip', id, value: next }]);
      this.#emit({ updated: [id], purged: [] });
      return next;
    });
  }

  /** Changes several clips' records as one write: all of them land, or none. */
  updateRecords(ids: readonly string[], change: (record: ClipRecord) => ClipRecord): Promise<ClipRecord[]> {
    return this.#serial(async () => {
      const updatedAt = this.#now().toISOString();
      const next = [...new Set(ids)].map((id) => ({ ...change(structuredClone(this.record(id))), id, updatedAt }));
      if (next.length === 0) return [];
      await this.#commit(next.map((r) => ({ kind: 'clip', id: r.id, value: r })));
      this.#emit({ updated: next.map((r) => r.id), purged: [] });
      return next;
    });
  }

  /**
   * Replaces a clip's text as one new revision. `followRecord` lets the record
   * follow the text (e.g. re-anchored annotations); it sees the text being replaced.
   */
  updateBody(
    id: string,
    change: Pick<ClipBody, 'blocks'> & Partial<Pick<ClipBody, 'removed'>>,
    followRecord: (record: ClipRecord, old: ClipBody) => ClipRecord = (r) => r,
  ): Promise<ClipRecord> {
    return this.#serial(async () => {
      const current = this.record(id);
      const revision = current.revision + 1;
      const old = await this.body(id);
      const { blocks } = change;
      await this.#writeBody({ id, revision, blocks, removed: change.removed ?? old.removed });
      const next: ClipRecord = {
        ...followRecord(structuredClone(current), old),
        id,
        revision,
        updatedAt: this.#now().toISOString(),
        excerpt: excerptOf(blocks),
        wordCount: countWords(bodyText(blocks)),
      };
      await this.#commit([{ kind: 'clip', id, value: next }]);
      this.#emit({ updated: [id], purged: [] });
      return next;
    });
  }

  /** Deletes a clip so that it can still be restored until it is purged at a later start. */
  setDeleted(id: string, deleted: boolean): Promise<ClipRecord> {
    return this.updateRecord(id, (r) => ({ ...r, deletedAt: deleted ? this.#now().toISOString() : null }));
  }

  settings(): Readonly<Settings> {
    return this.#db.data.settings;
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.#serial(async () => {
      const value = { ...this.#db.data.settings, ...patch };
      await this.#commit([{ kind: 'settings', value }]);
      return value;
    });
  }

  setTag(name: string, value: LibraryIndex['tags'][string] | null): Promise<void> {
    return this.#serial(async () => {
      await this.#commit([{ kind: 'tag', name, value }]);
    });
  }

  /** Folds the journal into the index file. */
  compact(): Promise<void> {
    return this.#serial(() => this.#compact());
  }

  /** Runs a task when the library closes, while it is still open and locked: to save what was derived from it. */
  beforeClose(task: () => Promise<void>): void {
    this.#beforeClose.push(task);
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    try {
      for (const task of this.#beforeClose.splice(0)) await task();
    } finally {
      await this.#serial(async () => {
        if (this.#journal.pending > 0) await this.#compact();
        await this.#journal.close();
        this.#closed = true;
      });
      await this.#release();
    }
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(() => {
      if (this.#closed) throw new PresscutError('library-unavailable', 'The library is closed.');
      return task();
    });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  async #commit(changes: JournalChange[]): Promise<void> {
    const index = this.#db.data;
    const entries = changes.map((change, i) => ({ ...change, seq: index.seq + i + 1 }) as JournalEntry);
    await this.#journal.append(entries);
    for (const entry of entries) applyEntry(index, entry);
    index.seq += entries.length;
    this.#sorted = null;
    if (this.#journal.pending >= this.#compactAfter) await this.#compact();
  }

  async #compact(): Promise<void> {
    await this.#db.write();
    await this.#journal.clear();
  }

  async #purgeDeleted(olderThanMs: number): Promise<void> {
    const cutoff = this.#now().getTime() - olderThanMs;
    const doomed = Object.values(this.#db.data.clips).filter((r) => r.deletedAt !== null && Date.parse(r.deletedAt) <= cutoff);
    if (doomed.length === 0) return;
    await this.#commit(doomed.map((r) => ({ kind: 'clip', id: r.id, value: null })));
    const stillUsed = new Set(Object.values(this.#db.data.clips).map((r) => r.pasteId));
    for (const r of doomed) {
      await removeFile(this.#bodyFile(r.id));
      if (!stillUsed.has(r.pasteId)) {
        await removeFile(this.#pasteFile(r.pasteId, 'txt'));
        await removeFile(this.#pasteFile(r.pasteId, 'html'));
      }
    }
    this.#emit({ updated: [], purged: doomed.map((r) => r.id) });
  }

  #writeBody(body: ClipBody): Promise<void> {
    return new DataFile<ClipBody>(this.#bodyFile(body.id), { parse: JSON.parse, stringify: (d) => JSON.stringify(d) }).write(body);
  }

  #bodyFile(id: string): string {
    return path.join(this.dir, 'clips', `${id}.json`);
  }

  #pasteFile(pasteId: string, ext: 'txt' | 'html'): string {
    return path.join(this.dir, 'pastes', `${pasteId}.${ext}`);
  }

  #emit(change: LibraryChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}

async function readIndex(db: Low<LibraryIndex>, file: string): Promise<{ index: LibraryIndex; migrated: boolean }> {
  let raw: unknown;
  try {
    raw = await db.adapter.read();
  } catch (error) {
    throw new PresscutError('library-damaged', `${file} cannot be read as JSON (${(error as Error).message}). It was left as it is.`, { cause: error });
  }
  if (raw === null) return { index: emptyIndex(), migrated: false };
  const { index, migratedFrom } = migrateIndex(raw, file);
  const parsed = libraryIndexSchema.safeParse(index);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new PresscutError(
      'library-damaged',
      `${file} does not hold a valid library (${issue.path.join('.') || 'top level'}: ${issue.message}). It was left as it is.`,
    );
  }
  return { index: parsed.data, migrated: migratedFrom !== null };
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function removeFile(file: string): Promise<void> {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
