import type { ImportFileData } from '../../api/contract.ts';
import { PresscutError } from '../../../common/errors.ts';
import {
  claimsToBeLibrary,
  libraryClipSchema,
  libraryShellSchema,
  type LibraryDocument,
} from '../library-document.ts';
import { IMPORT_LIMITS, megabytes } from '../limits.ts';
import { decodeUtf8 } from '../text.ts';
import { isZip, unzipSafely } from '../zip.ts';
import { readCsv } from './csv.ts';
import type { ParsedFile } from './imported-item.ts';
import { isInstapaperCsv, parseInstapaperCsv } from './instapaper.ts';
import { looseKind, parseLooseFile } from './loose-files.ts';
import {
  isOmnivoreMetadata,
  OMNIVORE_CONTENT,
  OMNIVORE_HIGHLIGHTS,
  parseOmnivore,
  type SlugFile,
} from './omnivore.ts';
import {
  isPocketAnnotations,
  isPocketCsv,
  isPocketHtml,
  parsePocketAnnotations,
  parsePocketCsv,
  parsePocketHtml,
} from './pocket.ts';
import { droppedAddress, isRecord, text } from './fields.ts';
import { isWallabagExport, parseWallabag } from './wallabag.ts';

/** What the files given to one import hold. */
export interface ReadImport extends ParsedFile {
  /** Presscut libraries (JSON exports and backups): restored whole, not item by item. */
  libraries: { name: string; document: LibraryDocument }[];
}

interface Entry {
  /** How the summary names it: the file, or the ZIP and the path inside it. */
  name: string;
  /** Its path inside its ZIP (or its own name), which Omnivore's layout is recognised by. */
  path: string;
  bytes: Uint8Array;
}

function expand(file: ImportFileData): Entry[] {
  if (file.bytes.length > IMPORT_LIMITS.fileBytes) {
    throw new PresscutError(
      'file-refused',
      `${file.name} is over ${megabytes(IMPORT_LIMITS.fileBytes)}, more than Presscut imports at once. Nothing was written.`,
    );
  }
  if (!isZip(file.bytes)) return [{ name: file.name, path: file.name, bytes: file.bytes }];
  const entries = unzipSafely(file.bytes, file.name);
  if (entries.length === 0)
    throw new PresscutError(
      'file-refused',
      `${file.name} holds no files (or is not a whole ZIP). Nothing was written.`,
    );
  return entries.map((e) => ({ name: `${file.name} › ${e.path}`, path: e.path, bytes: e.bytes }));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The clips of a Presscut library, each checked alone: a damaged one is reported and left out; an address that is not a web address noted. */
function readClips(
  clips: readonly unknown[],
  fileName: string,
  result: ReadImport,
): LibraryDocument['clips'] {
  const out: LibraryDocument['clips'] = [];
  clips.forEach((raw, i) => {
    const record = isRecord(raw) && isRecord(raw.record) ? raw.record : {};
    const label = text(record.title) ?? `${fileName}, clip ${i + 1}`;
    const checked = libraryClipSchema.safeParse(raw);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      result.failed.push({
        item: label,
        reason: `it is damaged in the file (${issue.path.join('.')}: ${issue.message}).`,
      });
      return;
    }
    const dropped = droppedAddress(record.url, label);
    if (dropped) result.notes.push(dropped);
    out.push(checked.data);
  });
  return out;
}

const RECOGNISED =
  'Presscut imports Pocket (ZIP, part_*.csv, ril_export.html), Instapaper (CSV), Omnivore (ZIP), Wallabag (JSON), its own backups, and .txt, .md and .html files.';

/**
 * Reads every file of one import: ZIPs are unpacked (safely), each file is
 * told apart by its content — CSV columns by name, JSON by its fields — and
 * parsed into items. A file that cannot be read fails alone, with why.
 */
export function readImportFiles(files: readonly ImportFileData[]): ReadImport {
  const result: ReadImport = { items: [], skipped: [], failed: [], notes: [], libraries: [] };
  const entries: Entry[] = [];
  for (const file of files) {
    try {
      for (const entry of expand(file)) entries.push(entry);
    } catch (error) {
      if (!(error instanceof PresscutError)) throw error;
      result.failed.push({ item: file.name, reason: error.message });
    }
  }
  const texts = new Map<Entry, string>();
  const textOf = (entry: Entry) => {
    let text = texts.get(entry);
    if (text === undefined)
      texts.set(entry, (text = decodeUtf8(entry.bytes, entry.name).replace(/^\uFEFF/, '')));
    return text;
  };
  const omnivoreMetadata: { path: string; data: unknown[]; text: string }[] = [];
  const later: Entry[] = [];
  // One by one, not spread into push: an export of hundreds of thousands of rows would overflow the call stack.
  const add = (parsed: ParsedFile) => {
    for (const key of ['items', 'skipped', 'failed', 'notes'] as const)
      for (const x of parsed[key]) (result[key] as unknown[]).push(x);
  };

  for (const entry of entries) {
    try {
      const ext = /\.([^./]+)$/.exec(entry.path)?.[1]?.toLowerCase() ?? '';
      if (ext === 'json') {
        const text = textOf(entry);
        const data = parseJson(text);
        if (data === undefined)
          throw new PresscutError('file-refused', `${entry.name} is not valid JSON.`);
        if (claimsToBeLibrary(data)) {
          const shell = libraryShellSchema.safeParse(data);
          if (!shell.success) {
            const issue = shell.error.issues[0];
            throw new PresscutError(
              'file-refused',
              `${entry.name} is a Presscut library, but a damaged one (${issue.path.join('.')}: ${issue.message}).`,
            );
          }
          result.libraries.push({
            name: entry.name,
            document: { ...shell.data, clips: readClips(shell.data.clips, entry.name, result) },
          });
        } else if (isOmnivoreMetadata(data))
          omnivoreMetadata.push({ path: entry.name, data, text });
        else if (isPocketAnnotations(data)) add(parsePocketAnnotations(data, entry.name, text));
        else if (isWallabagExport(data)) add(parseWallabag(data, entry.name));
        else
          throw new PresscutError(
            'file-refused',
            `${entry.name} is JSON, but not an export Presscut knows. ${RECOGNISED}`,
          );
      } else if (ext === 'csv') {
        const text = textOf(entry);
        const { columns } = readCsv(text.slice(0, text.indexOf('\n') + 1 || text.length));
        if (isInstapaperCsv(columns)) add(parseInstapaperCsv(text, entry.name));
        else if (isPocketCsv(columns)) add(parsePocketCsv(text, entry.name));
        else
          throw new PresscutError(
            'file-refused',
            `${entry.name} has the columns ${columns.join(', ') || '(none)'}, which are not Pocket’s or Instapaper’s.`,
          );
      } else {
        later.push(entry);
      }
    } catch (error) {
      if (!(error instanceof PresscutError)) throw error;
      result.failed.push({ item: entry.name, reason: error.message });
    }
  }

  // HTML and Markdown are Omnivore's articles and highlights when its metadata came along; else articles of their own.
  const omnivoreContent: SlugFile[] = [];
  const omnivoreHighlights: SlugFile[] = [];
  const withOmnivore = omnivoreMetadata.length > 0;
  for (const entry of later) {
    try {
      const kind = looseKind(entry.path);
      if (withOmnivore && OMNIVORE_CONTENT.test(entry.path))
        omnivoreContent.push({ path: entry.path, text: textOf(entry) });
      else if (withOmnivore && OMNIVORE_HIGHLIGHTS.test(entry.path))
        omnivoreHighlights.push({ path: entry.path, text: textOf(entry) });
      else if (kind === 'html' && isPocketHtml(textOf(entry)))
        add(parsePocketHtml(textOf(entry), entry.name));
      else if (kind) add(parseLooseFile(entry.name, textOf(entry), kind));
      else
        throw new PresscutError(
          'file-refused',
          `${entry.name} is not a file Presscut imports. ${RECOGNISED}`,
        );
    } catch (error) {
      if (!(error instanceof PresscutError)) throw error;
      result.failed.push({ item: entry.name, reason: error.message });
    }
  }
  if (withOmnivore) add(parseOmnivore(omnivoreMetadata, omnivoreContent, omnivoreHighlights));
  return result;
}
