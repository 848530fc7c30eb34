import { mkdir, truncate } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { PresscutError } from '../../common/errors.ts';
import { clipsFolder } from './body-file.ts';
import { syncFolder } from './durable-file.ts';
import { stagingDir } from './layout.ts';

/** SQLite's result codes for a lock held elsewhere, and for a file that is not a database. */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_NOTADB = 26;

const sqliteCode = (error: unknown) => (error as { errcode?: number }).errcode;

/** A library folder made ready and locked for this process. */
export interface LibraryLock {
  dir: string;
  release: () => Promise<void>;
}

/**
 * Makes `dir` a library folder if it is not one, and takes its lock: the
 * first step of opening it, which takes milliseconds, so that what can be
 * shown before the library is read (its search index) can start at once.
 */
export async function lockLibrary(dir: string): Promise<LibraryLock> {
  const root = path.resolve(dir);
  try {
    let made = false;
    for (const folder of [clipsFolder(root), path.join(root, 'pastes'), stagingDir(root)])
      if ((await mkdir(folder, { recursive: true })) !== undefined) made = true;
    // New folders must outlive a power cut as surely as the files that will be written into them.
    if (made) for (const folder of [root, path.dirname(root)]) await syncFolder(folder);
  } catch (error) {
    throw new PresscutError(
      'library-unavailable',
      `Cannot use ${root} as a library folder: ${(error as Error).message}`,
      { cause: error },
    );
  }
  return { dir: root, release: await acquireLock(path.join(root, 'library.lock')) };
}

/**
 * Keeps a second process (another window of the app, the CLI) from writing the
 * same library at once, which would interleave two journals.
 *
 * The lock is the operating system's own file lock (fcntl on Linux and macOS,
 * LockFileEx on Windows), taken through SQLite on `library.lock`: the system
 * gives it back when the process ends, however it ends, so a crash never
 * leaves a lock behind and no process id is ever guessed at (one reused by
 * another program locks nobody out). Taking it is one atomic step, so two
 * processes starting together cannot both get it.
 *
 * The file stays when the lock is released: deleting it would let a process
 * that opened the old file and one that creates a new one each hold a lock.
 * Nothing else in the process may open `library.lock`: on Linux and macOS,
 * closing any descriptor of a file drops every lock the process holds on it.
 */
export async function acquireLock(file: string): Promise<() => Promise<void>> {
  let db: DatabaseSync;
  try {
    db = take(file);
  } catch (error) {
    // An older Presscut wrote its process id into the file: it is emptied, and is then an empty database.
    if (sqliteCode(error) !== SQLITE_NOTADB) throw refusal(file, error);
    await truncate(file, 0);
    try {
      db = take(file);
    } catch (again) {
      throw refusal(file, again);
    }
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    db.close();
  };
}

/** Opens the lock file and holds its write lock (SQLite's RESERVED lock) until the connection is closed. */
function take(file: string): DatabaseSync {
  const db = new DatabaseSync(file, { timeout: 0 });
  try {
    db.exec('BEGIN IMMEDIATE');
    // A new lock file is made a database once, so that holding it later writes nothing (no journal file beside it).
    const { user_version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
    if (user_version === 0) db.exec('PRAGMA user_version = 1; COMMIT; BEGIN IMMEDIATE');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function refusal(file: string, error: unknown): PresscutError {
  const code = sqliteCode(error);
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) {
    return new PresscutError(
      'library-unavailable',
      'The library is open in another Presscut process (the app, or a presscut command). Close it, or use another library folder.',
    );
  }
  return new PresscutError(
    'library-unavailable',
    `Could not lock the library (${file}): ${(error as Error).message}`,
    { cause: error },
  );
}
