/** What reviews and citations are made with: one module, loaded when first asked (`review-methods.ts`). */
export { formatReferences } from '../citations/cite.ts';
export { buildReview } from '../review/build-review.ts';
export { reviewHtml } from '../review/review-html.ts';
export { writeReview } from '../review/review-output.ts';
