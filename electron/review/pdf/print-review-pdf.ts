import type { Review } from '../build-review.ts';
import { embeddedFontFaces } from '../fonts.ts';
import { reviewHtml } from '../review-html.ts';
import { destinationPages } from './pdf-destinations.ts';

/** Prints an HTML document to PDF: Electron's `printToPDF` in the app, a Chromium on the command line. */
export type HtmlPrinter = (html: string) => Promise<Uint8Array>;

/** Printings at most: the page numbers settle in the second unless filling them in moved the stories. */
const MAX_PRINTINGS = 3;

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([name, page]) => b.get(name) === page);
}

/**
 * The review as a PDF, from the same HTML the preview shows, laid out for
 * print: printed once to learn where each story starts (Chromium's named
 * destinations of the contents' links), then again with those page numbers
 * in the contents. Their column has a fixed width, so filling it in moves
 * nothing; if it ever did, the numbers are read again from that printing.
 */
export async function printReviewPdf(review: Review, print: HtmlPrinter): Promise<Uint8Array> {
  const fontFaces = await embeddedFontFaces(reviewHtml(review, { medium: 'print' }));
  let pages = new Map<string, number>();
  let pdf = await print(reviewHtml(review, { medium: 'print', fontFaces, pages }));
  for (let printing = 1; printing < MAX_PRINTINGS; printing++) {
    const found = destinationPages(pdf);
    if (samePages(found, pages)) break;
    pages = found;
    pdf = await print(reviewHtml(review, { medium: 'print', fontFaces, pages }));
  }
  return pdf;
}
