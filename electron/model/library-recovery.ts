/** What the person is told when Presscut opened a damaged library: a backup put in place of the index, or a journal repaired. */
export interface LibraryRecovery {
  /** Where the damaged file was moved or copied, kept as it was. */
  damagedFile: string;
  /** The backup that was restored, and when it was taken; null when none was needed. */
  restoredFrom: string | null;
  backupTakenAt: string | null;
  /** Why the index could not be used. */
  reason: string;
  /** Clip texts on disk that the restored index does not list: clips saved after the backup was taken. */
  unlistedClips: number;
  /** All of the above, in a sentence or three. */
  message: string;
}
