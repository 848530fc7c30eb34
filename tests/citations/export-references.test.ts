import { describe, expect, it } from 'vitest';
import { fillReviewLibrary } from '../helpers/review-library.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

describe('exporting references', () => {
  const library = useTestLibrary();

  it('writes the selected clips as RIS, BibTeX or CSL-JSON for a reference manager', async () => {
    const { yesterday, lastWeek } = await fillReviewLibrary(library.store);
    const ids = [yesterday.id, lastWeek.id];
    const ris = await library.service.exportClips({ format: 'ris', selection: { ids } });
    expect(ris).toMatchObject({ mediaType: 'application/x-research-info-systems', clips: 2 });
    expect(ris.name).toMatch(/^presscut-references-\d{4}-\d{2}-\d{2}\.ris$/);
    const text = new TextDecoder().decode(ris.bytes);
    expect(text.match(/^TY {2}- NEWS$/gm)).toHaveLength(2);
    expect(text).toContain('A1  - Petrenko, Olena');
    expect(text).toContain('A1  - van der Berg, Mark');

    const bib = await library.service.exportClips({
      format: 'bibtex',
      selection: { tag: 'Energy' },
    });
    expect(bib.name).toMatch(/\.bib$/);
    expect(new TextDecoder().decode(bib.bytes)).toMatch(
      /title = \{Heatwave strains \{Europe\}\\textquoteright\{\}s power grids\}/,
    );

    const json = await library.service.exportClips({
      format: 'csl-json',
      selection: { ids: [yesterday.id] },
    });
    expect(JSON.parse(new TextDecoder().decode(json.bytes))).toMatchObject([
      {
        title: 'Grain corridor talks resume in Istanbul',
        'container-title': 'The Kyiv Independent',
        URL: 'https://kyivindependent.com/grain-talks',
      },
    ]);
  });
});
