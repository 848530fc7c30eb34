import * as z from 'zod';
import { tagInfoSchema } from '../library/index-schema.ts';
import { clipBodySchema, clipRecordSchema } from '../model/clip.ts';
import { settingsSchema } from '../model/settings.ts';

export const LIBRARY_DOCUMENT_FORMAT = 'presscut-library';
/** The name of the JSON inside a zipped backup. */
export const BACKUP_ENTRY = 'presscut-library.json';

/**
 * The whole library as one JSON document: every clip (deleted ones too) with
 * its record and text, every original paste, tag colours and settings.
 * Importing it into an empty library gives the same library back.
 */
export const libraryClipSchema = z.object({ record: clipRecordSchema, body: clipBodySchema });

export const libraryDocumentSchema = z.object({
  format: z.literal(LIBRARY_DOCUMENT_FORMAT),
  formatVersion: z.literal(1),
  exportedAt: z.iso.datetime(),
  settings: settingsSchema,
  tags: z.record(z.string(), tagInfoSchema),
  clips: z.array(libraryClipSchema),
  pastes: z.record(z.string(), z.object({ text: z.string(), html: z.string().optional() })),
});
export type LibraryDocument = z.infer<typeof libraryDocumentSchema>;

/** The document around its clips, which are read one by one: one bad clip is left out, not the whole file. */
export const libraryShellSchema = libraryDocumentSchema.extend({ clips: z.array(z.unknown()) });

/** Whether parsed JSON says it is a Presscut library, whatever else is wrong with it. */
export function claimsToBeLibrary(data: unknown): boolean {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as { format?: unknown }).format === LIBRARY_DOCUMENT_FORMAT
  );
}
