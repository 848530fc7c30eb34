import { z } from 'zod';
import { settingsPatchSchema } from '../model/settings.ts';
import type { ArgsOf, MethodName } from './contract.ts';

const MAX_PASTE = 50 * 1024 * 1024;

const clipId = z.string().regex(/^[0-9a-f-]{36}$/, 'expected a clip id');
const pasteSchema = z.object({
  text: z.string().max(MAX_PASTE, 'the paste is over 50 MB'),
  html: z.string().max(MAX_PASTE, 'the paste is over 50 MB').optional(),
});
const articleChoice = z.object({
  index: z.int().nonnegative(),
  title: z.string().trim().min(1, 'a title cannot be empty').max(1000).optional(),
  source: z.string().trim().max(200).nullable().optional(),
});

/**
 * What main accepts for each method's arguments: the renderer is untrusted.
 * Typed against the contract, so a schema that lets through the wrong shape does not compile.
 */
export const argumentSchemas = {
  listClips: z.tuple([]),
  getClip: z.tuple([clipId]),
  getOriginal: z.tuple([clipId]),
  previewPaste: z.tuple([pasteSchema]),
  clipPaste: z.tuple([
    z.object({
      paste: pasteSchema,
      clippedAt: z.iso.datetime().optional(),
      articles: z.array(articleChoice).min(1, 'choose at least one article').max(500).optional(),
    }),
  ]),
  deleteClip: z.tuple([clipId]),
  restoreClip: z.tuple([clipId]),
  openLink: z.tuple([z.url({ protocol: /^(https?|mailto)$/, error: 'only http(s) and mailto links open' }).max(4096)]),
  getSettings: z.tuple([]),
  updateSettings: z.tuple([settingsPatchSchema]),
} satisfies { [K in MethodName]: z.ZodType<ArgsOf<K>> };
