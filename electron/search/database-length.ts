import { closeSync, openSync, readSync, statSync } from 'node:fs';

/** The bytes of an SQLite file's header that give its page size and page count. */
const HEADER_BYTES = 100;

/** An SQLite file is damaged: shorter than its header says it is. */
export class CutShort extends Error {
  /** SQLITE_CORRUPT, as SQLite says of a damaged file it reads. */
  readonly errcode = 11;
}

/**
 * Whether a database file is whole, as far as its length tells: a file its
 * header says is longer than it is was cut short (a copy or disk that
 * failed), whichever of its pages a query reads first. It costs a stat and
 * 100 bytes whatever the database's size, where reading a table would cost
 * every page of it. Answers nothing (null) while a write-ahead log holds
 * pages (after a crash): those may lie past the file's end.
 */
export function lengthProblem(file: string): CutShort | null {
  const size = sizeOf(file);
  if (size === null || size < HEADER_BYTES || (sizeOf(`${file}-wal`) ?? 0) > 0) return null;
  const header = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, HEADER_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  // The page count is valid when the change counter matches its "version valid for" (sqlite.org/fileformat.html).
  if (header.readUInt32BE(24) !== header.readUInt32BE(92)) return null;
  const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
  const expected = header.readUInt32BE(28) * pageSize;
  return size < expected
    ? new CutShort(`it is cut short: ${size} bytes of the ${expected} its header gives`)
    : null;
}

function sizeOf(file: string): number | null {
  try {
    return statSync(file).size;
  } catch {
    return null;
  }
}
