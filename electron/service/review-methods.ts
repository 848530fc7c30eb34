import type { PresscutApi } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import { reviewSettingsSchema } from '../model/review-settings.ts';
import type { FindClips } from '../transfer/export/selection.ts';
import type { ServiceContext } from './context.ts';

type ReviewMethods = Pick<PresscutApi, 'previewReview' | 'exportReview' | 'citeClips'>;

/**
 * What makes reviews and citations (docx, citeproc and their styles and
 * locales: megabytes of code), loaded when first asked, not as main starts.
 */
const reviewCode = () => import('./review-code.ts');

/** Press reviews and citations; `find` runs a review's search as the search box does. */
export function reviewMethods(
  { store, desktop, now }: ServiceContext,
  find: FindClips,
): ReviewMethods {
  return {
    async previewReview(input) {
      const { buildReview, reviewHtml } = await reviewCode();
      const review = await buildReview(store, reviewSettingsSchema.parse(input), {
        find,
        now: now(),
      });
      return {
        html: reviewHtml(review, { medium: 'screen' }),
        stories: review.sections.flatMap((section) =>
          section.stories.map((story) => ({
            key: story.key,
            title: story.main.record.title,
            section: section.heading,
            outlets: story.clips.map((c) => c.record.source ?? c.record.credit ?? 'Unknown outlet'),
            clipIds: story.clips.map((c) => c.record.id),
          })),
        ),
        clips: review.coverage.clips,
        period: review.period,
      };
    },

    async exportReview(input, format) {
      if (format === 'pdf' && !desktop.printPdf)
        throw new PresscutError(
          'invalid-argument',
          'A PDF cannot be printed here: choose Word, a web page or Markdown.',
        );
      const { writeReview } = await reviewCode();
      const file = await writeReview(store, reviewSettingsSchema.parse(input), format, {
        find,
        now: now(),
        print: desktop.printPdf,
      });
      if (file.stories === 0)
        throw new PresscutError(
          'not-found',
          'No clip matches this review’s choice of clips: nothing was written.',
        );
      return {
        name: file.name,
        mediaType: file.mediaType,
        bytes: file.bytes,
        clips: file.clips,
        stories: file.stories,
        unreadable: [],
      };
    },

    async citeClips(ids, style) {
      const records = ids.map((id) => store.record(id));
      const { formatReferences } = await reviewCode();
      return formatReferences(records, style, 'text');
    },
  };
}
