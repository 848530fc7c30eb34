import type { PresscutApi } from '../api/contract.ts';
import { PresscutError } from '../../common/errors.ts';
import type { Paste } from '../model/article.ts';
import type { ClipSummary } from '../model/clip-summary.ts';

/** A system notification's words. */
export interface Notice {
  title: string;
  body: string;
}

/**
 * Clips what is on the clipboard, as pasting it into the window and saving
 * every article would, and says what happened in a notification's words,
 * naming the article, so a person who clipped from another app knows.
 */
export async function clipClipboard(
  paste: Paste,
  clipPaste: PresscutApi['clipPaste'],
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
    const clips = await clipPaste({ paste });
    const [first, ...rest] = clips;
    const named = `“${first.title}”${first.source ? ` — ${first.source}` : ''}`;
    return {
      clips,
      notice: {
        title:
          rest.length === 0
            ? 'Clipped to Presscut'
            : `Clipped ${clips.length} articles to Presscut`,
        body:
          rest.length === 0
            ? named
            : `${named} and ${rest.length === 1 ? '1 more' : `${rest.length} more`}`,
      },
    };
  } catch (error) {
    if (!(error instanceof PresscutError)) throw error;
    return { clips: [], notice: { title: 'Nothing clipped', body: error.message } };
  }
}
