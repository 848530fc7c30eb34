import type { LibraryStore } from '../library/store.ts';
import type { FindClips } from '../transfer/export/selection.ts';
import { buildReview } from './build-review.ts';
import { embeddedFontFaces } from './fonts.ts';
import { printReviewPdf, type HtmlPrinter } from './pdf/print-review-pdf.ts';
import { reviewDocx } from './review-docx.ts';
import { reviewHtml } from './review-html.ts';
import { reviewMarkdown } from './review-markdown.ts';
import type { ReviewSettings } from '../model/review-settings.ts';

import type { ReviewFormat } from '../model/review-formats.ts';

const MEDIA_TYPES: Record<ReviewFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
  markdown: 'text/markdown',
};
const EXTENSIONS: Record<ReviewFormat, string> = {
  pdf: 'pdf',
  docx: 'docx',
  html: 'html',
  markdown: 'md',
};

export interface ReviewFile {
  name: string;
  mediaType: string;
  bytes: Uint8Array;
  /** Clips it holds, pickups included. */
  clips: number;
  stories: number;
}

export interface ReviewOutputOptions {
  find: FindClips;
  now: Date;
  /** How a PDF is printed: Electron's printToPDF in the app, a Chromium on the command line. */
  print?: HtmlPrinter;
}

/** A file name for a review: its title and the day, safe on every system. */
function fileName(title: string, now: Date, format: ReviewFormat): string {
  const base = `${title} ${now.toISOString().slice(0, 10)}`
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 100);
  return `${base || 'Press review'}.${EXTENSIONS[format]}`;
}

/** Makes a review and writes it in one format. */
export async function writeReview(
  store: LibraryStore,
  settings: ReviewSettings,
  format: ReviewFormat,
  { find, now, print }: ReviewOutputOptions,
): Promise<ReviewFile> {
  const review = await buildReview(store, settings, { find, now });
  let bytes: Uint8Array;
  switch (format) {
    case 'html': {
      const page = reviewHtml(review, { medium: 'screen' });
      bytes = new TextEncoder().encode(
        reviewHtml(review, { medium: 'screen', fontFaces: await embeddedFontFaces(page) }),
      );
      break;
    }
    case 'markdown':
      bytes = new TextEncoder().encode(reviewMarkdown(review));
      break;
    case 'docx':
      bytes = await reviewDocx(review);
      break;
    case 'pdf':
      if (!print) throw new Error('No printer was given for a PDF.');
      bytes = await printReviewPdf(review, print);
      break;
  }
  return {
    name: fileName(review.title, now, format),
    mediaType: MEDIA_TYPES[format],
    bytes,
    clips: review.coverage.clips,
    stories: review.coverage.stories,
  };
}
