/** The citation styles and reference-manager formats Presscut offers: names only, so any layer can list them. */

/** The citation styles Presscut offers, each a CSL style citation-js holds or one bundled in `resources/csl`. */
export const CITATION_STYLES = ['apa', 'chicago', 'mla', 'harvard'] as const;
export type CitationStyle = (typeof CITATION_STYLES)[number];

/** Reference-manager formats a selection can be exported as, for Zotero and the like. */
export const CITATION_EXPORT_FORMATS = ['csl-json', 'bibtex', 'ris'] as const;
export type CitationExportFormat = (typeof CITATION_EXPORT_FORMATS)[number];
