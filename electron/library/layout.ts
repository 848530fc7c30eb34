import path from 'node:path';

/**
 * The library's folder for files on their way in: temporaries renamed into
 * place once written whole, and clip texts waiting for their journal line.
 * What a crash leaves there is tidied at the next open.
 */
export function stagingDir(libraryDir: string): string {
  return path.join(libraryDir, 'staging');
}
