import type { Settings } from '../electron/api/contract.ts';

const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

const LINE_HEIGHTS: Record<Settings['readerLineHeight'], string> = {
  compact: '1.4',
  normal: '1.6',
  relaxed: '1.85',
};
const WIDTHS: Record<Settings['readerWidth'], string> = {
  narrow: '34rem',
  medium: '42rem',
  wide: '52rem',
};

/** The theme the page shows: the chosen one, or the system's light or dark when the setting follows it. */
export function effectiveTheme(theme: Settings['theme']): 'light' | 'dark' | 'sepia' {
  if (theme !== 'system') return theme;
  return systemDark.matches ? 'dark' : 'light';
}

type Appearance = Pick<
  Settings,
  'theme' | 'readerFont' | 'readerSize' | 'readerWidth' | 'readerLineHeight'
>;

/** Where the window keeps the last appearance it showed, for its next start. */
const REMEMBERED = 'presscut.appearance';
const THEMES: readonly Settings['theme'][] = ['system', 'light', 'dark', 'sepia'];
const FONTS: readonly Settings['readerFont'][] = ['serif', 'sans'];

/** Applies the theme and the reading typography to the whole page (through the CSSOM: the CSP refuses inline styles). */
export function applyAppearance(settings: Appearance): void {
  const root = document.documentElement;
  root.dataset.theme = effectiveTheme(settings.theme);
  root.style.setProperty(
    '--pc-font-reading',
    settings.readerFont === 'sans' ? 'var(--pc-font-ui)' : 'var(--pc-font-serif)',
  );
  root.style.setProperty('--pc-reading-size', `${settings.readerSize}px`);
  root.style.setProperty('--pc-reading-width', WIDTHS[settings.readerWidth]);
  root.style.setProperty('--pc-reading-line-height', LINE_HEIGHTS[settings.readerLineHeight]);
  const { theme, readerFont, readerSize, readerWidth, readerLineHeight } = settings;
  localStorage.setItem(
    REMEMBERED,
    JSON.stringify({ theme, readerFont, readerSize, readerWidth, readerLineHeight }),
  );
}

/**
 * The appearance the window last showed, to show at once on the next start:
 * main reads the settings with the library, which takes seconds for a large
 * one, and a sepia reader should not open light meanwhile. Null when none was
 * kept or what was kept is not an appearance (the settings then decide).
 */
export function rememberedAppearance(): Appearance | null {
  let kept: Partial<Record<keyof Appearance, unknown>>;
  try {
    kept = JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null') ?? {};
  } catch {
    return null;
  }
  const { theme, readerFont, readerSize, readerWidth, readerLineHeight } = kept;
  const valid =
    THEMES.includes(theme as Settings['theme']) &&
    FONTS.includes(readerFont as Settings['readerFont']) &&
    typeof readerSize === 'number' &&
    Object.hasOwn(WIDTHS, String(readerWidth)) &&
    Object.hasOwn(LINE_HEIGHTS, String(readerLineHeight));
  return valid ? (kept as Appearance) : null;
}

/** Calls back when the system switches between light and dark. */
export function onSystemThemeChange(callback: () => void): () => void {
  systemDark.addEventListener('change', callback);
  return () => systemDark.removeEventListener('change', callback);
}
