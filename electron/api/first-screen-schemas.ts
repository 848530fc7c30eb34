import * as z from 'zod';
import { MAX_TAG_LENGTH } from '../../common/tag-names.ts';
import { MAX_WINDOW, SHELVES, type ArgsOf, type MethodName } from './contract.ts';

export const tagName = z.string().max(MAX_TAG_LENGTH * 4, 'a tag name is too long');

const clipQuery = {
  shelf: z.enum(SHELVES),
  tags: z.array(tagName).max(100).optional(),
  search: z.string().max(1000, 'a search can be at most 1,000 characters').optional(),
  order: z.enum(['score', 'newest']).optional(),
};

/**
 * The arguments of what the window asks as it opens (its list, counts and
 * settings) and of a search: checked before the other methods' schemas
 * (`argument-schemas.ts`) are even made, which takes a while, so that the
 * first screen does not wait for them.
 */
export const firstScreenSchemas = {
  listWindow: z.tuple([
    z
      .object({
        ...clipQuery,
        offset: z.int().nonnegative(),
        limit: z.int().min(1).max(MAX_WINDOW, `a window holds at most ${MAX_WINDOW} clips`),
      })
      .strict(),
  ]),
  listClipIds: z.tuple([
    z.object(clipQuery).strict(),
    z
      .object({ offset: z.int().nonnegative(), limit: z.int().positive().optional() })
      .strict()
      .optional(),
  ]),
  countClips: z.tuple([]),
  searchClips: z.tuple([
    z.string().max(1000, 'a search can be at most 1,000 characters'),
    z
      .object({
        limit: z.int().min(1).max(100_000).optional(),
        offset: z.int().nonnegative().optional(),
      })
      .strict()
      .optional(),
  ]),
  getSettings: z.tuple([]),
} satisfies Partial<{ [K in MethodName]: z.ZodType<ArgsOf<K>> }>;
