import * as z from 'zod';
import type { Block, InlineMark, RemovedPart } from './article.ts';

/** Only these schemes may reach a stored link: nothing that runs or loads in the app. */
export const SAFE_LINK = /^(https?:|mailto:)/i;

export const inlineMarkSchema: z.ZodType<InlineMark> = z
  .object({
    kind: z.enum(['em', 'strong', 'code', 'link']),
    start: z.int().nonnegative(),
    end: z.int().nonnegative(),
    href: z.string().max(4096).regex(SAFE_LINK, 'a link must be http(s) or mailto').optional(),
  })
  .refine((m) => m.end >= m.start, 'a mark must end after it starts');

export const blockSchema: z.ZodType<Block> = z.object({
  type: z.enum([
    'paragraph',
    'heading',
    'list-item',
    'quote',
    'caption',
    'preformatted',
    'code',
    'table',
    'image',
  ]),
  text: z.string().max(1_000_000),
  marks: z.array(inlineMarkSchema).optional(),
  level: z.int().min(1).max(6).optional(),
  ordered: z.boolean().optional(),
  src: z
    .string()
    .regex(
      /^data:image\/(png|jpeg|gif|webp|avif);base64,/i,
      'an image must be an inline raster data: URL',
    )
    .max(1_000_000)
    .optional(),
  headerRows: z.int().min(1).max(100_000).optional(),
  language: z
    .string()
    .max(40)
    .regex(/^[\w+#.-]+$/, 'a code language is one word')
    .optional(),
});

export const removedPartSchema: z.ZodType<RemovedPart> = z.object({
  text: z.string(),
  reason: z.string(),
  before: z.int().nonnegative(),
});
