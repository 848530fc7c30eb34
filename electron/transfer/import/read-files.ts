import type { ImportFileData } from '../../api/contract.ts';
import { PresscutError } from '../../../common/errors.ts';
import {
  claimsToBeLibrary,
  libraryDocumentSchema,
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
  attachPocketHighlights,
  isPocketAnnotations,
  isPocketCsv,
  isPocketHtml,
  parsePocketAnnotations,
  parsePocketCsv,
  parsePocketHtml,
  type PocketAnnotated,
} from './pocket.ts';
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

const RECOGNISED =
  'Presscut imports Pocket (ZIP, part_*.csv, ril_export.html), Instapaper (CSV), Omnivore (ZIP), Wallabag (JSON), its own backups, and .txt, .md and .html files.';

/**
 * Reads every file of one import: ZIPs are unpacked (safely), each file is
 * told apart by its content — CSV columns by name, JSON by its fields — and
 * parsed into items. A file that cannot be read fails alone, with why.
 */
export function readImportFiles(files: readonly ImportFileData[]): ReadImport {
  const result: ReadImport = { items: [], skipped: [], failed: [], libraries: [] };
  const entries: Entry[] = [];
  for (const file of files) {
    try {
      entries.push(...expand(file));
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
  const pocketAnnotations: { name: string; text: string; annotated: PocketAnnotated[] }[] = [];
  const later: Entry[] = [];
  const add = (parsed: ParsedFile) => {
    result.items.push(...parsed.items);
    result.skipped.push(...parsed.skipped);
    result.failed.push(...parsed.failed);
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
          const checked = libraryDocumentSchema.safeParse(data);
          if (!checked.success) {
            const issue = checked.error.issues[0];
            throw new PresscutError(
              'file-refused',
              `${entry.name} is a Presscut library, but a damaged one (${issue.path.join('.')}: ${issue.message}).`,
            );
          }
          result.libraries.push({ name: entry.name, document: checked.data });
        } else if (isOmnivoreMetadata(data))
          omnivoreMetadata.push({ path: entry.name, data, text });
        else if (isPocketAnnotations(data))
          pocketAnnotations.push({
            name: entry.name,
            text,
            annotated: parsePocketAnnotations(data),
          });
        else if (isWallabagExport(data)) add(parseWallabag(data, entry.name));
        else
          throw new PresscutError(
            'file-refused',
            `${entry.name} is JSON, but not an export Presscut knows. ${RECOGNISED}`,
          );
      } else if (ext === 'csv') {
        const text = textOf(entry);
        const { columns } = readCsv(text.slice(0, 4096));
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
  for (const { name, text, annotated } of pocketAnnotations)
    result.items = attachPocketHighlights(result.items, annotated, name, text);
  return result;
}
