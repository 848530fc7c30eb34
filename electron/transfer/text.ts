import { PresscutError } from '../../common/errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads a file's bytes as UTF-8 text (a leading byte-order mark dropped), or says plainly that it is not. */
export function decodeUtf8(bytes: Uint8Array, name: string): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new PresscutError(
      'file-refused',
      `${name} is not UTF-8 text, so Presscut cannot read it. Save it again as UTF-8 (most editors offer this under "Save as" or "Encoding") and try again.`,
    );
  }
}
