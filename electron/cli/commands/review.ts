import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PresscutError } from '../../../common/errors.ts';
import type { ExportedReview } from '../../api/contract.ts';
import type { Settings } from '../../model/settings.ts';
import { findPdfPrinter, NO_PDF_PRINTER } from '../../review/pdf/chromium-printer.ts';
import type { ReviewFormat } from '../../model/review-formats.ts';
import {
  REVIEW_GROUPINGS,
  REVIEW_BODIES,
  reviewSettingsSchema,
  type ReviewSettings,
} from '../../model/review-settings.ts';
import { CITATION_STYLES } from '../../model/citation-styles.ts';
import { isFolder } from '../is-folder.ts';
import { withService } from '../open-library.ts';

const FORMAT_NAMES: Record<string, ReviewFormat> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  md: 'markdown',
  markdown: 'markdown',
};

function fail(message: string): number {
  console.error(`presscut review: ${message}`);
  return 2;
}

/** The review's settings: a preset's, with whatever the command line gives over them. */
function settingsFrom(
  { reviewPresets }: Settings,
  values: Record<string, string | boolean | undefined>,
): ReviewSettings | string {
  let base: ReviewSettings = reviewSettingsSchema.parse({});
  if (typeof values.preset === 'string') {
    const preset = reviewPresets.find(
      (p) => p.name.toLowerCase() === (values.preset as string).toLowerCase(),
    );
    if (!preset) {
      const names = reviewPresets.map((p) => `“${p.name}”`);
      return `there is no preset “${values.preset}”${names.length ? `; the library has ${names.join(', ')}` : ': the library has none'}`;
    }
    base = preset.settings;
  }
  const selection = { ...base.selection };
  if (values.tag || values.query || values.since || values.from || values.to) {
    for (const key of ['tag', 'query', 'since', 'from', 'to'] as const)
      if (typeof values[key] === 'string') selection[key] = values[key] as string;
  }
  const parsed = reviewSettingsSchema.safeParse({
    ...base,
    selection,
    ...(values.group !== undefined && { group: values.group }),
    ...(values.body !== undefined && { body: values.body }),
    ...(values.title !== undefined && { title: values.title }),
    ...(values.organisation !== undefined && { organisation: values.organisation }),
    ...(values.period !== undefined && { period: values.period }),
    ...(values.intro !== undefined && { introduction: values.intro }),
    ...(values.references !== undefined && { references: values.references }),
    ...(values['no-coverage'] && { coverage: false }),
  });
  if (!parsed.success)
    return parsed.error.issues
      .map((i) => `${i.path.length ? `--${String(i.path[i.path.length - 1])}` : ''}: ${i.message}`)
      .join('; ');
  return parsed.data;
}

export async function runReviewCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      library: { type: 'string' },
      preset: { type: 'string' },
      tag: { type: 'string' },
      query: { type: 'string' },
      since: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      group: { type: 'string' },
      body: { type: 'string' },
      title: { type: 'string' },
      organisation: { type: 'string' },
      period: { type: 'string' },
      intro: { type: 'string' },
      references: { type: 'string' },
      'no-coverage': { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
    },
  });
  const format = FORMAT_NAMES[values.format ?? ''];
  if (!format || !values.out)
    return fail(`give --format (pdf, docx, html or md) and --out FILE\n\nSee presscut help`);
  if (values.group && !(REVIEW_GROUPINGS as readonly string[]).includes(values.group))
    return fail(`--group is one of ${REVIEW_GROUPINGS.filter((g) => g !== 'manual').join(', ')}`);
  if (values.body && !(REVIEW_BODIES as readonly string[]).includes(values.body))
    return fail(`--body is one of ${REVIEW_BODIES.join(', ')}`);
  if (values.references && !(CITATION_STYLES as readonly string[]).includes(values.references))
    return fail(`--references is one of ${CITATION_STYLES.join(', ')}`);
  const printer = format === 'pdf' ? findPdfPrinter() : null;
  if (format === 'pdf' && !printer) return fail(NO_PDF_PRINTER);

  const written = await withService(
    'review',
    values.library,
    async (service): Promise<ExportedReview | string> => {
      const settings = settingsFrom(await service.getSettings(), values);
      if (typeof settings === 'string') return settings;
      try {
        return await service.exportReview(settings, format);
      } catch (error) {
        if (error instanceof PresscutError && error.code === 'not-found') return error.message;
        throw error;
      }
    },
    { printPdf: printer?.print },
  );
  if (typeof written === 'string') return fail(written);
  const out = path.resolve(values.out);
  const target = (await isFolder(out)) ? path.join(out, written.name) : out;
  await writeFile(target, written.bytes);
  console.log(
    `Wrote ${target} (${written.stories === 1 ? 'one story' : `${written.stories} stories`}, ${written.clips === 1 ? 'one clip' : `${written.clips} clips`}${printer ? `; printed with ${printer.name}` : ''})`,
  );
  return 0;
}
