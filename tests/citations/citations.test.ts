import { describe, expect, it } from 'vitest';
import { exportReferences, formatReferences } from '../../electron/citations/cite.ts';
import { authorsOfByline, cslItemOf } from '../../electron/citations/csl-item.ts';
import { CITATION_STYLES } from '../../electron/model/citation-styles.ts';
import type { ClipRecord } from '../../electron/model/clip.ts';

function record(fields: Partial<ClipRecord>): ClipRecord {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    pasteId: 'p',
    articleIndex: 0,
    createdAt: '2025-07-24T09:00:00.000Z',
    updatedAt: '2025-07-24T09:00:00.000Z',
    revision: 0,
    title: 'Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines',
    source: 'Reuters',
    byline: null,
    published: null,
    dateline: 'MOSCOW',
    credit: 'REUTERS',
    language: 'en',
    url: 'https://www.reuters.com/world/europe/russia-landmines-2025-07-23/',
    excerpt: '',
    wordCount: 400,
    tags: [],
    annotations: [],
    note: '',
    reading: { progress: 0, read: false, archived: false, favorite: false, openedAt: null },
    deletedAt: null,
    linkOnly: false,
    ...fields,
  };
}

const WITH_AUTHOR = record({
  byline: 'By Guy Faulconbridge',
  published: '2025-07-23T14:12:00.000Z',
});
const WITHOUT_AUTHOR = record({ id: '00000000-0000-4000-8000-000000000002' });

// What each style's manual (and CSL's reference output for these styles) gives for a news story online.
const EXPECTED = {
  apa: [
    'Faulconbridge, G. (2025, July 23). Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines. Reuters. https://www.reuters.com/world/europe/russia-landmines-2025-07-23/',
    'Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines. (n.d.). Reuters. Retrieved July 24, 2025, from https://www.reuters.com/world/europe/russia-landmines-2025-07-23/',
  ],
  chicago: [
    'Faulconbridge, Guy. 2025. “Russia Says It Has Evidence Ukraine Has Repeatedly Used Anti-Personnel Landmines.” Reuters, July 23, 2025. https://www.reuters.com/world/europe/russia-landmines-2025-07-23/.',
    'Reuters. n.d. “Russia Says It Has Evidence Ukraine Has Repeatedly Used Anti-Personnel Landmines.” Accessed July 24, 2025. https://www.reuters.com/world/europe/russia-landmines-2025-07-23/.',
  ],
  mla: [
    'Faulconbridge, Guy. “Russia Says It Has Evidence Ukraine Has Repeatedly Used Anti-Personnel Landmines.” Reuters, 23 July 2025, https://www.reuters.com/world/europe/russia-landmines-2025-07-23/.',
    '“Russia Says It Has Evidence Ukraine Has Repeatedly Used Anti-Personnel Landmines.” Reuters, https://www.reuters.com/world/europe/russia-landmines-2025-07-23/. Accessed 24 July 2025.',
  ],
  harvard: [
    'Faulconbridge, G. (2025) “Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines,” Reuters, 23 July. Available at: https://www.reuters.com/world/europe/russia-landmines-2025-07-23/ (Accessed: July 24, 2025).',
    'Reuters (no date) “Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines.” Available at: https://www.reuters.com/world/europe/russia-landmines-2025-07-23/ (Accessed: July 24, 2025).',
  ],
} as const;

describe('citations', () => {
  for (const style of CITATION_STYLES)
    it(`formats a Reuters story with and without an author in ${style}, offline`, () => {
      expect(formatReferences([WITH_AUTHOR], style)).toBe(EXPECTED[style][0]);
      expect(formatReferences([WITHOUT_AUTHOR], style)).toBe(EXPECTED[style][1]);
    });

  it('never prints “undefined” or “null”, whatever is missing', () => {
    const bare = record({
      source: null,
      credit: null,
      url: null,
      language: null,
      title: 'Untitled',
    });
    for (const style of CITATION_STYLES) {
      const text = formatReferences([bare], style);
      expect(text).toContain('Untitled');
      expect(text).not.toMatch(/undefined|null|NaN/);
    }
  });

  it('reads people out of bylines, and leaves desks, agencies and job titles out', () => {
    expect(authorsOfByline('By Olena Petrenko and Mark van der Berg')).toEqual([
      { given: 'Olena', family: 'Petrenko' },
      { given: 'Mark', family: 'Berg', 'non-dropping-particle': 'van der' },
    ]);
    expect(authorsOfByline('Reuters')).toEqual([]);
    expect(authorsOfByline('Staff Reporter')).toEqual([]);
    expect(authorsOfByline('Jane Smith, Political Editor')).toEqual([
      { given: 'Jane', family: 'Smith' },
    ]);
  });

  it('exports references for Zotero as CSL-JSON, BibTeX and RIS', () => {
    const json = JSON.parse(exportReferences([WITH_AUTHOR], 'csl-json'));
    expect(json).toEqual([cslItemOf(WITH_AUTHOR)]);
    expect(json[0]).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2025, 7, 23]] },
    });
    const bibtex = exportReferences([WITH_AUTHOR, WITHOUT_AUTHOR], 'bibtex');
    expect(bibtex).toMatch(/^@article\{Faulconbridge2025Russia,$/m);
    expect(bibtex).toMatch(/^\s*author = \{Faulconbridge, Guy\},$/m);
    expect(bibtex).toMatch(/^\s*journal = \{Reuters\},$/m);
    expect(bibtex.match(/^@article\{/gm)).toHaveLength(2);
    const ris = exportReferences([WITH_AUTHOR], 'ris');
    expect(ris.split('\n').filter((l) => /^(TY|A1|Y1|JF|UR|ER) {2}-/.test(l))).toEqual([
      'TY  - NEWS',
      'A1  - Faulconbridge, Guy',
      'Y1  - 2025/7/23/',
      'JF  - Reuters',
      'UR  - https://www.reuters.com/world/europe/russia-landmines-2025-07-23/',
      'ER  - ',
    ]);
  });
});
