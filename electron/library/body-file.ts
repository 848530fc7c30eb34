import path from 'node:path';

/** Where a clip's text lives in the library folder: the store writes it there, the search worker reads it. */
export function clipBodyFile(libraryDir: string, id: string): string {
  return path.join(libraryDir, 'clips', `${id}.json`);
}
