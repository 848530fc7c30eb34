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

/** Applies the theme and the reading typography to the whole page (through the CSSOM: the CSP refuses inline styles). */
export function applyAppearance(
  settings: Pick<
    Settings,
    'theme' | 'readerFont' | 'readerSize' | 'readerWidth' | 'readerLineHeight'
  >,
): void {
  const root = document.documentElement;
  root.dataset.theme = effectiveTheme(settings.theme);
  root.style.setProperty(
    '--pc-font-reading',
    settings.readerFont === 'sans' ? 'var(--pc-font-ui)' : 'var(--pc-font-serif)',
  );
  root.style.setProperty('--pc-reading-size', `${settings.readerSize}px`);
  root.style.setProperty('--pc-reading-width', WIDTHS[settings.readerWidth]);
  root.style.setProperty('--pc-reading-line-height', LINE_HEIGHTS[settings.readerLineHeight]);
}

/** Calls back when the system switches between light and dark. */
export function onSystemThemeChange(callback: () => void): () => void {
  systemDark.addEventListener('change', callback);
  return () => systemDark.removeEventListener('change', callback);
}
