/**
 * How much of a paste Presscut cleans: the window holds a paste to this
 * before sending it, and main again (the shortcut and the command line reach
 * it without the window). An article is a few hundred KB at most, even with
 * its page around it; the cap is far above that and far below what would
 * keep the engines busy for minutes.
 */
export const MAX_PASTE_CHARS = 20 * 1024 * 1024;

/** A paste's text, and the HTML flavour a browser's copy adds. */
export interface SizedPaste {
  text: string;
  html?: string;
}

export type FittedPaste<P extends SizedPaste> =
  { fits: true; paste: P; notice: string | null } | { fits: false; message: string };

const megabytes = (chars: number) => `${Math.ceil(chars / 1024 / 1024)} MB`;

/**
 * The paste as Presscut will clean it: as it is when it is within the cap;
 * its text alone when only the HTML is over (the page's markup is most of
 * such a paste, and its text still holds the article), with a notice saying
 * so; refused, with what to do, when the text itself is over.
 */
export function fitPaste<P extends SizedPaste>(paste: P): FittedPaste<P> {
  if (paste.text.length > MAX_PASTE_CHARS)
    return {
      fits: false,
      message: `This paste is too large to clip: ${megabytes(paste.text.length)} of text, and Presscut takes at most ${megabytes(MAX_PASTE_CHARS)} at once. Copy just the article, not the whole page or file.`,
    };
  if ((paste.html?.length ?? 0) <= MAX_PASTE_CHARS) return { fits: true, paste, notice: null };
  if (!paste.text.trim())
    return {
      fits: false,
      message: `This paste is too large to clip: ${megabytes(paste.html!.length)} of formatting and no plain text, and Presscut takes at most ${megabytes(MAX_PASTE_CHARS)} at once. Copy just the article, not the whole page.`,
    };
  const { html, ...rest } = paste;
  return {
    fits: true,
    paste: rest as P,
    notice: `The page’s formatting was too large to read (${megabytes(html!.length)}): its plain text was clipped, without headings, links or emphasis.`,
  };
}
