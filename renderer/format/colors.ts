import type { HighlightColor, TagColor } from '../../electron/api/contract.ts';

// Keyed by the model's colour names, so a colour added in main and not here (or the reverse) does not compile.
const HIGHLIGHT: Record<HighlightColor, true> = {
  yellow: true,
  green: true,
  blue: true,
  pink: true,
  purple: true,
};
const TAG: Record<TagColor, true> = {
  gray: true,
  red: true,
  orange: true,
  yellow: true,
  green: true,
  teal: true,
  blue: true,
  purple: true,
  pink: true,
};

/** The colours in the order the pickers show them. */
export const HIGHLIGHT_COLOR_NAMES = Object.keys(HIGHLIGHT) as HighlightColor[];
export const TAG_COLOR_NAMES = Object.keys(TAG) as TagColor[];
