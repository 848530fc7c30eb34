import { readFileSync } from 'node:fs';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { ClipRecord } from '../model/clip.ts';
import { cslItemOf, type CslItem } from './csl-item.ts';
import type { CitationExportFormat, CitationStyle } from '../model/citation-styles.ts';

const TEMPLATES: Record<CitationStyle, string> = {
  apa: 'apa',
  harvard: 'harvard1',
  chicago: 'chicago-author-date',
  mla: 'modern-language-association',
};
const BUNDLED = ['chicago-author-date', 'modern-language-association'];
const STYLES_DIR = new URL('../../resources/csl/', import.meta.url);

/** Registers the bundled styles once: nothing is fetched, ever. */
function registerStyles(): void {
  const { styles } = plugins.config.get('@csl');
  for (const name of BUNDLED)
    if (!styles.has(name))
      styles.add(name, readFileSync(new URL(`${name}.csl`, STYLES_DIR), 'utf8'));
}

/**
 * A reference list of the clips in a style: one entry a line (text) or a
 * `csl-bib-body` of `csl-entry` divisions (HTML), in the style's order.
 * Missing metadata gives the style's own fallbacks ("n.d.", the title in the
 * author's place).
 */
export function formatReferences(
  records: readonly ClipRecord[],
  style: CitationStyle,
  format: 'text' | 'html' = 'text',
): string {
  registerStyles();
  return new Cite(records.map(cslItemOf))
    .format('bibliography', { format, template: TEMPLATES[style], lang: 'en-US' })
    .trim();
}

/** The clips as a file for a reference manager: CSL-JSON, BibTeX or RIS. */
export function exportReferences(
  records: readonly ClipRecord[],
  format: CitationExportFormat,
): string {
  const items = records.map(cslItemOf);
  switch (format) {
    case 'csl-json':
      return `${JSON.stringify(items, null, 2)}\n`;
    case 'bibtex':
      return endWithNewline(new Cite(items).format('bibtex', { format: 'text' }));
    case 'ris':
      return endWithNewline(
        new Cite(items.map(withParticlesInFamily)).format('ris', {
          format: 'text',
          spec: 'old',
        }),
      );
  }
}

/** One newline at the end; a line's own trailing space stays (RIS ends a record with `ER  - `). */
function endWithNewline(text: string): string {
  return `${text.replace(/^\n+/, '').replace(/\n*$/, '')}\n`;
}

/** "van der Berg, Mark", as RIS readers file the name: citation-js's RIS writer drops a name's particle. */
function withParticlesInFamily(item: CslItem): CslItem {
  return {
    ...item,
    author: item.author?.map((name) =>
      'family' in name && name['non-dropping-particle']
        ? { given: name.given, family: `${name['non-dropping-particle']} ${name.family}` }
        : name,
    ),
  };
}
