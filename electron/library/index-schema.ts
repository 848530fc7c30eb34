import * as z from 'zod';
import { isPrototypeKey } from '../../common/prototype-keys.ts';
import { clipRecordSchema } from '../model/clip.ts';
import { TAG_COLORS } from '../model/colors.ts';
import { defaultSettings, settingsSchema } from '../model/settings.ts';

/** Bump with a migration step in migrate.ts whenever the index's shape changes. */
export const SCHEMA_VERSION = 1;

export const tagInfoSchema = z.object({ color: z.enum(TAG_COLORS) });

/** A clip id or tag name as a key of the index: never one every object already has, which would be dropped. */
export const keySchema = z.string().refine((key) => !isPrototypeKey(key), {
  message: 'a name every object already has is not a clip id or tag name',
});
export type TagInfo = z.infer<typeof tagInfoSchema>;

// The clips last, as the file is written: what the first screen needs besides them is read from the file's start (index-head.ts).
export const libraryIndexSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Sequence number of the last journal entry folded into this file. */
  seq: z.int().nonnegative(),
  tags: z.record(keySchema, tagInfoSchema),
  settings: settingsSchema.default(defaultSettings),
  clips: z.record(keySchema, clipRecordSchema),
});
export type LibraryIndex = z.infer<typeof libraryIndexSchema>;

export function emptyIndex(): LibraryIndex {
  return {
    schemaVersion: SCHEMA_VERSION,
    seq: 0,
    tags: {},
    settings: defaultSettings(),
    clips: {},
  };
}

/** One change to the index, appended to the journal before it is acknowledged. */
export const journalEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    seq: z.int().positive(),
    kind: z.literal('clip'),
    id: keySchema,
    value: clipRecordSchema.nullable(),
  }),
  z.object({
    seq: z.int().positive(),
    kind: z.literal('tag'),
    name: keySchema,
    value: tagInfoSchema.nullable(),
  }),
  z.object({ seq: z.int().positive(), kind: z.literal('settings'), value: settingsSchema }),
]);
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type JournalChange = JournalEntry extends infer E
  ? E extends JournalEntry
    ? Omit<E, 'seq'>
    : never
  : never;

export function applyEntry(index: LibraryIndex, entry: JournalChange): void {
  switch (entry.kind) {
    case 'clip':
      if (entry.value) index.clips[entry.id] = entry.value;
      else delete index.clips[entry.id];
      break;
    case 'tag':
      if (entry.value) index.tags[entry.name] = entry.value;
      else delete index.tags[entry.name];
      break;
    case 'settings':
      index.settings = entry.value;
      break;
  }
}
