import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LibraryStore } from '../../electron/library/store.ts';
import { reviewSettingsSchema } from '../../electron/model/review-settings.ts';
import { fillReviewLibrary } from '../helpers/review-library.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const cli = (...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args], {
    cwd: ROOT,
    timeout: 150_000,
  });
const CHROMIUM = process.env.PRESSCUT_CHROMIUM ?? '/usr/bin/chromium';

let dir: string;
let library: string;
let remove: () => Promise<void>;
beforeAll(async () => {
  ({ dir, remove } = await tempDir());
  library = path.join(dir, 'lib');
  const store = await LibraryStore.open(library);
  await fillReviewLibrary(store);
  await store.updateSettings({
    reviewPresets: [
      {
        name: 'Morning review',
        settings: reviewSettingsSchema.parse({
          title: 'Morning review',
          selection: { tag: 'Asia', from: '2025-07-01' },
          group: 'outlet',
          body: 'highlights',
        }),
      },
    ],
  });
  await store.close();
});
afterAll(() => remove());

it(
  'writes a review of a tag as Markdown, and runs a preset by name',
  { timeout: 120_000 },
  async () => {
    const out = path.join(dir, 'review.md');
    // The library's clips are from July 2025: a period back from today finds none of them.
    await expect(
      cli(
        'review',
        '--library',
        library,
        '--tag',
        'Ukraine',
        '--since',
        '24h',
        '--format',
        'md',
        '--out',
        out,
      ),
    ).rejects.toMatchObject({
      code: 2,
      stderr:
        'presscut review: No clip matches this review’s choice of clips: nothing was written.\n',
    });
    const written = await cli(
      'review',
      '--library',
      library,
      '--tag',
      'Ukraine',
      '--from',
      '2025-07-23',
      '--group',
      'outlet',
      '--format',
      'md',
      '--out',
      out,
    );
    expect(written.stdout).toBe(`Wrote ${out} (4 stories, 4 clips)\n`);
    const markdown = await readFile(out, 'utf8');
    expect(markdown).toMatch(/^# Press review\n/);
    expect(markdown.match(/^## .*/gm)).toEqual([
      '## Coverage at a glance',
      '## REUTERS',
      '## Straits Times',
      '## The Kyiv Independent',
    ]);

    const preset = await cli(
      'review',
      '--library',
      library,
      '--preset',
      'morning REVIEW',
      '--format',
      'html',
      '--out',
      dir,
    );
    expect(preset.stdout).toBe(
      `Wrote ${path.join(dir, `Morning review ${new Date().toISOString().slice(0, 10)}.html`)} (one story, 2 clips)\n`,
    );
    await expect(
      cli('review', '--library', library, '--preset', 'Evening', '--format', 'md', '--out', out),
    ).rejects.toMatchObject({
      stderr: 'presscut review: there is no preset “Evening”; the library has “Morning review”\n',
    });
    await expect(
      cli('review', '--library', library, '--since', 'yesterday', '--format', 'md', '--out', out),
    ).rejects.toMatchObject({
      stderr: 'presscut review: --since: write a period as 24h, 7d or 2w\n',
    });
  },
);

it.skipIf(!existsSync(CHROMIUM))(
  'prints a review to PDF with a cover, numbered contents, coverage charts and the stories',
  { timeout: 150_000 },
  async () => {
    const out = path.join(dir, 'review.pdf');
    const { stdout } = await cli(
      'review',
      '--library',
      library,
      '--from',
      '2025-07-16',
      '--group',
      'tag',
      '--title',
      'Weekly review',
      '--organisation',
      'Ministry of Examples',
      '--references',
      'apa',
      '--format',
      'pdf',
      '--out',
      out,
    );
    expect(stdout).toMatch(
      /^Wrote .*review\.pdf \(6 stories, 7 clips; printed with (Electron|Chromium \(.*\))\)\n$/,
    );
    const pdf = await readFile(out);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pdftotext = '/usr/bin/pdftotext';
    if (!existsSync(pdftotext)) return;
    const page = async (n: number) =>
      (await run(pdftotext, ['-layout', '-f', String(n), '-l', String(n), out, '-'])).stdout;
    const cover = await page(1);
    expect(cover).toContain('MINISTRY OF EXAMPLES');
    expect(cover).toContain('Weekly review');
    expect(cover).not.toMatch(/\d+ ?\/ ?\d+/);
    const contents = await page(2);
    expect(contents).toMatch(/Weekly review · Ministry of Examples/);
    expect(contents).toMatch(/\b2 ?\/ ?\d+\b/);
    // Each story in the contents has the page it starts on, and there it is.
    const entries = [...contents.matchAll(/^\s+(\S.*?\S)\s{2,}(\d+)\s*$/gm)].map(
      ([, title, n]) => [title, Number(n)] as const,
    );
    expect(entries.length).toBe(6);
    for (const [title, n] of entries)
      expect((await page(n)).replace(/\s+/g, ' ')).toContain(title.replace(/\s+/g, ' '));
    expect(await page(3)).toMatch(
      /Coverage at a glance[\s\S]*Clips per outlet[\s\S]*Straits Times[\s\S]*Clips per day/,
    );
    const all = (await run(pdftotext, [out, '-'])).stdout;
    expect(all).toContain('References');
    expect(all).toContain('Petrenko, O., & van der Berg, M. (2025, July 23).');
  },
);
