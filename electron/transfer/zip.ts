import { Unzip, UnzipInflate, zipSync, type Zippable } from 'fflate';
import { PresscutError } from '../../common/errors.ts';
import { IMPORT_LIMITS, megabytes } from './limits.ts';

/** One file of a ZIP, by its path inside it. */
export interface ZipEntry {
  path: string;
  bytes: Uint8Array;
}

/** Deflate expands at most about 1,000 to 1: a slice this size never unpacks to more than ~16 MB at once. */
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

/** What a ZIP's central directory says of its entries: how many, and how much they unpack to. */
interface Declared {
  entries: number;
  unpacked: number;
  largest: { path: string; unpacked: number; packed: number } | null;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;
const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64 = 0xffffffff;

/**
 * Reads the sizes a ZIP declares for its entries, from its central directory
 * at the end, without unpacking anything; null when there is no directory
 * to read (a damaged file: unpacking will say so). A ZIP64 size is read
 * from its extra field.
 */
export function declaredSizes(bytes: Uint8Array): Declared | null {
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
  const declared: Declared = { entries: 0, unpacked: 0, largest: null };
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== DIRECTORY_ENTRY) return null;
    let packed = u32(bytes, at + 20);
    let unpacked = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const path = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64: the sizes that did not fit stand in the extra field, unpacked size first.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength;) {
      const id = u16(bytes, x);
      const size = u16(bytes, x + 2);
      if (id === 0x0001) {
        let field = x + 4;
        const big = () => {
          const value = u32(bytes, field) + u32(bytes, field + 4) * 2 ** 32;
          field += 8;
          return value;
        };
        if (unpacked === ZIP64) unpacked = big();
        if (packed === ZIP64) packed = big();
      }
      x += 4 + size;
    }
    declared.entries++;
    declared.unpacked += unpacked;
    if (!declared.largest || unpacked > declared.largest.unpacked)
      declared.largest = { path, unpacked, packed };
    at += 46 + nameLength + extraLength + commentLength;
  }
  return declared;
}

/** Refuses a ZIP by what it declares, before a byte is unpacked. */
function checkDeclared(bytes: Uint8Array, zipName: string): void {
  const limits = IMPORT_LIMITS;
  const declared = declaredSizes(bytes);
  if (!declared) return;
  if (declared.entries > limits.entries)
    throw refuse(zipName, `it holds more than ${limits.entries.toLocaleString('en')} files.`);
  if (declared.unpacked > limits.unzippedBytes)
    throw refuse(zipName, `it unpacks to more than ${megabytes(limits.unzippedBytes)}.`);
  const largest = declared.largest;
  if (largest && largest.unpacked > limits.entryBytes)
    throw refuse(
      zipName,
      `${largest.path} inside it unpacks to more than ${megabytes(limits.entryBytes)}.`,
    );
  if (declared.unpacked > limits.ratioFloorBytes && declared.unpacked > limits.ratio * bytes.length)
    throw refuse(
      zipName,
      `it unpacks to more than ${limits.ratio} times its packed size, as a zip bomb does.`,
    );
}

/**
 * Unpacks a ZIP in memory. What its directory declares is checked first, so
 * a zip bomb that admits its size is refused before anything is unpacked;
 * then what actually comes out is counted, entry by entry, since a
 * directory can lie: past the limits (one entry, the whole archive, or a
 * packing ratio no real export reaches) it is refused before it can fill memory.
 */
export function unzipSafely(bytes: Uint8Array, zipName: string): ZipEntry[] {
  const limits = IMPORT_LIMITS;
  checkDeclared(bytes, zipName);
  const entries: ZipEntry[] = [];
  let failure: PresscutError | null = null;
  let total = 0;
  let count = 0;
  const unzip = new Unzip((file) => {
    if (failure) return;
    try {
      if (++count > limits.entries)
        throw refuse(zipName, `it holds more than ${limits.entries.toLocaleString('en')} files.`);
      const path = safeEntryPath(file.name, zipName);
      // Folders and system clutter are unpacked and counted like the rest, then left out.
      const wanted = !file.name.endsWith('/') && !SYSTEM_CLUTTER.test(path);
      const packed = file.size ?? bytes.length;
      if ((file.originalSize ?? 0) > limits.entryBytes)
        throw refuse(
          zipName,
          `${path} inside it unpacks to more than ${megabytes(limits.entryBytes)}.`,
        );
      const chunks: Uint8Array[] = [];
      let size = 0;
      file.ondata = (error, chunk, final) => {
        if (failure) return;
        try {
          if (error) throw refuse(zipName, `${path} inside it is damaged (${error.message}).`);
          size += chunk.length;
          total += chunk.length;
          if (size > limits.entryBytes)
            throw refuse(
              zipName,
              `${path} inside it unpacks to more than ${megabytes(limits.entryBytes)}.`,
            );
          if (total > limits.unzippedBytes)
            throw refuse(zipName, `it unpacks to more than ${megabytes(limits.unzippedBytes)}.`);
          if (size > limits.ratioFloorBytes && size > limits.ratio * Math.max(1, packed)) {
            throw refuse(
              zipName,
              `${path} inside it unpacks to more than ${limits.ratio} times its packed size, as a zip bomb does.`,
            );
          }
          if (wanted) chunks.push(chunk);
          if (final && wanted) entries.push({ path, bytes: concat(chunks, size) });
        } catch (caught) {
          failure = caught as PresscutError;
          file.terminate();
        }
      };
      file.start();
    } catch (caught) {
      failure =
        caught instanceof PresscutError
          ? caught
          : refuse(zipName, `it cannot be read as a ZIP (${(caught as Error).message}).`);
    }
  });
  unzip.register(UnzipInflate);
  try {
    // In small slices: inflating never runs far past a limit before the count above sees it.
    for (let at = 0; at < bytes.length && !failure; at += PUSH_BYTES) {
      unzip.push(bytes.subarray(at, at + PUSH_BYTES), at + PUSH_BYTES >= bytes.length);
    }
  } catch (caught) {
    failure ??= refuse(zipName, `it cannot be read as a ZIP (${(caught as Error).message}).`);
  }
  if (failure) throw failure;
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
