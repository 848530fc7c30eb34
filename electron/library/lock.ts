import { truncate } from 'node:fs/promises';
import { DatabaseSync } from 'node:sqlite';
import { PresscutError } from '../../common/errors.ts';

/** SQLite's result codes for a lock held elsewhere, and for a file that is not a database. */
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_NOTADB = 26;

const sqliteCode = (error: unknown) => (error as { errcode?: number }).errcode;

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
