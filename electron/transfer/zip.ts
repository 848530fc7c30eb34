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

/**
 * Unpacks a ZIP in memory, counting what actually comes out rather than
 * trusting the sizes the archive declares: past the limits (one entry, the
 * whole archive, or a packing ratio no real export reaches) it is refused as
 * a zip bomb before it can fill memory.
 */
export function unzipSafely(bytes: Uint8Array, zipName: string): ZipEntry[] {
  const limits = IMPORT_LIMITS;
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
          chunks.push(chunk);
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

/** A file to put in a ZIP; `stored` keeps it uncompressed (an EPUB's `mimetype` must be). */
export interface ZipFileSpec {
  path: string;
  bytes: Uint8Array | string;
  stored?: boolean;
}

/** Packs files into a ZIP, in the order given, each dated `modified`. */
export function zipFiles(files: readonly ZipFileSpec[], modified: Date): Uint8Array {
  const encoder = new TextEncoder();
  const data: Zippable = {};
  for (const file of files) {
    const bytes = typeof file.bytes === 'string' ? encoder.encode(file.bytes) : file.bytes;
    data[file.path] = [bytes, { level: file.stored ? 0 : 6, mtime: modified }];
  }
  return zipSync(data);
}
