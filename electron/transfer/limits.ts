import { MAX_IMPORT_FILE_BYTES } from '../../common/limits.ts';

/** How much an import may hold: enough for any real export, little enough to keep a hostile file from exhausting memory. */
export const IMPORT_LIMITS = {
  /** One file, as read from disk or sent by the window; refused by its size before it is read. */
  fileBytes: MAX_IMPORT_FILE_BYTES,
  /** Everything unpacked from one ZIP. */
  unzippedBytes: 1024 * 1024 * 1024,
  /** One file inside a ZIP, unpacked. */
  entryBytes: 200 * 1024 * 1024,
  /** Unpacked bytes per packed byte, once an entry is past `ratioFloorBytes`: text packs 5–20 to 1, a zip bomb thousands to 1. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
  entries: 100_000,
  /** Files one import takes (a folder of loose files). */
  files: 20_000,
} as const;

export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
