import { randomUUID } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { PresscutError } from '../../common/errors.ts';
import { isPrototypeKey } from '../../common/prototype-keys.ts';
import type { ExtractedArticle, Paste } from '../model/article.ts';
import {
  clipBodySchema,
  clipRecordSchema,
  recordOfArticle,
  type ClipBody,
  type ClipRecord,
} from '../model/clip.ts';
import type { Settings, SettingsPatch } from '../model/settings.ts';
import { textStats } from '../model/text-stats.ts';
import {
  applyEntry,
  emptyIndex,
  type JournalChange,
  type JournalEntry,
  type LibraryIndex,
  type TagInfo,
} from './index-schema.ts';
import {
  backupIndexBeforeMigration,
  backupIndexDaily,
  combineRecoveries,
  restoreNewestBackup,
  setAsideDamagedJournal,
  unrecoverable,
} from './backup.ts';
import type { LibraryRecovery } from '../model/library-recovery.ts';
import { ChangeFiles } from './change-files.ts';
import { ClipTexts } from './clip-texts.ts';
import { DurableJsonFile, removeFile } from './durable-file.ts';
import { Journal } from './journal.ts';
import { stagingDir } from './layout.ts';
import { lockLibrary, type LibraryLock } from './lock.ts';
import { readIndexFile } from './read-index.ts';

export interface LibraryStoreOptions {
  /** Fold the journal into the index after this many entries. */
  compactAfter?: number;
  /** Deleted clips are purged at the next start once they are this old (ms), so undo has time. */
  purgeDeletedAfterMs?: number;
  now?: () => Date;
  /** The library's lock, when it was taken before opening (`lockLibrary`), e.g. so its search index could start first. */
  lock?: LibraryLock;
  /** Index files of this many bytes or more are read off the main thread. */
  readOffThreadFrom?: number;
  /** Waited for between chunks of records read off the main thread: what must answer first goes first. */
  betweenChunks?: () => Promise<void>;
}

export interface LibraryChange {
  /** Clips whose record or text changed, or that were added. */
  updated: string[];
  /** Clips that left the library for good. */
  purged: string[];
}

type ChangeListener = (change: LibraryChange) => void;

/** Clips made outside the paste flow (an import, a restore), whole, to write as one batch. */
export interface ClipBatch {
  /** Each clip's record and text; a clip whose id the library holds is replaced. */
  clips: readonly { record: ClipRecord; body: ClipBody }[];
  /** The pastes they came from, by id; a paste the library already holds is left as it is. */
  pastes: ReadonlyMap<string, Paste>;
  /** Tag colours to set. */
  tags?: Readonly<Record<string, TagInfo>>;
  settings?: Settings;
  /** Told how many files have been written so far. */
  onProgress?: (written: number, total: number) => void;
}

/** What a clip or paste id may be: it names a file in the library folder, so nothing that could climb out of it. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** How many files a batch writes at once: enough to keep the disk busy, few enough to leave the process responsive. */
const PARALLEL_WRITES = 16;

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The library on disk. One lowdb index file holds every clip's record (metadata,
 * tags, annotations, reading state); each clip's text lives in `clips/ID.json`;
 * each original paste in `pastes/ID.txt` (and `.html`), written once and never
 * changed. Index changes go to an append-only journal first, so an edit of one
 * clip writes a line, not the library. Every file is written whole under a
 * temporary name, synced, and renamed into place, its folder synced before
 * the journal line that refers to it; a clip's new text waits in `staging/`
 * until its line is written (see `ClipTexts`).
 */
export class LibraryStore {
  readonly dir: string;
  #db: Low<LibraryIndex>;
  #journal: Journal;
  #texts: ClipTexts;
  #release: () => Promise<void>;
  #queue: Promise<unknown> = Promise.resolve();
  #listeners = new Set<ChangeListener>();
  #beforeClose: Array<() => Promise<void>> = [];
  #compactAfter: number;
  /** The journal is folded into the index once it holds this many entries (later, after a fold failed). */
  #compactAt: number;
  #now: () => Date;
  #closed = false;
  #sorted: ClipRecord[] | null = null;
  #recovery: LibraryRecovery | null = null;
  #backingUp: Promise<void> = Promise.resolve();

  private constructor(
    dir: string,
    db: Low<LibraryIndex>,
    journal: Journal,
    release: () => Promise<void>,
    options: LibraryStoreOptions,
  ) {
    this.dir = dir;
    this.#db = db;
    this.#journal = journal;
    this.#release = release;
    this.#compactAfter = options.compactAfter ?? 2000;
    this.#compactAt = this.#compactAfter;
    this.#texts = new ClipTexts(dir);
    this.#now = options.now ?? (() => new Date());
  }

  /**
   * Opens the library in `dir`, creating it when the folder holds none. A
   * damaged index is moved aside and the newest good backup restored; a
   * journal with damaged lines is copied aside and its good lines kept (see
   * `recovery`). With no good backup, a damaged index is reported and left
   * untouched.
   */
  static async open(dir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const { dir: root, release } = options.lock ?? (await lockLibrary(dir));
    try {
      const indexFile = path.join(root, 'index.json');
      const db = new Low<LibraryIndex>(
        new DurableJsonFile<LibraryIndex>(indexFile, stagingDir(root)),
        emptyIndex(),
      );
      const now = options.now ?? (() => new Date());
      let recovery: LibraryRecovery | null = null;
      const read = () => readIndexFile(indexFile, options.readOffThreadFrom, options.betweenChunks);
      let found: Awaited<ReturnType<typeof read>>;
      try {
        found = await read();
      } catch (error) {
        if (!(error instanceof PresscutError) || error.code !== 'library-damaged') throw error;
        recovery = await restoreNewestBackup(root, indexFile, error, now());
        if (!recovery) throw unrecoverable(error);
        found = await read();
      }
      const { index, migratedFrom } = found ?? { index: emptyIndex(), migratedFrom: null };
      db.data = index;
      const journal = new Journal(path.join(root, 'journal.jsonl'));
      for (const entry of await journal.read()) {
        if (entry.seq > index.seq) {
          applyEntry(index, entry);
          index.seq = entry.seq;
        }
      }
      const store = new LibraryStore(root, db, journal, release, options);
      await store.#texts.tidy((id) =>
        Object.hasOwn(index.clips, id) ? index.clips[id].revision : undefined,
      );
      if (journal.damagedLines.length > 0) {
        recovery = combineRecoveries(
          recovery,
          await setAsideDamagedJournal(root, journal.file, journal.damagedLines, now()),
        );
        await store.#compact();
      }
      store.#recovery = recovery;
      if (migratedFrom !== null) {
        await backupIndexBeforeMigration(root, indexFile, migratedFrom, now());
        await store.#compact();
      }
      // In the background: a copy of a big index takes a while, and the library is whole without it.
      store.#backingUp = store.#backupDaily().catch(() => undefined);
      await store.#purgeDeleted(options.purgeDeletedAfterMs ?? DAY_MS);
      return store;
    } catch (error) {
      await release();
      throw error;
    }
  }

  /** What was done at open to repair a damaged index or journal, for the person to be told; null when nothing was. */
  get recovery(): LibraryRecovery | null {
    return this.#recovery;
  }

  /** The sequence number of the last change: it grows with every change, so what was derived from the library can tell whether it is behind. */
  get seq(): number {
    return this.#db.data.seq;
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
      .map((r) => ({ r, at: Date.parse(r.createdAt) }))
      .sort(newestFirst)
      .map(({ r }) => r);
    return this.#sorted;
  }

  /** Every clip's record, deleted ones too (a lossless export takes them all). */
  everyRecord(): readonly ClipRecord[] {
    return Object.values(this.#db.data.clips);
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
    const file = this.#texts.fileOf(id, this.record(id).revision);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new PresscutError('library-damaged', `The text of clip ${id} is missing (${file}).`, {
        cause: error,
      });
    }
    const parsed = clipBodySchema.safeParse(safeJsonParse(text));
    if (!parsed.success)
      throw new PresscutError(
        'library-damaged',
        `The text of clip ${id} is damaged (${file}). It was left as it is.`,
      );
    return parsed.data;
  }

  /** The paste a clip came from, exactly as it was pasted. */
  async original(id: string): Promise<Paste> {
    const { pasteId } = this.record(id);
    const text = await readIfThere(this.#pasteFile(pasteId, 'txt'));
    if (text === null)
      throw new PresscutError('library-damaged', `The original paste of clip ${id} is missing.`);
    const html = await readIfThere(this.#pasteFile(pasteId, 'html'));
    return html === null ? { text } : { text, html };
  }

  /** Keeps a paste and makes one clip of each article found in it. */
  addPaste(
    paste: Paste,
    articles: readonly ExtractedArticle[],
    clippedAt: Date,
  ): Promise<ClipRecord[]> {
    return this.#serial(async () => {
      if (articles.length === 0)
        throw new PresscutError('nothing-to-clip', 'No article was found in what was pasted.');
      const pasteId = randomUUID();
      const files = this.#changeFiles();
      await files.put(this.#pasteFile(pasteId, 'txt'), paste.text);
      if (paste.html !== undefined) await files.put(this.#pasteFile(pasteId, 'html'), paste.html);
      const createdAt = clippedAt.toISOString();
      const records: ClipRecord[] = [];
      for (const [articleIndex, article] of articles.entries()) {
        const id = randomUUID();
        const body: ClipBody = {
          id,
          revision: 0,
          blocks: article.blocks,
          removed: article.removed,
        };
        await files.put(this.#texts.placedFile(id), JSON.stringify(body));
        records.push(recordOfArticle(article, { id, pasteId, articleIndex, createdAt }));
      }
      await this.#commitWith(
        files,
        records.map((r) => ({ kind: 'clip', id: r.id, value: r })),
      );
      this.#emit({ updated: records.map((r) => r.id), purged: [] });
      return records;
    });
  }

  /**
   * Writes many clips as one batch, with their own dates, tags, reading state
   * and annotations. Every text and paste file is written first; then the
   * records land together: a batch of one as one journal line, a larger one by
   * rewriting the index once, atomically. Killed at any point, the library
   * holds all of the batch or none of it, and a batch of thousands costs one
   * index write rather than thousands of synced journal lines.
   */
  writeClips(batch: ClipBatch): Promise<ClipRecord[]> {
    return this.#serial(async () => {
      const clips = batch.clips.map(({ record, body }) =>
        this.#nextRevision(checkedClip(record, body)),
      );
      for (const name of Object.keys(batch.tags ?? {})) checkTagName(name);
      if (new Set(clips.map((c) => c.record.id)).size < clips.length)
        throw new PresscutError(
          'invalid-argument',
          'A batch named one clip twice; nothing was written.',
        );
      const used = new Set(clips.map((c) => c.record.pasteId));
      for (const id of used) {
        if (!batch.pastes.has(id) && !(await fileExists(this.#pasteFile(id, 'txt')))) {
          throw new PresscutError(
            'invalid-argument',
            `A clip came without the paste it was made from (${id}); nothing was written.`,
          );
        }
      }
      const pastes = [...batch.pastes].filter(([id]) => used.has(id));
      const replaced = clips.map((c) => c.record.id).filter((id) => this.#holds(id));
      const files = this.#changeFiles();
      const jobs = [
        ...pastes.map(
          ([id, paste]) =>
            () =>
              this.#writePasteOnce(files, id, paste),
        ),
        ...clips.map(
          ({ body }) =>
            () =>
              this.#writeText(files, body),
        ),
      ];
      let written = 0;
      await runInParallel(jobs, PARALLEL_WRITES, () => batch.onProgress?.(++written, jobs.length));
      const changes: JournalChange[] = clips.map(({ record }) => ({
        kind: 'clip',
        id: record.id,
        value: record,
      }));
      for (const [name, value] of Object.entries(batch.tags ?? {}))
        changes.push({ kind: 'tag', name, value });
      if (batch.settings) changes.push({ kind: 'settings', value: batch.settings });
      if (changes.length > 0)
        await this.#commitWith(files, changes, {
          replacedTexts: replaced,
          whole: changes.length > 1,
        });
      this.#emit({ updated: clips.map((c) => c.record.id), purged: [] });
      return clips.map((c) => c.record);
    });
  }

  /** Changes a clip's record (metadata, tags, annotations, reading state); its text stays. */
  updateRecord(id: string, change: (record: ClipRecord) => ClipRecord): Promise<ClipRecord> {
    return this.#serial(async () => {
      const next = {
        ...change(structuredClone(this.record(id))),
        id,
        updatedAt: this.#now().toISOString(),
      };
      await this.#commit([{ kind: 'clip', id, value: next }]);
      this.#emit({ updated: [id], purged: [] });
      return next;
    });
  }

  /** Changes several clips' records as one write: all of them land, or none. */
  updateRecords(
    ids: readonly string[],
    change: (record: ClipRecord) => ClipRecord,
  ): Promise<ClipRecord[]> {
    return this.#serial(async () => {
      const updatedAt = this.#now().toISOString();
      const next = [...new Set(ids)].map((id) => ({
        ...change(structuredClone(this.record(id))),
        id,
        updatedAt,
      }));
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
      const files = this.#changeFiles();
      await this.#writeText(files, {
        id,
        revision,
        blocks,
        removed: change.removed ?? old.removed,
      });
      const next: ClipRecord = {
        ...followRecord(structuredClone(current), old),
        id,
        revision,
        updatedAt: this.#now().toISOString(),
        ...textStats(blocks),
      };
      await this.#commitWith(files, [{ kind: 'clip', id, value: next }], { replacedTexts: [id] });
      this.#emit({ updated: [id], purged: [] });
      return next;
    });
  }

  /** Deletes a clip so that it can still be restored until it is purged at a later start. */
  setDeleted(id: string, deleted: boolean): Promise<ClipRecord> {
    return this.updateRecord(id, (r) => ({
      ...r,
      deletedAt: deleted ? this.#now().toISOString() : null,
    }));
  }

  settings(): Readonly<Settings> {
    return this.#db.data.settings;
  }

  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.#serial(async () => {
      const value = { ...this.#db.data.settings, ...patch };
      await this.#commit([{ kind: 'settings', value }]);
      this.#emit({ updated: [], purged: [] });
      return value;
    });
  }

  setTag(name: string, value: LibraryIndex['tags'][string] | null): Promise<void> {
    return this.#serial(async () => {
      checkTagName(name);
      await this.#commit([{ kind: 'tag', name, value }]);
      this.#emit({ updated: [], purged: [] });
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
    let failure: unknown = null;
    for (const task of this.#beforeClose.splice(0)) await task().catch((e) => (failure ??= e));
    try {
      await this.#serial(async () => {
        // A fold that fails (a full disk) loses nothing: the journal is read again at the next open.
        if (this.#journal.pending > 0) await this.#compact().catch(() => undefined);
        await this.#journal.close();
        await this.#backingUp.catch(() => undefined);
        this.#closed = true;
      });
    } finally {
      await this.#release();
    }
    if (failure) throw failure;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue
      .then(() => {
        if (this.#closed) throw new PresscutError('library-unavailable', 'The library is closed.');
        return task();
      })
      .catch((error: unknown) => {
        throw diskFull(error, this.dir);
      });
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes a change count: the files it wrote durable, then its journal lines
   * (or, `whole`, the index rewritten), then its staged texts
   * put in place. A change that did not land leaves none of its files behind.
   */
  async #commitWith(
    files: ChangeFiles,
    changes: JournalChange[],
    {
      replacedTexts = [],
      whole = false,
    }: { replacedTexts?: readonly string[]; whole?: boolean } = {},
  ): Promise<void> {
    const seq = this.#db.data.seq;
    try {
      await files.sync();
      if (whole) await this.#commitWhole(changes);
      else await this.#commit(changes);
    } catch (error) {
      if (this.#db.data.seq !== seq) {
        // It landed, though it could not all be made durable: its texts go in place as any landed change's do.
        await this.#texts.place(replacedTexts).catch(() => undefined);
        throw error;
      }
      this.#texts.dropped(replacedTexts);
      // Unless the journal could not be cut back: then its line may still be read at the next start.
      if (this.#journal.clean) await files.discard();
      throw error;
    }
    await this.#texts.place(replacedTexts);
  }

  async #commit(changes: JournalChange[]): Promise<void> {
    const index = this.#db.data;
    const entries = changes.map(
      (change, i) => ({ ...change, seq: index.seq + i + 1 }) as JournalEntry,
    );
    await this.#journal.append(entries);
    for (const entry of entries) applyEntry(index, entry);
    index.seq += entries.length;
    this.#sorted = null;
    if (this.#journal.pending < this.#compactAt) return;
    // The change is on disk already: a fold that fails (a full disk) is tried again later, and the journal keeps everything meanwhile.
    try {
      await this.#compact();
    } catch {
      this.#compactAt = this.#journal.pending + this.#compactAfter;
    }
  }

  /**
   * Applies changes by writing the whole index once (an atomic rename), not a
   * journal line each. Once the new index is renamed into place it counts,
   * even if syncing its folder then fails: memory follows the disk, so the
   * journal's sequence numbers go on from it.
   */
  async #commitWhole(changes: JournalChange[]): Promise<void> {
    const before = this.#db.data;
    const next: LibraryIndex = {
      ...before,
      clips: { ...before.clips },
      tags: { ...before.tags },
      seq: before.seq + 1,
    };
    for (const change of changes) applyEntry(next, change);
    const file = this.#db.adapter as DurableJsonFile<LibraryIndex>;
    await file.replace(next);
    this.#db.data = next;
    this.#sorted = null;
    await file.sync();
    // Every journal line is in the index now; a line left by a crash here has a lower seq and is skipped at open.
    await this.#journal.clear();
    this.#compactAt = this.#compactAfter;
    await this.#backupDaily();
  }

  async #compact(): Promise<void> {
    await this.#db.write();
    await this.#journal.clear();
    this.#compactAt = this.#compactAfter;
    await this.#backupDaily();
  }

  /**
   * Copies the index file into the backups folder once a day, once it holds
   * something worth keeping. A copy that cannot be made (a full disk) is
   * made another time: the library itself is whole without it.
   */
  async #backupDaily(): Promise<void> {
    await this.#backingUp;
    if (Object.keys(this.#db.data.clips).length === 0) return;
    await backupIndexDaily(this.dir, path.join(this.dir, 'index.json'), this.#now()).catch(
      () => undefined,
    );
  }

  async #purgeDeleted(olderThanMs: number): Promise<void> {
    const cutoff = this.#now().getTime() - olderThanMs;
    const doomed = Object.values(this.#db.data.clips).filter(
      (r) => r.deletedAt !== null && Date.parse(r.deletedAt) <= cutoff,
    );
    if (doomed.length === 0) return;
    await this.#commit(doomed.map((r) => ({ kind: 'clip', id: r.id, value: null })));
    const stillUsed = new Set(Object.values(this.#db.data.clips).map((r) => r.pasteId));
    for (const r of doomed) {
      await this.#texts.remove(r.id);
      if (!stillUsed.has(r.pasteId)) {
        await removeFile(this.#pasteFile(r.pasteId, 'txt'));
        await removeFile(this.#pasteFile(r.pasteId, 'html'));
      }
    }
    this.#emit({ updated: [], purged: doomed.map((r) => r.id) });
  }

  /** Writes a paste unless the library already holds one of that id: a paste is written once and never changed. */
  async #writePasteOnce(files: ChangeFiles, pasteId: string, paste: Paste): Promise<void> {
    if (await fileExists(this.#pasteFile(pasteId, 'txt'))) return;
    if (paste.html !== undefined) await files.put(this.#pasteFile(pasteId, 'html'), paste.html);
    // The text file last: its presence is what says the paste is whole.
    await files.put(this.#pasteFile(pasteId, 'txt'), paste.text);
  }

  /** Writes a clip's text: a new clip's in place, a held clip's staged until its journal line is written. */
  async #writeText(files: ChangeFiles, body: ClipBody): Promise<void> {
    if (!this.#holds(body.id)) {
      await files.put(this.#texts.placedFile(body.id), JSON.stringify(body));
      return;
    }
    // A text staged earlier whose rename failed goes in place first, so a clip waits on one staged text at most.
    await this.#texts.place([body.id]);
    await files.write(this.#texts.stagedFile(body.id, body.revision), JSON.stringify(body));
    this.#texts.staged(body.id, body.revision);
  }

  #holds(id: string): boolean {
    return Object.hasOwn(this.#db.data.clips, id);
  }

  /** A held clip written again gets a later revision than its own, so its staged text is told apart from the one in place. */
  #nextRevision(clip: { record: ClipRecord; body: ClipBody }): {
    record: ClipRecord;
    body: ClipBody;
  } {
    if (!this.#holds(clip.record.id)) return clip;
    const revision = Math.max(clip.record.revision, this.record(clip.record.id).revision + 1);
    return { record: { ...clip.record, revision }, body: { ...clip.body, revision } };
  }

  #changeFiles(): ChangeFiles {
    return new ChangeFiles(stagingDir(this.dir));
  }

  #pasteFile(pasteId: string, ext: 'txt' | 'html'): string {
    return path.join(this.dir, 'pastes', `${pasteId}.${ext}`);
  }

  #emit(change: LibraryChange): void {
    for (const listener of this.#listeners) listener(change);
  }
}

/**
 * The library's order, newest first: by the instant a clip was made, its place
 * in its paste, then its id, so that every list of the library (the search
 * index's too) agrees on it.
 */
function newestFirst(a: { r: ClipRecord; at: number }, b: { r: ClipRecord; at: number }): number {
  return (
    b.at - a.at ||
    a.r.articleIndex - b.r.articleIndex ||
    (a.r.id < b.r.id ? -1 : a.r.id > b.r.id ? 1 : 0)
  );
}

/** An id that can name a file and a key of the index. */
const isSafeId = (id: string) => SAFE_ID.test(id) && !isPrototypeKey(id);

/** A tag name that would be lost as a key of the index is refused, never dropped. */
function checkTagName(name: string): void {
  if (isPrototypeKey(name))
    throw new PresscutError(
      'invalid-argument',
      `“${name}” cannot be a tag name: Presscut keeps that word for itself; nothing was written.`,
    );
}

/** A clip from outside, checked like anything else that reaches the index: a bad one refuses the batch. */
function checkedClip(record: ClipRecord, body: ClipBody): { record: ClipRecord; body: ClipBody } {
  const r = clipRecordSchema.safeParse(record);
  const b = clipBodySchema.safeParse(body);
  if (r.success && ![r.data.id, r.data.pasteId].every(isSafeId)) {
    throw new PresscutError(
      'invalid-argument',
      `Clip “${r.data.title}” has an id that cannot name a file or a clip (${r.data.id}, ${r.data.pasteId}); nothing was written.`,
    );
  }
  if (r.success) for (const tag of r.data.tags) checkTagName(tag);
  if (!r.success || !b.success || b.data.id !== r.data.id) {
    const issue = (r.error ?? b.error)?.issues[0];
    const where = issue
      ? ` (${issue.path.join('.') || 'top level'}: ${issue.message})`
      : ' (its text belongs to another clip)';
    throw new PresscutError(
      'invalid-argument',
      `Clip “${String(record?.title ?? '')}” is not a valid clip${where}; nothing was written.`,
    );
  }
  return { record: r.data, body: b.data };
}

async function runInParallel(
  jobs: readonly (() => Promise<void>)[],
  width: number,
  onDone: () => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      await jobs[next++]();
      onDone();
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, jobs.length) }, worker));
}

async function fileExists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function safeJsonParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function readIfThere(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** A full disk, said so: the change it stopped was not saved. */
function diskFull(error: unknown, dir: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== 'ENOSPC' && code !== 'EDQUOT') return error;
  return new PresscutError(
    'library-unavailable',
    `The disk that holds the library (${dir}) is full, so this change was not saved. Free some space and try again.`,
    { cause: error },
  );
}
