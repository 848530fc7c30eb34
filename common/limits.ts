/**
 * Sizes both processes hold input to: the window refuses what is over them
 * before sending it, and main refuses it again, since main trusts no caller.
 */

/** The largest file Presscut clips: far more than any article, far less than would strain the window. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** The largest file an import takes; the window refuses a larger one before reading it. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;
