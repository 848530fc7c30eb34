import { access, open, readFile, truncate, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { syncFolder } from './durable-file.ts';
import { journalEntrySchema, type JournalEntry } from './index-schema.ts';

/**
 * The index's write-ahead log: each change is appended as one JSON line and
 * synced before it is acknowledged, so a change to one clip writes a line, not
 * the whole index. The index file folds the log in from time to time.
 */
export class Journal {
  readonly file: string;
  #handle: FileHandle | null = null;
  #entries = 0;
  #bytes = 0;
  #damagedLines: number[] = [];
  /** Set when a failed append could not be cut back yet. */
  #torn = false;

  constructor(file: string) {
    this.file = file;
  }

  /** Entries not yet folded into the index. */
  get pending(): number {
    return this.#entries;
  }

  get bytes(): number {
    return this.#bytes;
  }

  /** False while a failed append could not be cut back: its line may still be on disk, and read at the next start. */
  get clean(): boolean {
    return !this.#torn;
  }

  /** Line numbers (from 1) the last `read` could not use. */
  get damagedLines(): readonly number[] {
    return this.#damagedLines;
  }

  /**
   * Reads every entry. A last line without its newline is a write the process
   * was killed in the middle of, never acknowledged: it is cut off so the next
   * append starts on a line of its own. A bad line anywhere else is damage:
   * it is skipped and listed in `damagedLines`, and every good line is still
   * read, since each line holds a whole value and stands on its own.
   */
  async read(): Promise<JournalEntry[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const complete = text.lastIndexOf('\n') + 1;
    if (complete < text.length)
      await truncate(this.file, Buffer.byteLength(text.slice(0, complete)));
    const lines = text.slice(0, complete).split('\n');
    lines.pop();
    const entries: JournalEntry[] = [];
    this.#damagedLines = [];
    lines.forEach((line, i) => {
      const result = journalEntrySchema.safeParse(parseJson(line));
      if (result.success) entries.push(result.data);
      else this.#damagedLines.push(i + 1);
    });
    this.#entries = entries.length;
    this.#bytes = Buffer.byteLength(text.slice(0, complete));
    return entries;
  }

  /**
   * Appends entries and waits until they are on disk. A failed append (a full
   * disk, an I/O error) is rolled back to the last whole line before it
   * rejects, so the next append starts a line of its own rather than gluing
   * itself to half of this one.
   */
  async append(entries: readonly JournalEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const data = Buffer.from(entries.map((e) => JSON.stringify(e) + '\n').join(''), 'utf8');
    const handle = await this.#open();
    try {
      await handle.appendFile(data);
      await handle.datasync();
    } catch (error) {
      await this.#rollBack(handle);
      throw error;
    }
    this.#entries += entries.length;
    this.#bytes += data.length;
  }

  async #open(): Promise<FileHandle> {
    if (this.#handle) return this.#handle;
    // A rollback that could not be made through the handle is made now, or nothing is appended.
    if (this.#torn) await truncate(this.file, this.#bytes);
    this.#torn = false;
    const created = !(await exists(this.file));
    this.#handle = await open(this.file, 'a');
    // A new log's name must survive a power cut as surely as its lines.
    if (created) await syncFolder(path.dirname(this.file));
    return this.#handle;
  }

  async #rollBack(handle: FileHandle): Promise<void> {
    try {
      await handle.truncate(this.#bytes);
      await handle.datasync();
    } catch {
      this.#torn = true;
      this.#handle = null;
      await handle.close().catch(() => undefined);
    }
  }

  /** Empties the log once the index file holds everything in it. */
  async clear(): Promise<void> {
    await this.close();
    await truncate(this.file, 0).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    this.#entries = 0;
    this.#bytes = 0;
    this.#torn = false;
  }

  async close(): Promise<void> {
    const handle = this.#handle;
    this.#handle = null;
    await handle?.close();
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
