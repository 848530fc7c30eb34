/** What a press review can be written as. */
export const REVIEW_FORMATS = ['pdf', 'docx', 'html', 'markdown'] as const;
export type ReviewFormat = (typeof REVIEW_FORMATS)[number];
