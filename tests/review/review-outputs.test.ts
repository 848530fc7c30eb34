import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeReview } from '../../electron/review/review-output.ts';
import { reviewSettingsSchema } from '../../electron/model/review-settings.ts';
import { fillReviewLibrary, type ReviewLibrary } from '../helpers/review-library.ts';
import { useTestLibrary } from '../helpers/test-library.ts';

const run = promisify(execFile);
const NOW = new Date('2025-07-24T10:00:00Z');
/** Debian's python3-docx, a second reader of Word files (`apt-get install python3-docx`). */
const PYTHON = '/usr/bin/python3';

describe('a press review’s files', () => {
  const library = useTestLibrary();
  let clips: ReviewLibrary;
  beforeEach(async () => {
    clips = await fillReviewLibrary(library.store);
  });
  const settings = () =>
    reviewSettingsSchema.parse({
      title: 'Morning review',
      organisation: 'Ministry of Examples',
      introduction: 'What the papers said overnight.',
      selection: { since: '7d' },
      group: 'tag',
      comments: { [clips.yesterday.id]: 'Our minister is quoted.' },
      references: 'chicago',
    });
  const write = (format: 'html' | 'markdown' | 'docx') =>
    writeReview(library.store, settings(), format, { find: async () => [], now: NOW });

  it('is a web page that loads nothing and runs nothing, fonts and charts inline', async () => {
    const file = await write('html');
    expect(file).toMatchObject({
      name: 'Morning review 2025-07-24.html',
      mediaType: 'text/html',
      stories: 5,
      clips: 6,
    });
    const html = new TextDecoder().decode(file.bytes);
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script, link, iframe, object, embed, [srcset]')).toHaveLength(
      0,
    );
    for (const element of document.querySelectorAll('[src]'))
      expect(element.getAttribute('src')).toMatch(/^data:/);
    for (const element of document.querySelectorAll('*'))
      for (const attribute of element.attributes) expect(attribute.name).not.toMatch(/^on/);
    // Every url() in the styles is inline.
    expect([...html.matchAll(/url\(([^)]{0,20})/g)].every(([, u]) => u.startsWith('data:'))).toBe(
      true,
    );
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect(html).toMatch(/font-family: 'Literata'/);
    expect(document.querySelectorAll('.coverage svg')).toHaveLength(2);
    expect(document.querySelector('.cover h1')?.textContent).toBe('Morning review');
    expect([...document.querySelectorAll('main h2')].map((h) => h.textContent)).toEqual([
      'Ukraine',
      'Asia',
    ]);
    const pickup = [...document.querySelectorAll('article.story')].find((a) =>
      a.textContent.includes('Also ran in'),
    );
    expect(pickup?.querySelector('h3')?.textContent).toBe(
      'Thai envoy recalled as Cambodia border row deepens',
    );
    expect(pickup?.querySelector('.pickups')?.textContent).toBe(
      'Also ran in: Business Times (24 July 2025)',
    );
    expect(document.querySelector('.comment')?.textContent).toBe('Our minister is quoted.');
    expect(document.querySelector('blockquote.hl-yellow')?.textContent).toContain(
      'stalled contacts over shipping insurance',
    );
    expect(document.querySelectorAll('.references li')).toHaveLength(5);
    expect(document.querySelector('.references li i')?.textContent).toBeTruthy();
  });

  it('is Markdown to paste into an email', async () => {
    const markdown = new TextDecoder().decode((await write('markdown')).bytes);
    expect(markdown).toMatch(/^# Morning review\n\nMinistry of Examples · 23\s?–\s?24 July 2025\n/);
    expect(markdown).toContain('## Coverage at a glance');
    expect(markdown).toContain(
      '**Clips per outlet:** Straits Times (2), Bangkok Post (1), Business Times (1), REUTERS (1), The Kyiv Independent (1)',
    );
    expect(markdown).toContain(
      '### Thai envoy recalled as Cambodia border row deepens\n\n_Bangkok Post · Reuters · 24 July 2025 · <https://www.bangkokpost.com/thailand/general/envoy>_',
    );
    expect(markdown).toContain('**Also ran in:** Business Times (24 July 2025)');
    expect(markdown).toContain('**Comment:** Our minister is quoted.');
    expect(markdown).toContain(
      '> stalled contacts over shipping insurance\n>\n> The insurance question is ours.',
    );
    expect(markdown).toContain('## References');
    expect(markdown).not.toMatch(/undefined|\[object/);
  });

  it.skipIf(!existsSync(PYTHON))(
    'is a Word document whose headings a second reader finds',
    async () => {
      const file = await write('docx');
      const docx = path.join(library.dir, 'review.docx');
      await writeFile(docx, file.bytes);
      const script = `import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({
  "headings": [[p.style.name, p.text] for p in d.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"],
  "header": d.sections[0].header.paragraphs[0].text,
  "toc": "TOC" in d.element.body.xml,
  "broken": [p.text for p in d.paragraphs if "<w:br/>" in p._p.xml],
}))`;
      const { stdout } = await run(PYTHON, ['-c', script, docx]).catch((error: Error) => {
        throw new Error(
          `python3-docx could not read the document (apt-get install python3-docx): ${error.message}`,
        );
      });
      const read = JSON.parse(stdout) as {
        headings: [string, string][];
        header: string;
        toc: boolean;
        broken: string[];
      };
      expect(read.toc).toBe(true);
      // A line break the page had is a break in Word, not a newline inside a run that Word shows as a space.
      expect(read.broken).toContain('BANGKOK - Reuters\nFiled from the border');
      expect(read.header).toBe('Morning review · Ministry of Examples');
      expect(read.headings).toEqual([
        ['Title', 'Morning review'],
        ['Heading 1', 'Contents'],
        ['Heading 1', 'Coverage at a glance'],
        ['Heading 3', 'Clips per outlet'],
        ['Heading 3', 'Clips per day'],
        ['Heading 3', 'Tags covered'],
        ['Heading 1', 'Introduction'],
        ['Heading 1', 'Ukraine'],
        [
          'Heading 2',
          'Russia says it has evidence Ukraine has repeatedly used anti-personnel landmines',
        ],
        ['Heading 2', "Explainer: Zelensky's move against Ukraine's anti-corruption agencies"],
        ['Heading 2', 'Suspect linked to Russian language cybercrime forum arrested in Ukraine'],
        ['Heading 2', 'Grain corridor talks resume in Istanbul'],
        ['Heading 1', 'Asia'],
        ['Heading 2', 'Thai envoy recalled as Cambodia border row deepens'],
        ['Heading 1', 'References'],
      ]);
    },
  );
});
