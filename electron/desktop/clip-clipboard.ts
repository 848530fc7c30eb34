import type { PresscutApi } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import type { Paste } from '../model/article.ts';
import type { ClipSummary } from '../model/clip-summary.ts';

/** A system notification's words. */
export interface Notice {
  title: string;
  body: string;
}

const named = (clip: { title: string; source: string | null }) =>
  `“${clip.title}”${clip.source ? ` — ${clip.source}` : ''}`;

const more = (n: number) => (n === 1 ? '1 more' : `${n} more`);

/**
 * Clips what is on the clipboard, as pasting it into the window and saving
 * would, and says what happened in a notification's words, naming the
 * article, so a person who clipped from another app knows. As in the
 * window's preview, an article the library already holds is not saved again:
 * pressing the shortcut twice on one page makes one clip, and says so.
 */
export async function clipClipboard(
  paste: Paste,
  api: Pick<PresscutApi, 'previewPaste' | 'savePreview'>,
): Promise<{ clips: ClipSummary[]; notice: Notice }> {
  if (!paste.text.trim() && !paste.html?.trim()) {
    return {
      clips: [],
      notice: {
        title: 'Nothing clipped',
        body: 'The clipboard holds no text. Copy an article, then press the shortcut again.',
      },
    };
  }
  try {
    const preview = await api.previewPaste(paste);
    const held = preview.libraryMatches.map((matches) =>
      matches.find((m) => m.kind === 'same-article'),
    );
    const fresh = preview.articles.flatMap((_, index) => (held[index] ? [] : [{ index }]));
    const kept = held.filter((m) => m !== undefined);
    if (preview.articles.length > 0 && fresh.length === 0) {
      const [first, ...rest] = kept;
      return {
        clips: [],
        notice: {
          title: 'Already in your library',
          body: `${named(first)}${rest.length ? ` and ${more(rest.length)}` : ''}: not clipped again.`,
        },
      };
    }
    const clips = await api.savePreview({ previewId: preview.previewId, articles: fresh });
    const [first, ...rest] = clips;
    const already = kept.length
      ? ` (${kept.length} already in your library, not clipped again)`
      : '';
    return {
      clips,
      notice: {
        title:
          rest.length === 0
            ? 'Clipped to Presscut'
            : `Clipped ${clips.length} articles to Presscut`,
        body: `${named(first)}${rest.length ? ` and ${more(rest.length)}` : ''}${already}`,
      },
    };
  } catch (error) {
    if (!(error instanceof PresscutError)) throw error;
    return { clips: [], notice: { title: 'Nothing clipped', body: error.message } };
  }
}
