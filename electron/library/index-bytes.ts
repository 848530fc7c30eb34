import { PresscutError } from '../../common/errors.ts';
import { clipRecordSchema, type ClipRecord } from '../model/clip.ts';
import {
  keySchema,
  libraryIndexSchema,
  SCHEMA_VERSION,
  type LibraryIndex,
} from './index-schema.ts';
import { migrateIndex } from './migrate.ts';

/** Everything an index holds but its clips. */
export type IndexShell = Omit<LibraryIndex, 'clips'>;

/** A clip's record and the key the index files it under. */
export type IndexEntry = [id: string, record: ClipRecord];

export interface ReadIndex {
  shell: IndexShell;
  migratedFrom: number | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

// Bytes that are not UTF-8 read as U+FFFD, as reading the file as text always did.
const decoder = new TextDecoder('utf-8');

class Malformed extends Error {}

/**
 * Reads an index file's bytes one clip at a time: each record is parsed and
 * checked on its own and handed on in chunks, so that the whole index is
 * never held twice (as JSON.parse's tree and as the checked copy) and a
 * reader on another thread can pass the records on as they come. JSON's
 * structure is ASCII, and no byte of a multi-byte UTF-8 character is, so the
 * records' bounds are found in the bytes without decoding them.
 *
 * An index of an older version is read whole and migrated, as it always was.
 * Damage is reported as the library's usual `library-damaged` error.
 */
export function readIndexBytes(
  bytes: Uint8Array,
  file: string,
  onRecords: (records: IndexEntry[]) => void,
  chunk = 1000,
): ReadIndex {
  try {
    return readMembers(bytes, file, onRecords, chunk);
  } catch (error) {
    if (!(error instanceof Malformed) && !(error instanceof SyntaxError)) throw error;
    throw new PresscutError(
      'library-damaged',
      `${file} cannot be read as JSON (${error.message}). It was left as it is.`,
      { cause: error },
    );
  }
}

function readMembers(
  bytes: Uint8Array,
  file: string,
  onRecords: (records: IndexEntry[]) => void,
  chunk: number,
): ReadIndex {
  const start = skipSpace(bytes, 0);
  if (bytes[start] !== OPEN_BRACE) return readWhole(bytes, file, onRecords, chunk);
  const top: Record<string, unknown> = {};
  let clips: { from: number; to: number } | null = null;
  const end = eachMember(bytes, start, (key, from, to) => {
    if (key === 'clips') clips = { from, to };
    else ownProperty(top, key, parseSlice(bytes, from, to));
  });
  if (skipSpace(bytes, end) !== bytes.length) throw new Malformed('text after the index');
  const found = clips as { from: number; to: number } | null;
  const { migratedFrom } = migrateIndex({ ...top, clips: {} }, file);
  if (migratedFrom !== null || found === null || bytes[found.from] !== OPEN_BRACE)
    return readWhole(bytes, file, onRecords, chunk);

  const shell = checked({ ...top, clips: {} }, file);
  let records: IndexEntry[] = [];
  eachMember(bytes, found.from, (id, from, to) => {
    checkKey(file, 'clips', id);
    const parsed = clipRecordSchema.safeParse(parseSlice(bytes, from, to));
    if (!parsed.success) {
      const [issue] = parsed.error.issues;
      throw invalid(file, ['clips', id, ...issue.path], issue);
    }
    records.push([id, parsed.data]);
    if (records.length >= chunk) {
      onRecords(records);
      records = [];
    }
  });
  if (records.length > 0) onRecords(records);
  return { shell, migratedFrom: null };
}

/** The whole file at once, as before: for an index that must be migrated, or that is not an object of clips. */
function readWhole(
  bytes: Uint8Array,
  file: string,
  onRecords: (records: IndexEntry[]) => void,
  chunk: number,
): ReadIndex {
  const { index, migratedFrom } = migrateIndex(JSON.parse(decoder.decode(bytes)), file);
  const { clips, ...shell } = checked(index, file);
  const records = Object.entries(clips);
  for (let i = 0; i < records.length; i += chunk) onRecords(records.slice(i, i + chunk));
  return { shell, migratedFrom };
}

/** Sets `key` as an own property whatever its name (`__proto__` too), as JSON.parse does; a later one replaces it. */
export function ownProperty(object: object, key: string, value: unknown): void {
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

function checked(index: unknown, file: string): LibraryIndex {
  // The schema passes over a __proto__ key without a word: it is looked for first, so that no clip or tag is lost unseen.
  for (const part of ['clips', 'tags'] as const) {
    const value = (index as Partial<Record<string, unknown>>)[part];
    if (typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__'))
      checkKey(file, part, '__proto__');
  }
  const parsed = libraryIndexSchema.safeParse(index);
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    throw invalid(file, issue.path, issue);
  }
  return parsed.data;
}

/** A clip id or tag name, as a key of the index, is never one every object already has. */
function checkKey(file: string, part: 'clips' | 'tags', key: string): void {
  const parsed = keySchema.safeParse(key);
  if (!parsed.success) throw invalid(file, [part, key], parsed.error.issues[0]);
}

function invalid(
  file: string,
  where: readonly PropertyKey[],
  issue: { message: string },
): PresscutError {
  return new PresscutError(
    'library-damaged',
    `${file} does not hold a valid library (${where.map(String).join('.') || 'top level'}: ${issue.message}). It was left as it is.`,
  );
}

function parseSlice(bytes: Uint8Array, from: number, to: number): unknown {
  return JSON.parse(decoder.decode(bytes.subarray(from, to)));
}

/**
 * The members an index file holds before its clips (its tags and settings,
 * when it was written with its clips last), checked, from the first bytes of
 * the file; null when they are not all there before the clips (an index
 * written before the clips went last, or of an older version), or when these
 * bytes cannot tell (what they hold is damaged, or cut off before the clips).
 */
export function readHead(bytes: Uint8Array, file: string): IndexShell | null {
  const top: Record<string, unknown> = {};
  try {
    const start = skipSpace(bytes, 0);
    eachMember(
      bytes,
      start,
      (key, from, to) => ownProperty(top, key, parseSlice(bytes, from, to)),
      'clips',
    );
  } catch (error) {
    if (error instanceof Malformed || error instanceof SyntaxError) return null;
    throw error;
  }
  if (!['schemaVersion', 'seq', 'tags', 'settings'].every((key) => Object.hasOwn(top, key)))
    return null;
  if (top.schemaVersion !== SCHEMA_VERSION) return null;
  try {
    const { clips: _none, ...shell } = checked({ ...top, clips: {} }, file);
    return shell;
  } catch (error) {
    // The store, reading the whole file, says what is wrong with it.
    if (error instanceof PresscutError) return null;
    throw error;
  }
}

/**
 * Calls `each` with every member of the object at `at` (its key and its
 * value's bounds); returns where the object ends. Stops, returning -1, at
 * the member named `until`, before reading its value.
 */
function eachMember(
  bytes: Uint8Array,
  at: number,
  each: (key: string, from: number, to: number) => void,
  until?: string,
): number {
  if (bytes[at] !== OPEN_BRACE) throw new Malformed(`no object at byte ${at}`);
  let i = skipSpace(bytes, at + 1);
  if (bytes[i] === CLOSE_BRACE) return i + 1;
  for (;;) {
    if (bytes[i] !== QUOTE) throw new Malformed(`no key at byte ${i}`);
    const keyEnd = skipString(bytes, i);
    const key = parseSlice(bytes, i, keyEnd) as string;
    if (key === until) return -1;
    i = skipSpace(bytes, keyEnd);
    if (bytes[i] !== COLON) throw new Malformed(`no colon at byte ${i}`);
    const from = skipSpace(bytes, i + 1);
    const to = skipValue(bytes, from);
    each(key, from, to);
    i = skipSpace(bytes, to);
    if (bytes[i] === CLOSE_BRACE) return i + 1;
    if (bytes[i] !== COMMA) throw new Malformed(`no comma at byte ${i}`);
    i = skipSpace(bytes, i + 1);
  }
}

function skipSpace(bytes: Uint8Array, at: number): number {
  let i = at;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) break;
    i++;
  }
  return i;
}

/** Past the string whose opening quote is at `at`. */
function skipString(bytes: Uint8Array, at: number): number {
  let i = at + 1;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === QUOTE) return i + 1;
    i += b === BACKSLASH ? 2 : 1;
  }
  throw new Malformed('a string runs to the end of the file');
}

/** Past the value starting at `at` (its contents are checked when it is parsed). */
function skipValue(bytes: Uint8Array, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return skipString(bytes, at);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    let i = at;
    while (i < bytes.length) {
      const b = bytes[i];
      if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || b <= 0x20) break;
      i++;
    }
    if (i === at) throw new Malformed(`no value at byte ${at}`);
    return i;
  }
  let depth = 0;
  let i = at;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === QUOTE) {
      i = skipString(bytes, i);
      continue;
    }
    if (b === OPEN_BRACE || b === OPEN_BRACKET) depth++;
    else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
      depth--;
      if (depth === 0) return i + 1;
    }
    i++;
  }
  throw new Malformed('an object runs to the end of the file');
}
