import * as z from 'zod';
import { MAX_TAG_LENGTH } from '../../common/tag-names.ts';
import { CITATION_STYLES } from './citation-styles.ts';

const clipId = z.string().regex(/^[0-9a-f-]{36}$/, 'expected a clip id');
const day = z.iso.date();

/** "24h", "7d", "2w": a period counted back from when the review is made. */
export const SINCE = /^(\d{1,4})\s*([hdw])$/;

/** Which clips a review takes: those matching everything given. */
export const reviewSelectionSchema = z
  .object({
    tag: z
      .string()
      .max(MAX_TAG_LENGTH * 4, 'a tag name is too long')
      .optional(),
    /** A search in the search box's language: a saved search is one of these. */
    query: z.string().max(1000).optional(),
    /** The clips chosen in the list. */
    ids: z.array(clipId).min(1).max(5000).optional(),
    since: z.string().regex(SINCE, 'write a period as 24h, 7d or 2w').optional(),
    from: day.optional(),
    to: day.optional(),
  })
  .strict();
export type ReviewSelection = z.infer<typeof reviewSelectionSchema>;

export const REVIEW_GROUPINGS = ['outlet', 'tag', 'day', 'none', 'manual'] as const;
export type ReviewGrouping = (typeof REVIEW_GROUPINGS)[number];

/** What of a clip's text goes in: nothing but its headline and details, its highlights and notes, its opening, or all of it. */
export const REVIEW_BODIES = ['none', 'highlights', 'excerpt', 'full'] as const;
export type ReviewBody = (typeof REVIEW_BODIES)[number];

export const reviewFieldsSchema = z
  .object({
    outlet: z.boolean().default(true),
    byline: z.boolean().default(true),
    date: z.boolean().default(true),
    link: z.boolean().default(true),
  })
  .strict();

/** Everything a press review is made from; a preset is these under a name. */
export const reviewSettingsSchema = z
  .object({
    title: z.string().trim().max(300).default('Press review'),
    organisation: z.string().trim().max(300).default(''),
    /** Shown on the cover as written; empty gives the span of the clips' dates. */
    period: z.string().trim().max(300).default(''),
    introduction: z.string().max(20_000).default(''),
    selection: reviewSelectionSchema.default({}),
    group: z.enum(REVIEW_GROUPINGS).default('outlet'),
    /** Grouped by hand: the stories' keys (their first clip's id) in the order chosen; others follow, newest first. */
    order: z.array(clipId).max(5000).default([]),
    fields: reviewFieldsSchema.default({ outlet: true, byline: true, date: true, link: true }),
    body: z.enum(REVIEW_BODIES).default('highlights'),
    /** A clip's own choice of body, over the review's. */
    bodies: z.record(clipId, z.enum(REVIEW_BODIES)).default({}),
    /** A comment under a story, by its key. */
    comments: z.record(clipId, z.string().max(5000)).default({}),
    /** The coverage page: counts and charts. */
    coverage: z.boolean().default(true),
    /** A reference list at the end, in this style. */
    references: z.enum(CITATION_STYLES).nullable().default(null),
  })
  .strict();
export type ReviewSettings = z.infer<typeof reviewSettingsSchema>;
export type ReviewSettingsInput = z.input<typeof reviewSettingsSchema>;

export function defaultReviewSettings(): ReviewSettings {
  return reviewSettingsSchema.parse({});
}

/** A review's settings under a name, to run again: what a person sends every morning. */
export const reviewPresetSchema = z
  .object({
    name: z.string().trim().min(1, 'a preset needs a name').max(100),
    settings: reviewSettingsSchema,
  })
  .strict();
export type ReviewPreset = z.infer<typeof reviewPresetSchema>;
