import path from 'node:path';

/** The folder of the clips' texts. */
export function clipsFolder(libraryDir: string): string {
  return path.join(libraryDir, 'clips');
}

/** Where a clip's text lives in the library folder: the store writes it there, the search worker reads it. */
export function clipBodyFile(libraryDir: string, id: string): string {
  return path.join(clipsFolder(libraryDir), `${id}.json`);
}
