/** What went wrong, in a sentence a person can act on, with a code a program can test. */
export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'not-found'
  | 'library-damaged'
  | 'library-too-new'
  | 'library-unavailable'
  | 'nothing-to-clip'
  // A paste over the cap (common/paste-size.ts): refused before the engines see it.
  | 'paste-too-large'
  // A file to import was refused: too large, not UTF-8, an unsafe ZIP, a format Presscut does not know.
  | 'file-refused'
  | 'shortcut-taken'
  // A preview saved after main let it go (too old, or too many after it): paste again.
  | 'preview-expired'
  // The person cancelled a long task (an import, an export, a cleaning); nothing of it was kept.
  | 'cancelled'
  | 'internal';

export class PresscutError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PresscutError';
    this.code = code;
  }
}

/** What a thrown value says, whatever was thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
