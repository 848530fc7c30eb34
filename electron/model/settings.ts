import * as z from 'zod';
import { HIGHLIGHT_COLORS } from './colors.ts';
import { reviewPresetSchema } from './review-settings.ts';

/**
 * The person's settings, kept in the library. Every field has a default, so a
 * library written before a field existed reads as if it had the default.
 */
export const settingsSchema = z.object({
  /** Accelerator of the global shortcut that clips the clipboard from the background; empty turns it off. */
  globalShortcut: z.string().max(100).default('CommandOrControl+Shift+V'),
  /** The colour a new highlight gets: the last one the person chose. */
  highlightColor: z.enum(HIGHLIGHT_COLORS).default('yellow'),
  /** 'system' follows the operating system's light or dark mode. */
  theme: z.enum(['system', 'light', 'dark', 'sepia']).default('system'),
  readerFont: z.enum(['serif', 'sans']).default('serif'),
  /** Reading text size, in CSS pixels. */
  readerSize: z.int().min(14).max(28).default(19),
  readerWidth: z.enum(['narrow', 'medium', 'wide']).default('medium'),
  readerLineHeight: z.enum(['compact', 'normal', 'relaxed']).default('normal'),
  /** Press reviews saved under a name, to run again in one click. */
  reviewPresets: z.array(reviewPresetSchema).max(100).default([]),
  /** Where the window last saved a file (an export, a press review): the next is offered the same folder. */
  saveFolder: z.string().max(4096).default(''),
  /**
   * When a clip counts as read without the person saying so: on reaching its
   * end, or that or having had it open for about its reading time ('time');
   * on reaching its end only ('end'); never ('manual').
   */
  markRead: z.enum(['time', 'end', 'manual']).default('time'),
});
export type Settings = z.infer<typeof settingsSchema>;

type SettingsShape = typeof settingsSchema.shape;

/**
 * A change to some settings; main validates it against the schema. Built
 * without the defaults: `.partial()` would keep them, and a change of one
 * setting would reset every other to its default.
 */
export const settingsPatchSchema = z
  .object(
    Object.fromEntries(
      Object.entries(settingsSchema.shape).map(([key, field]) => [key, field.unwrap().optional()]),
    ) as {
      [K in keyof SettingsShape]: z.ZodOptional<ReturnType<SettingsShape[K]['unwrap']>>;
    },
  )
  .strict();
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export function defaultSettings(): Settings {
  return settingsSchema.parse({});
}
