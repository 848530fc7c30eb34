import type { CitationStyle } from '../../electron/api/contract.ts';

/** The citation styles a clip can be copied in, as the menus name them. */
export const CITATION_STYLES: readonly { style: CitationStyle; label: string }[] = [
  { style: 'apa', label: 'APA' },
  { style: 'chicago', label: 'Chicago' },
  { style: 'mla', label: 'MLA' },
  { style: 'harvard', label: 'Harvard' },
];
