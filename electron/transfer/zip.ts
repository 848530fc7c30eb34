import { Inflate, inflateSync, zipSync, type Zippable } from 'fflate';
import { PresscutError } from '../../common/errors.ts';
import { IMPORT_LIMITS, megabytes } from './limits.ts';

/** One file of a ZIP, by its path inside it. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** A slice this size never unpacks to more than ~16 MB at once. */
const PUSH_BYTES = 16 * 1024;
const SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** What operating systems leave in ZIPs they make: never part of an export. */
const SYSTEM_CLUTTER = /(^|\/)(__MACOSX\/|\.DS_Store$|Thumbs\.db$|desktop\.ini$)/i;

export function isZip(bytes: Uint8Array): boolean {
  return SIGNATURE.every((b, i) => bytes[i] === b);
}

function refuse(zipName: string, why: string): PresscutError {
  return new PresscutError(
    'file-refused',
    `${zipName} was not imported: ${why} Nothing was written.`,
  );
}

/**
 * A path inside a ZIP, checked: an absolute path or one that climbs out with
 * `..` marks a crafted archive (zip slip), and the whole file is refused
 * rather than trusted in part. Presscut never writes entries to disk by
 * name, but a file that lies about its contents is not read further.
 */
function safeEntryPath(raw: string, zipName: string): string {
  const name = raw.replace(/\\/g, '/');
  const parts = name.split('/');
  if (
    name.startsWith('/') ||
    /^[a-z]:/i.test(name) ||
    parts.includes('..') ||
    name.includes('\0')
  ) {
    throw refuse(
      zipName,
      `it holds a file named “${raw}”, which points outside the archive (an unsafe ZIP).`,
    );
  }
  return parts.filter((p) => p !== '' && p !== '.').join('/');
}

/** One entry as a ZIP's central directory describes it. */
interface DirectoryEntry {
  name: string;
  method: number;
  flags: number;
  packed: number;
  unpacked: number;
  /** Where its local header starts. */
  offset: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64 = 0xffffffff;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 1;
const UTF8_NAME = 0x800;

/**
 * Reads a ZIP's central directory, at its end: every entry's name, method,
 * sizes and place, without unpacking anything. A ZIP64 size or offset is
 * read from its extra field. Null when there is no directory to read.
 */
function readDirectory(bytes: Uint8Array): DirectoryEntry[] | null {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= floor; at--)
    if (u32(bytes, at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const entries: DirectoryEntry[] = [];
  const utf8 = new TextDecoder();
  const latin1 = new TextDecoder('latin1');
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) return null;
    const flags = u16(bytes, at + 8);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const entry: DirectoryEntry = {
      name: (flags & UTF8_NAME ? utf8 : latin1).decode(
        bytes.subarray(at + 46, at + 46 + nameLength),
      ),
      method: u16(bytes, at + 10),
      flags,
      packed: u32(bytes, at + 20),
      unpacked: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    // ZIP64: the values that did not fit stand in the extra field, in this order.
    const extraEnd = at + 46 + nameLength + extraLength;
    for (let x = at + 46 + nameLength; x + 4 <= extraEnd; x += 4 + u16(bytes, x + 2)) {
      if (u16(bytes, x) !== 0x0001) continue;
      let field = x + 4;
      const big = () => {
        const value = u32(bytes, field) + u32(bytes, field + 4) * 2 ** 32;
        field += 8;
        return value;
      };
      if (entry.unpacked === ZIP64) entry.unpacked = big();
      if (entry.packed === ZIP64) entry.packed = big();
      if (entry.offset === ZIP64) entry.offset = big();
    }
    entries.push(entry);
    at = extraEnd + commentLength;
  }
  return entries;
}

/** Refuses a ZIP by what its directory declares, before a byte is unpacked. */
function checkDeclared(
  entries: readonly DirectoryEntry[],
  packedBytes: number,
  zipName: string,
): void {
  const limits = IMPORT_LIMITS;
  if (entries.length > limits.entries)
    throw refuse(zipName, `it holds more than ${limits.entries.toLocaleString('en')} files.`);
  let total = 0;
  for (const entry of entries) {
    total += entry.unpacked;
    if (entry.unpacked > limits.entryBytes)
      throw refuse(
        zipName,
        `${entry.name} inside it unpacks to more than ${megabytes(limits.entryBytes)}.`,
      );
  }
  if (total > limits.unzippedBytes)
    throw refuse(zipName, `it unpacks to more than ${megabytes(limits.unzippedBytes)}.`);
  if (total > limits.ratioFloorBytes && total > limits.ratio * packedBytes)
    throw refuse(
      zipName,
      `it unpacks to more than ${limits.ratio} times its packed size, as a zip bomb does.`,
    );
}

/** Deflate expands at most about 1,032 to 1: an entry packed this small unpacks in one go to a few dozen MB at most. */
const INFLATE_AT_ONCE = 64 * 1024;

/**
 * Unpacks one entry, counting what comes out: an entry packed small is
 * inflated in one go (it cannot grow far); a larger one in slices, so a
 * limit is met before much more than it is in memory.
 */
function inflateEntry(
  data: Uint8Array,
  declared: number,
  path: string,
  zipName: string,
  grow: (size: number) => void,
): Uint8Array {
  if (data.length <= INFLATE_AT_ONCE) {
    let out: Uint8Array;
    try {
      // Room for what the entry declares, and one byte more: filling it means the directory lied.
      out = inflateSync(data, { out: new Uint8Array(Math.min(declared, data.length * 1100) + 1) });
    } catch (error) {
      throw refuse(zipName, `${path} inside it is damaged (${(error as Error).message}).`);
    }
    if (out.length > declared)
      throw refuse(
        zipName,
        `${path} inside it unpacks to more than its directory says (a damaged or crafted ZIP).`,
      );
    grow(out.length);
    return out;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    grow(size);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += PUSH_BYTES)
      inflate.push(data.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= data.length);
  } catch (error) {
    if (error instanceof PresscutError) throw error;
    throw refuse(zipName, `${path} inside it is damaged (${(error as Error).message}).`);
  }
  return concat(chunks, size);
}

/**
 * Unpacks a ZIP in memory. What its directory declares is checked first, so
 * a zip bomb that admits its size is refused before anything is unpacked;
 * then what actually comes out of each entry is counted, since a directory
 * can lie: past the limits (one entry, the whole archive, or a packing ratio
 * no real export reaches) it is refused before it can fill memory.
 */
export function unzipSafely(bytes: Uint8Array, zipName: string): ZipEntry[] {
  const limits = IMPORT_LIMITS;
  const directory = readDirectory(bytes);
  if (!directory)
    throw refuse(zipName, 'it cannot be read as a ZIP (its directory is missing or damaged).');
  checkDeclared(directory, bytes.length, zipName);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (const entry of directory) {
    const path = safeEntryPath(entry.name, zipName);
    // Folders and system clutter are left out unread.
    if (entry.name.endsWith('/') || SYSTEM_CLUTTER.test(path)) continue;
    if (entry.flags & ENCRYPTED) throw refuse(zipName, `${path} inside it is encrypted.`);
    const at = entry.offset;
    if (at + 30 > bytes.length || u32(bytes, at) !== LOCAL_HEADER)
      throw refuse(zipName, `${path} inside it is damaged (its header is missing).`);
    const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
    const data = bytes.subarray(start, start + entry.packed);
    if (data.length < entry.packed) throw refuse(zipName, `${path} inside it is cut short.`);
    const before = total;
    const grow = (size: number) => {
      total = before + size;
      if (size > limits.entryBytes)
        throw refuse(
          zipName,
          `${path} inside it unpacks to more than ${megabytes(limits.entryBytes)}.`,
        );
      if (total > limits.unzippedBytes)
        throw refuse(zipName, `it unpacks to more than ${megabytes(limits.unzippedBytes)}.`);
      if (size > limits.ratioFloorBytes && size > limits.ratio * Math.max(1, entry.packed))
        throw refuse(
          zipName,
          `${path} inside it unpacks to more than ${limits.ratio} times its packed size, as a zip bomb does.`,
        );
    };
    if (entry.method === STORED) {
      grow(data.length);
      entries.push({ path, bytes: data });
    } else if (entry.method === DEFLATED) {
      entries.push({ path, bytes: inflateEntry(data, entry.unpacked, path, zipName, grow) });
    } else {
      throw refuse(
        zipName,
        `${path} inside it is packed in a way Presscut does not read (method ${entry.method}).`,
      );
    }
  }
  return entries;
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** PKZIP's number for Unix, and a plain file's permissions (rw-r--r--) in its attribute bits. */
const UNIX = 3;
const READABLE_FILE = (0o100644 << 16) >>> 0;

/** A file to put in a ZIP; `stored` keeps it uncompressed (an EPUB's `mimetype` must be). */
export interface ZipFileSpec {
  path: string;
  bytes: Uint8Array | string;
  stored?: boolean;
}

/**
 * Packs files into a ZIP, in the order given, each dated `modified`. Entries
 * are marked as made on Unix (readable by everyone): with the default mark,
 * MS-DOS, Debian's `unzip` reads non-ASCII names in an old DOS code page,
 * whatever their UTF-8 flag says.
 */
export function zipFiles(files: readonly ZipFileSpec[], modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const data: Zippable = {};
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? encoder.encode(file.bytes) : file.bytes;
    data[file.path] = [
      bytes,
      { level: file.stored ? 0 : 6, mtime: modified, os: UNIX, attrs: READABLE_FILE },
    ];
  }
  return zipSync(data);
}
