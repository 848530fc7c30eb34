import * as z from 'zod';
import { blockSchema } from '../model/article-schema.ts';
import { annotationSchema, readingStateSchema } from '../model/clip.ts';
import { HIGHLIGHT_COLORS, TAG_COLORS } from '../model/colors.ts';
import { settingsPatchSchema } from '../model/settings.ts';
import { CITATION_STYLES } from '../model/citation-styles.ts';
import { REVIEW_FORMATS } from '../model/review-formats.ts';
import { reviewSettingsSchema } from '../model/review-settings.ts';
import { IMPORT_LIMITS, megabytes } from '../transfer/limits.ts';
import { MAX_FILE_BYTES } from '../../common/limits.ts';
import { EXPORT_FORMATS, type ArgsOf, type MethodName } from './contract.ts';
import { firstScreenSchemas, tagName } from './first-screen-schemas.ts';

const MAX_PASTE = 50 * 1024 * 1024;

const clipId = z.string().regex(/^[0-9a-f-]{36}$/, 'expected a clip id');
const pasteSchema = z.object({
  text: z.string().max(MAX_PASTE, 'the paste is over 50 MB'),
  html: z.string().max(MAX_PASTE, 'the paste is over 50 MB').optional(),
});
const annotationId = z.string().min(1).max(100);
const tagList = z.array(tagName).max(100);
const note = z.string().max(100_000, 'a note can be at most 100,000 characters');
const highlightColor = z.enum(HIGHLIGHT_COLORS);

const articleChoice = z.object({
  index: z.int().nonnegative(),
  title: z.string().trim().min(1, 'a title cannot be empty').max(1000).optional(),
  source: z.string().trim().max(200).nullable().optional(),
  completes: clipId.optional(),
});
const importFile = z.object({
  name: z.string().trim().min(1).max(1000),
  bytes: z
    .instanceof(Uint8Array)
    .refine(
      (b) => b.byteLength <= IMPORT_LIMITS.fileBytes,
      `a file to import can be at most ${megabytes(IMPORT_LIMITS.fileBytes)}`,
    ),
});
const exportSelection = z
  .object({
    ids: z.array(clipId).min(1).max(100_000).optional(),
    tag: tagName.optional(),
    query: z.string().max(1000).optional(),
    unread: z.boolean().optional(),
  })
  .strict();

/**
 * What main accepts for each method's arguments: the renderer is untrusted.
 * Typed against the contract, so a schema that lets through the wrong shape does not compile.
 */
export const argumentSchemas = {
  ...firstScreenSchemas,
  getClip: z.tuple([clipId]),
  getOriginal: z.tuple([clipId]),
  previewPaste: z.tuple([pasteSchema]),
  savePreview: z.tuple([
    z
      .object({
        previewId: z.uuid('expected a preview id'),
        articles: z.array(articleChoice).min(1, 'choose at least one article').max(500).optional(),
      })
      .strict(),
  ]),
  clipPaste: z.tuple([
    z.object({
      paste: pasteSchema,
      clippedAt: z.iso.datetime().optional(),
      articles: z.array(articleChoice).min(1, 'choose at least one article').max(500).optional(),
    }),
  ]),
  deleteClip: z.tuple([clipId]),
  restoreClip: z.tuple([clipId]),
  openLink: z.tuple([
    z.url({ protocol: /^(https?|mailto)$/, error: 'only http(s) and mailto links open' }).max(4096),
  ]),
  listTags: z.tuple([]),
  tagClips: z.tuple([
    z.array(clipId).min(1, 'choose at least one clip').max(100_000),
    z.object({ add: tagList.optional(), remove: tagList.optional() }).strict(),
  ]),
  renameTag: z.tuple([tagName, tagName]),
  deleteTag: z.tuple([tagName]),
  setTagColor: z.tuple([tagName, z.enum(TAG_COLORS).nullable()]),
  suggestTags: z.tuple([clipId]),
  addAnnotation: z.tuple([
    clipId,
    z
      .object({
        start: z.int().nonnegative(),
        end: z.int().positive(),
        color: highlightColor,
        note: note.optional(),
      })
      .strict()
      .refine((a) => a.end > a.start, 'a highlight must end after it starts'),
  ]),
  updateAnnotation: z.tuple([
    clipId,
    annotationId,
    z.object({ color: highlightColor.optional(), note: note.optional() }).strict(),
  ]),
  deleteAnnotation: z.tuple([clipId, annotationId]),
  restoreAnnotation: z.tuple([clipId, annotationSchema]),
  setClipNote: z.tuple([clipId, note]),
  listAnnotations: z.tuple([
    z.object({ text: z.string().max(1000).optional(), tags: tagList.optional() }).strict(),
  ]),
  updateClip: z.tuple([
    clipId,
    z
      .object({
        title: z.string().trim().min(1, 'a title cannot be empty').max(1000).optional(),
        source: z.string().trim().max(200).nullable().optional(),
        blocks: z.array(blockSchema).max(20_000).optional(),
      })
      .strict(),
  ]),
  restoreRemovedPart: z.tuple([clipId, z.int().nonnegative()]),
  recleanClip: z.tuple([clipId]),
  setReadingState: z.tuple([
    clipId,
    readingStateSchema
      .partial()
      .strict()
      .refine(
        (patch) => Object.keys(patch).length > 0,
        'give at least one of progress, read, archived, favorite, openedAt',
      ),
  ]),
  updateSettings: z.tuple([settingsPatchSchema]),
  clipFiles: z.tuple([
    z
      .array(
        z.object({
          name: z
            .string()
            .min(1, 'a file needs a name')
            .max(255, 'a file name is at most 255 characters'),
          // Characters never outnumber bytes: a file within the limit always passes; the byte count is checked when it is clipped.
          content: z
            .string()
            .max(MAX_FILE_BYTES, `a file is at most ${MAX_FILE_BYTES / 1024 / 1024} MB`),
        }),
      )
      .min(1, 'choose at least one file')
      .max(100, 'clip at most 100 files at once'),
  ]),
  getShortcutStatus: z.tuple([]),
  importFiles: z.tuple([
    z
      .array(importFile)
      .min(1, 'choose at least one file')
      .max(
        IMPORT_LIMITS.files,
        `import at most ${IMPORT_LIMITS.files.toLocaleString('en')} files at once`,
      )
      .refine(
        (files) => files.reduce((n, f) => n + f.bytes.byteLength, 0) <= IMPORT_LIMITS.unzippedBytes,
        `files to import can hold at most ${megabytes(IMPORT_LIMITS.unzippedBytes)} together`,
      ),
  ]),
  exportClips: z.tuple([
    z
      .object({
        format: z.enum(EXPORT_FORMATS),
        selection: exportSelection,
      })
      .strict(),
  ]),
  getLibraryRecovery: z.tuple([]),
  previewReview: z.tuple([reviewSettingsSchema]),
  exportReview: z.tuple([reviewSettingsSchema, z.enum(REVIEW_FORMATS)]),
  citeClips: z.tuple([
    z.array(clipId).min(1, 'choose at least one clip').max(5000),
    z.enum(CITATION_STYLES),
  ]),
  cancelTask: z.tuple([z.uuid('expected a task id')]),
} satisfies { [K in MethodName]: z.ZodType<ArgsOf<K>> };
